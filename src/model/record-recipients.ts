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

/**
 * What each kind of field holds: people, groups or departments (kintone's field types). Also what a condition
 * on such a field compares with (see condition-codes.ts).
 */
export const HOLDS: Record<string, ConcreteRecipient['type']> = {
  CREATOR: 'USER',
  MODIFIER: 'USER',
  USER_SELECT: 'USER',
  STATUS_ASSIGNEE: 'USER',
  ORGANIZATION_SELECT: 'ORGANIZATION',
  GROUP_SELECT: 'GROUP',
};

/** A property of an object, its own only: a field code may be "constructor", which every object inherits. */
const own = (o: unknown, key: string): unknown =>
  o && typeof o === 'object' && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;

/** The field `code` of the record, or of every row of its tables (a field inside a table), as sent. */
function fieldValues(record: KintoneRecord, code: string): unknown[] {
  const top = own(record, code);
  if (top !== undefined) return [top];
  return Object.values(record)
    .flatMap((field) => (field?.type === 'SUBTABLE' && Array.isArray(field.value) ? field.value : []))
    .map((row) => own(own(row, 'value'), code))
    .filter((field) => field !== undefined);
}

/** What a field holds and the codes of its entities; undefined when its type holds nobody or it is malformed. */
function entities(field: unknown): [ConcreteRecipient['type'], string[]] | undefined {
  const type = String(own(field, 'type'));
  const value = own(field, 'value');
  // CREATOR and MODIFIER hold one entity, the selection fields a list.
  const list = type === 'CREATOR' || type === 'MODIFIER' ? [value] : value;
  const codes: unknown[] = Array.isArray(list) ? list.map((entity) => own(entity, 'code')) : [];
  const held = own(HOLDS, type) as ConcreteRecipient['type'] | undefined;
  return held && Array.isArray(list) && codes.every((code) => typeof code === 'string')
    ? [held, codes as string[]]
    : undefined;
}

/**
 * The record's recipients of a notification. A field recipient gives what the field holds; a field the record
 * does not hold, of a type that holds nobody, or malformed, is unresolved. An empty field notifies nobody: it is
 * listed in `empty`, so the answer can name it.
 */
export function resolveTargets(
  targets: Target[],
  record: KintoneRecord,
): { recipients: ConcreteRecipient[]; unresolved: string[]; empty: string[] } {
  const recipients: ConcreteRecipient[] = [];
  const unresolved: string[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (recipient: ConcreteRecipient) => {
    const key = JSON.stringify(recipient);
    if (seen.has(key)) return;
    seen.add(key);
    recipients.push(recipient);
  };
  for (const { type, code, includeSubs } of targets) {
    if (type === 'USER' || type === 'GROUP' || type === 'ORGANIZATION')
      add({ type, code, includeSubs: type === 'ORGANIZATION' && includeSubs, from: '' });
    if (type !== 'FIELD_ENTITY') continue;
    const fields = fieldValues(record, code);
    let resolved = fields.length > 0;
    let holdsSomeone = false;
    for (const field of fields) {
      const [held, codes = []] = entities(field) ?? [];
      resolved &&= !!held;
      for (const entityCode of codes)
        if (held && entityCode) {
          holdsSomeone = true;
          add({ type: held, code: entityCode, includeSubs: held === 'ORGANIZATION' && includeSubs, from: code });
        }
    }
    if (!resolved) unresolved.push(code);
    else if (!holdsSomeone) empty.push(code);
  }
  return { recipients, unresolved: [...new Set(unresolved)], empty: [...new Set(empty)] };
}

/** The conditions to ask kintone about: non-empty, trimmed, each once, in first-seen order. */
export const distinctConditions = (notifications: Array<{ filterCond: string }>): string[] => [
  ...new Set(notifications.map((n) => n.filterCond.trim()).filter(Boolean)),
];

/**
 * How the record's recipients reach the person, as reachOf says; when the recipient that reaches them best
 * came from a field, they are reached through the record's field: 'field' via that field's code.
 */
export function recordPersonReach(person: PersonFacts, recipients: ConcreteRecipient[]): ReachResult {
  // Named recipients first: reachOf keeps the first of equally good ones, and being named is the stronger answer.
  const ordered = [...recipients.filter((r) => !r.from), ...recipients.filter((r) => r.from)];
  const best = reachOf(person, ordered);
  const answer = JSON.stringify(best);
  // The recipient that gave the answer is the first that gives it alone. 'unknown' is no match: it stays.
  const from = ordered.find((r) => JSON.stringify(reachOf(person, [r])) === answer)?.from;
  return from && best.reach !== 'none' && best.reach !== 'unknown' ? { reach: 'field', via: from } : best;
}
