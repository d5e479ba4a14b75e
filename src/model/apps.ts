/**
 * The view across apps, as data: one row per app with what the administrator compares apps by, and how one
 * person is reached in each. Pure; rows are plain JSON, so a scan can be kept for the browser session.
 */
import { lensLines, type LensLine } from './person-lens';
import { RANK, type PersonFacts, type Reach } from './person';
import type { NotificationSettings, PerRecordNotification } from './types';
import type { Sort } from './view';

export interface AppRow {
  id: string;
  name: string;
  /** The guest space the app answered in ('' for none); undefined when it was not read. */
  space?: string;
  /** Why the app could not be read (a kintone code, or CANCELLED); then the counts are undefined. */
  error?: string;
  /** The kind of that failure (api/errors.ts), as the panel words it; none for CANCELLED. */
  reason?: string;
  /** Distinct recipients of all three kinds, live. */
  recipients?: number;
  /** General recipients' entries, per-record notifications and reminders, live. */
  notifications?: number;
  findings?: number;
  /** Pre-live settings differ from live: changes wait for Update App. */
  pending?: boolean;
  /** The live settings a person check reads: general, per-record, reminders. */
  live?: Settings;
  /** The pre-live settings, when they differ from live: the next Update App makes them live. */
  preLive?: Settings;
  /** The pre-live notifications whose condition names users, groups or departments, with their keys (USER:code). */
  named?: Array<{ kind: 'perRecord' | 'reminder'; index: number; keys: string[] }>;
  /** When the scan that read this row ended, if before the table's: a cancelled rescan kept it as it was. */
  at?: number;
}

type Settings = [NotificationSettings, PerRecordNotification[], PerRecordNotification[]];

export interface AppReach {
  reach: Reach;
  /** The group, department or field of the best way in. */
  via?: string;
  /** The notifications that reach the person (or may: field, unknown), in the person lens's order. */
  lines: LensLine[];
}

/** How the person is reached in one app: the best of its notifications; unknown when it could not be read. */
export function reachIn(person: PersonFacts, row: AppRow): AppReach {
  if (!row.live) return { reach: 'unknown', lines: [] };
  const lines = lensLines(person, ...row.live).filter((line) => line.reach !== 'none');
  const best = lines.reduce<LensLine | undefined>(
    (a, b) => (a && RANK.indexOf(a.reach) <= RANK.indexOf(b.reach) ? a : b),
    undefined,
  );
  return { reach: best?.reach ?? 'none', via: best?.via, lines };
}

/**
 * Why an app is offered for the person's offboarding: they are named directly live, or only in the pre-live
 * settings (the next Update App would make them live again), or only in a condition; undefined when not named.
 */
export function offerOf(
  person: PersonFacts,
  row: AppRow,
  reach: AppReach,
): 'live' | 'preLive' | 'condition' | undefined {
  if (reach.reach === 'direct') return 'live';
  if (row.preLive && reachIn(person, { ...row, live: row.preLive }).reach === 'direct') return 'preLive';
  return row.named?.some(({ keys }) => keys.includes(`USER:${person.code}`)) ? 'condition' : undefined;
}

export type AppColumn = 'name' | 'recipients' | 'notifications' | 'findings' | 'pending';

/** Rows whose name or id contains `text`, in kintone's order or sorted (apps not read last, either way). */
export function arrangeApps(rows: AppRow[], text: string, sort: Sort<AppColumn> | null): AppRow[] {
  const needle = text.trim().toLowerCase();
  const kept = rows.filter((row) => `${row.id} ${row.name}`.toLowerCase().includes(needle));
  if (!sort) return kept;
  const { column } = sort;
  const value = (row: AppRow) => (column === 'pending' && row.live ? +!!row.pending : row[column]);
  return kept.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === undefined || y === undefined || x === y) return +(x === undefined) - +(y === undefined);
    const order =
      typeof x === 'string' ? x.localeCompare(String(y), undefined, { numeric: true }) : Number(x) - Number(y);
    return sort.dir === 'desc' ? -order : order;
  });
}
