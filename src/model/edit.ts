/**
 * Edits to the pre-live notification settings, as data. The PUT endpoints replace a kind's whole list, so
 * a dropped field would be a deleted setting: edits therefore apply to the pre-live answers exactly as read
 * (every field, known or not, kept), and a kind is written only when its result differs from what was read.
 * Edits are kept as a list rather than as a changed copy so that, after someone else saved meanwhile, the
 * same edits replay onto the new answers (see EditSession). Each edit is safe to replay: set, add and
 * remove are idempotent, and an edit of one per-record or reminder notification finds that notification by
 * identity — the notification exactly as the administrator saw it — not by position: when someone else moved
 * it, the edit follows it; when they changed or removed it, the edit is not applied but kept, for review.
 */
import { recipientKey, TRIGGERS, type Target, type Trigger } from './types';
import { rewriteCondition } from './condition-codes';

export const EDIT_KINDS = ['general', 'perRecord', 'reminder'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** A pre-live GET answer as parsed JSON: `notifications`, `revision` and whatever else kintone sent. */
export type RawBody = { notifications: RawItem[]; revision: string } & Record<string, unknown>;
/** A general notification (`entity` + trigger flags) or a per-record/reminder one (`targets` …). */
export type RawItem = Record<string, unknown> & { entity?: RawEntity; targets?: RawTarget[] };
type RawEntity = { type: string; code: string };
type RawTarget = Record<string, unknown> & { entity: RawEntity; includeSubs?: unknown };
export type Bodies = Partial<Record<EditKind, RawBody>>;

/**
 * A notification of a per-record or reminder list: by kind and position, and `was`, the notification as JSON
 * when the edit was made (see stamped), by which a replay finds it wherever it is.
 */
type At = { kind: 'perRecord' | 'reminder'; index: number; was?: string };

type ReplaceEdit = Omit<Extract<Edit, { op: 'replace' }>, 'op'>;

export type Edit =
  | { op: 'trigger'; key: string; trigger: Trigger; on: boolean }
  | { op: 'commenter'; on: boolean }
  /** Adds a recipient to General (no `at`) or to one notification. */
  | { op: 'add'; at?: At; target: Target }
  | { op: 'remove'; at?: At; key: string }
  | { op: 'title'; at: At; title: string }
  | { op: 'drop'; at: At }
  /**
   * Every occurrence of `key` in all kinds: replaced by `by`, or removed when there is none; in conditions too,
   * where that is exact (`fields`: the pre-live form's field types by code, which tell the fields holding people).
   */
  | { op: 'replace'; key: string; by?: Target; fields?: Record<string, string> };

const keyOf = (item: { entity?: RawEntity }) => (item.entity ? recipientKey(item.entity) : '');

const entityOf = ({ type, code, includeSubs }: Target) => ({ entity: { type, code }, includeSubs });

/** A recipient as kintone's General list holds it: every trigger off until the administrator turns one on. */
const generalItem = (target: Target): RawItem => ({
  ...entityOf(target),
  ...Object.fromEntries(TRIGGERS.map((trigger) => [trigger, false])),
});

/** The edit with the notification it was made on, as it is in `draft` now: its identity for any replay. */
export function stamped(edit: Edit, draft: Bodies): Edit {
  if (!('at' in edit) || !edit.at || edit.at.was !== undefined) return edit;
  return { ...edit, at: { ...edit.at, was: JSON.stringify(draft[edit.at.kind]?.notifications[edit.at.index]) } };
}

/** Edits whose notification changed or is gone in the answers they were applied to: not applied, for review. */
export const unplaced = new WeakMap<Bodies, Edit[]>();

/** Where the notification of `at` is: its position while it is the one the edit was made on, else where it moved. */
function locate(list: RawItem[] | undefined, at: At): number {
  if (!list || at.was === undefined) return list?.[at.index] ? at.index : -1;
  const same = (item: RawItem | undefined) => JSON.stringify(item) === at.was;
  return same(list[at.index]) ? at.index : list.findIndex(same);
}

/** The recipient lists an edit can touch: General's, or one notification's targets. */
function listsOf(bodies: Bodies, at?: At): RawItem[][] {
  if (!at) return bodies.general ? [bodies.general.notifications] : [];
  const list = bodies[at.kind]?.notifications;
  const targets = list?.[locate(list, at)]?.targets;
  return targets ? [targets] : [];
}

const everyList = (bodies: Bodies): RawItem[][] => [
  ...listsOf(bodies),
  ...(['perRecord', 'reminder'] as const).flatMap(
    (kind) => bodies[kind]?.notifications.flatMap((n) => (n.targets ? [n.targets] : [])) ?? [],
  ),
];

/** Replaces one recipient in a list; when the replacement is already there, its triggers absorb the old one's. */
function replaceIn(list: RawItem[], key: string, by?: Target) {
  const index = list.findIndex((item) => keyOf(item) === key);
  if (index < 0) return;
  const [old] = list.splice(index, 1);
  if (!by) return;
  const existing = list.find((item) => keyOf(item) === recipientKey(by));
  if (!existing) list.splice(index, 0, { ...old, ...entityOf(by) });
  else for (const trigger of TRIGGERS) if (old[trigger] === true) existing[trigger] = true;
}

/** Applies one edit to the draft; false when its notification changed or is gone. */
function apply(bodies: Bodies, edit: Edit): boolean {
  if ('at' in edit && edit.at && locate(bodies[edit.at.kind]?.notifications, edit.at) < 0) return false;
  const general = bodies.general;
  switch (edit.op) {
    case 'trigger': {
      const item = general?.notifications.find((n) => keyOf(n) === edit.key);
      if (item) item[edit.trigger] = edit.on;
      break;
    }
    case 'commenter':
      if (general) general.notifyToCommenter = edit.on;
      break;
    case 'add':
      for (const list of listsOf(bodies, edit.at))
        if (!list.some((item) => keyOf(item) === recipientKey(edit.target)))
          list.push(edit.at ? entityOf(edit.target) : generalItem(edit.target));
      break;
    case 'remove':
      for (const list of listsOf(bodies, edit.at)) replaceIn(list, edit.key);
      break;
    case 'replace':
      for (const list of everyList(bodies)) replaceIn(list, edit.key, edit.by);
      for (const { item, text } of conditions(bodies, edit)) {
        if (text !== 'by-hand') item.filterCond = text;
      }
      break;
    default: {
      // Located above: the list and the notification are there.
      const list = bodies[edit.at.kind]?.notifications ?? [];
      const index = locate(list, edit.at);
      if (edit.op === 'title') list[index].title = edit.title;
      else list.splice(index, 1);
    }
  }
  return true;
}

/** The kinds an edit touches; replacing touches them all. */
export const kindsOf = (edit: Edit): readonly EditKind[] => {
  if (edit.op === 'replace') return EDIT_KINDS;
  return 'at' in edit && edit.at ? [edit.at.kind] : ['general'];
};

/**
 * The pre-live answers with the edits applied; the answers themselves are never changed. Only the kinds the edits
 * touch are copied: General's list item by item (an edit never changes an item's entity in place, see replaceIn),
 * which at thousands of recipients costs a fraction of a deep copy; the others deeply.
 */
export function applyEdits(bodies: Bodies, edits: Edit[]): Bodies {
  if (edits.length === 0) return bodies;
  const draft = { ...bodies };
  const { general, perRecord, reminder } = bodies;
  const touched = new Set(edits.flatMap(kindsOf));
  if (general && touched.has('general'))
    draft.general = { ...general, notifications: general.notifications.map((item) => ({ ...item })) };
  if (perRecord && touched.has('perRecord')) draft.perRecord = structuredClone(perRecord);
  if (reminder && touched.has('reminder')) draft.reminder = structuredClone(reminder);
  const left = edits.filter((edit) => !apply(draft, edit));
  if (left.length) unplaced.set(draft, left);
  return draft;
}

/** The kinds whose edited answer differs from the one read: the only ones to write. */
export const changedKinds = (read: Bodies, edited: Bodies): EditKind[] =>
  EDIT_KINDS.filter(
    (kind) => read[kind] && read[kind] !== edited[kind] && JSON.stringify(read[kind]) !== JSON.stringify(edited[kind]),
  );

/**
 * The PUT body for one kind: the answer as read or edited, every field kept, with the app and the revision
 * the write expects (kintone refuses it when the app's settings have moved on since).
 */
export function putBody(appId: string, body: RawBody, revision: string): Record<string, unknown> {
  const put: Record<string, unknown> = { ...body, app: appId, revision };
  // A time zone never set reads as null, and kintone's PUT reference does not say null is accepted: it is left
  // out. Omitted, the time zone stays as it is — or, for reminders never set up, becomes the saving user's
  // (the reference), as it would were the reminders saved on kintone's own screen.
  if (put.timezone === null) delete put.timezone;
  return put;
}

/** The per-record and reminder notifications whose condition names `key`, each with what a replacement makes of it. */
function conditions(bodies: Bodies, { key, by, fields }: ReplaceEdit) {
  // A field recipient (FIELD_ENTITY:Owner) is not a code conditions compare with.
  if (key.startsWith('FIELD')) return [];
  const typeOf = (field: string) => (fields && Object.hasOwn(fields, field) ? fields[field] : undefined);
  return (['perRecord', 'reminder'] as const).flatMap((kind) =>
    (bodies[kind]?.notifications ?? []).flatMap((item, index) => {
      const text = typeof item.filterCond === 'string' && rewriteCondition(item.filterCond, typeOf, key, by);
      return text ? [{ kind, index, item, text }] : [];
    }),
  );
}

/** A place a recipient is named: General, a notification's recipients, or its condition (`cond`, as written). */
export interface Place {
  kind: EditKind;
  index?: number;
  title?: string;
  cond?: string;
  /** A condition a replacement cannot change exactly: the administrator changes it on kintone's screen. */
  byHand?: boolean;
}

/**
 * Where a replacement finds the recipient, for the preview of "replace everywhere" and the offboarding: whether
 * a condition is changed exactly depends on `by` (a removal can leave a list empty).
 */
export function placesOf(bodies: Bodies, edit: ReplaceEdit): Place[] {
  const { key } = edit;
  const places: Place[] = [];
  if (bodies.general?.notifications.some((item) => keyOf(item) === key)) places.push({ kind: 'general' });
  for (const kind of ['perRecord', 'reminder'] as const)
    bodies[kind]?.notifications.forEach((n, index) => {
      if (n.targets?.some((item) => keyOf(item) === key)) places.push({ kind, index, title: String(n.title ?? '') });
    });
  for (const { kind, index, item, text } of conditions(bodies, edit))
    places.push({
      kind,
      index,
      title: String(item.title ?? ''),
      cond: String(item.filterCond),
      byHand: text === 'by-hand',
    });
  return places;
}

/** The field types by code that a replace edit carries (the form as read when the edit was made). */
export const typesOf = (fields?: Map<string, { type: string }>) =>
  fields && Object.fromEntries([...fields].map(([code, field]) => [code, field.type]));
