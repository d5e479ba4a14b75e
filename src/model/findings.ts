/** Findings: what an administrator should act on, derived from the rows of one environment. */
import type { InertReason, MatrixRow, RowFlag } from './types';

export type FindingKind =
  | 'NO_RECIPIENTS'
  | 'FIELD_MISSING'
  | 'USER_STOPPED'
  | 'NOT_IN_DIRECTORY'
  | 'UNKNOWN_TYPE'
  | 'ALL_TRIGGERS_OFF'
  | 'STATUS_WITHOUT_PROCESS'
  | 'ACTOR_NEVER_NOTIFIED'
  | 'PENDING_CHANGES'
  | 'EDIT_NOISE'
  // Per-record and reminder notifications (model/kind-findings.ts): their keys name notifications.
  | 'CONDITION_FIELD_MISSING'
  | 'TIMING_FIELD_MISSING'
  | 'TIMING_FIELD_NOT_DATE'
  | 'NO_TARGETS'
  | 'NO_TIMEZONE'
  | 'TARGET_FLAGGED'
  | 'CONDITION_CODE_UNKNOWN';

export interface Finding {
  kind: FindingKind;
  severity: 'warning' | 'info';
  /** The rows (or notifications: `perRecord:2`) it is about, in order; empty for app-wide findings. */
  rowKeys: string[];
}

export interface FindingsInput {
  /** Rows built with their environment's fields and process management (see rows.ts: inert triggers). */
  rows: MatrixRow[];
  /** Pre-live settings differ from live. */
  pendingChanges?: boolean;
}

type RowTest = (row: MatrixRow) => boolean;

const flagged =
  (flag: RowFlag): RowTest =>
  (row) =>
    row.flags.includes(flag);

const everyTriggerOff: RowTest = (row) => Object.values(row.recipient.triggers).every((on) => !on);

/** A whole group or department gets a mail on every edit: the usual cause of "too many notifications". */
const editsToMany: RowTest = (row) =>
  row.recipient.triggers.recordEdited && (row.recipient.type === 'GROUP' || row.recipient.type === 'ORGANIZATION');

const inertFor =
  (reason: InertReason): RowTest =>
  (row) =>
    Object.values(row.inert).includes(reason);

export function findFindings({ rows, pendingChanges }: FindingsInput): Finding[] {
  const rowChecks: Array<[FindingKind, 'warning' | 'info', RowTest]> = [
    ['FIELD_MISSING', 'warning', flagged('FIELD_MISSING')],
    ['USER_STOPPED', 'warning', flagged('USER_STOPPED')],
    ['NOT_IN_DIRECTORY', 'warning', flagged('NOT_IN_DIRECTORY')],
    ['UNKNOWN_TYPE', 'warning', (row) => !row.known],
    ['ALL_TRIGGERS_OFF', 'warning', everyTriggerOff],
    ['STATUS_WITHOUT_PROCESS', 'warning', inertFor('PROCESS_OFF')],
    ['ACTOR_NEVER_NOTIFIED', 'warning', inertFor('ACTOR')],
    ['EDIT_NOISE', 'info', editsToMany],
  ];
  const findings: Finding[] = [];
  if (rows.length === 0) findings.push({ kind: 'NO_RECIPIENTS', severity: 'warning', rowKeys: [] });
  for (const [kind, severity, test] of rowChecks) {
    const rowKeys = rows.filter(test).map((row) => row.key);
    if (rowKeys.length > 0) findings.push({ kind, severity, rowKeys });
  }
  if (pendingChanges) findings.push({ kind: 'PENDING_CHANGES', severity: 'info', rowKeys: [] });
  // Warnings first, then the order above: the checks are listed that way, so no sort is needed.
  return findings;
}
