/**
 * Who a notification's recipients are on one record: users, groups and departments as named, and field
 * recipients resolved from the record's values. Values come from the API: any shape is handled, never thrown on.
 */
import { reachOf, type PersonFacts, type ReachResult } from './person';
import type { Target } from './types';

export interface RecordField {
  type: string;
  value: unknown;
}
export type KintoneRecord = Record<string, RecordField | undefined>;

export interface ConcreteRecipient {
  type: 'USER' | 'GROUP' | 'ORGANIZATION';
  code: string;
  includeSubs: boolean;
  /** The field recipient (FIELD_ENTITY code) it came from; '' when named directly. */
  from: string;
}

/** What each kind of field holds: people, groups or departments (kintone's record field types). */
const HOLDS: Record<string, ConcreteRecipient['type']> = {
  CREATOR: 'USER',
  MODIFIER: 'USER',
  USER_SELECT: 'USER',
  STATUS_ASSIGNEE: 'USER',
  ORGANIZATION_SELECT: 'ORGANIZATION',
  GROUP_SELECT: 'GROUP',
};

/** The field `code` of the record, or of every row of its tables (a field inside a table). */
function fieldValues(record: KintoneRecord, code: string): RecordField[] {
  const own = record[code];
  if (own) return [own];
  const rows = Object.values(record).flatMap((field) =>
    field?.type === 'SUBTABLE' && Array.isArray(field.value) ? field.value : [],
  );
  return rows.map((row) => (row as { value?: KintoneRecord })?.value?.[code]).filter((f): f is RecordField => !!f);
}

export function resolveTargets(
  targets: Target[],
  record: KintoneRecord,
): { recipients: ConcreteRecipient[]; unresolved: string[] } {
  const recipients: ConcreteRecipient[] = [];
  const unresolved: string[] = [];
  const add = (recipient: ConcreteRecipient) => {
    const same = (r: ConcreteRecipient) =>
      r.type === recipient.type && r.code === recipient.code && r.includeSubs === recipient.includeSubs;
    if (!recipients.some((r) => same(r) && r.from === recipient.from)) recipients.push(recipient);
  };
  for (const { type, code, includeSubs } of targets) {
    if (type === 'USER' || type === 'GROUP' || type === 'ORGANIZATION')
      add({ type, code, includeSubs: type === 'ORGANIZATION' && includeSubs, from: '' });
    if (type !== 'FIELD_ENTITY') continue;
    const fields = fieldValues(record, code);
    // CREATOR and MODIFIER hold one entity, the selection fields a list; an empty list notifies nobody.
    const lists = fields.map((f) => (f.type === 'CREATOR' || f.type === 'MODIFIER' ? [f.value] : f.value));
    if (!fields.length || fields.some((f, i) => !HOLDS[f.type] || !Array.isArray(lists[i]))) unresolved.push(code);
    fields.forEach((field, i) => {
      const held = HOLDS[field.type];
      for (const entity of Array.isArray(lists[i]) ? (lists[i] as unknown[]) : []) {
        const entityCode = (entity as { code?: unknown })?.code;
        if (held && typeof entityCode === 'string' && entityCode)
          add({ type: held, code: entityCode, includeSubs: held === 'ORGANIZATION' && includeSubs, from: code });
      }
    });
  }
  return { recipients, unresolved };
}

/** The conditions to ask kintone about: non-empty, trimmed, each once, in first-seen order. */
export const distinctConditions = (notifications: Array<{ filterCond: string }>): string[] => [
  ...new Set(notifications.map((n) => n.filterCond.trim()).filter(Boolean)),
];

/** How the record's recipients reach the person; a recipient taken from the record's field reaches as 'field'. */
export function recordPersonReach(person: PersonFacts, recipients: ConcreteRecipient[]): ReachResult {
  const best = reachOf(person, recipients);
  // Named directly as well as through a field: named directly is the stronger answer.
  const reaching = recipients.filter((r) => r.code === best.via);
  const field = reaching.every((r) => r.from) && reaching[0];
  return field && best.reach !== 'unknown' ? { reach: 'field', via: field.from } : best;
}
