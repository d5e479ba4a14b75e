/** Findings about per-record and reminder notifications; each names the notifications it is about. */
import { conditionsOf, parseQuery } from './query';
import type { Finding, FindingKind } from './findings';
import type { NotificationItem } from './kinds';
import type { Directory, FormField, ReminderNotification } from './types';
import { conditionEntities } from './condition-codes';

/** Field types a reminder can count from (kintone: date, datetime, created and updated datetime). */
const TIMING_TYPES = ['DATE', 'DATETIME', 'CREATED_TIME', 'UPDATED_TIME'];

type ItemTest = (item: NotificationItem) => boolean;

export interface KindFindingsInput {
  items: NotificationItem[];
  /** The form fields of the same environment; undefined when unknown (nothing is said about fields then). */
  fields?: Map<string, FormField>;
  /** Reminders only: the app's reminder time zone (null: never set). */
  timezone?: string | null;
  /** Names looked up; a type whose lookup failed is undefined, and then nothing is said about its codes. */
  directory?: Directory;
}

export function findKindFindings({ items, fields, timezone, directory }: KindFindingsInput): Finding[] {
  const timingField = (item: NotificationItem) =>
    fields?.get((item.notification as Partial<ReminderNotification>).timing?.code ?? '');
  const isReminder = (item: NotificationItem) => item.kind === 'reminder';
  const checks: Array<[FindingKind, ItemTest]> = [
    [
      'CONDITION_FIELD_MISSING',
      (item) => {
        const query = parseQuery(item.notification.filterCond);
        // Codes starting with $ ($id, $revision) are kintone's own, never in the form.
        return Boolean(
          fields && query && conditionsOf(query).some(({ field }) => !field.startsWith('$') && !fields.has(field)),
        );
      },
    ],
    ['TIMING_FIELD_MISSING', (item) => Boolean(fields && isReminder(item) && !timingField(item))],
    [
      'TIMING_FIELD_NOT_DATE',
      (item) => {
        const field = timingField(item);
        return Boolean(field && !TIMING_TYPES.includes(field.type));
      },
    ],
    [
      'CONDITION_CODE_UNKNOWN',
      (item) =>
        conditionEntities(item.notification.filterCond, fields).some(
          ({ type, code }) => directory?.[type as keyof Directory]?.has(code) === false,
        ),
    ],
    ['NO_TARGETS', (item) => item.notification.targets.length === 0],
    ['TARGET_FLAGGED', (item) => item.recipients.some(({ row }) => row.flags.length > 0 || !row.known)],
  ];
  const findings: Finding[] = [];
  for (const [kind, test] of checks) {
    const rowKeys = items.filter((item) => item.change !== 'removed' && test(item)).map((item) => item.key);
    if (rowKeys.length > 0) findings.push({ kind, severity: 'warning', rowKeys });
  }
  if (timezone === null && items.some(isReminder))
    findings.push({ kind: 'NO_TIMEZONE', severity: 'warning', rowKeys: [] });
  return findings;
}
