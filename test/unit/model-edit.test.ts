// Edits as data (src/model/edit.ts): what they change, that nothing else changes, and what gets written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  changedKinds,
  EDIT_KINDS,
  placesOf,
  putBody,
  type Bodies,
  type Edit,
  type RawBody,
} from '../../src/model/edit';
import { TRIGGERS } from '../../src/model/types';
import { n } from './support/fixtures';

const RUNS = { numRuns: 300 };
// kintone lists a recipient once per list: edits find recipients by type and code.
const keyOf = (e: { type: string; code: string }) => `${e.type}:${e.code}`;
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('<img src=x onerror=alert(1)>', '"\\u0000', '\u202e', 'guest/a&b', '=SUM(1)', '🙂', ''),
);
const entity = fc.record({
  type: fc.constantFrom('USER', 'GROUP', 'ORGANIZATION', 'FIELD_ENTITY', 'ROBOT'),
  code: hostile,
});
// Fields this panel does not know ride along: a PUT must send them back as read.
const extra = fc.dictionary(fc.constantFrom('future', 'x-extra', 'note'), fc.jsonValue(), { maxKeys: 2 });
const generalItem = fc
  .tuple(entity, fc.boolean(), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), extra)
  .map(([e, includeSubs, flags, more]) => ({
    ...more,
    entity: e,
    includeSubs,
    ...Object.fromEntries(TRIGGERS.map((trigger, i) => [trigger, flags[i]])),
  }));
const target = fc
  .tuple(entity, fc.boolean(), extra)
  .map(([e, includeSubs, more]) => ({ ...more, entity: e, includeSubs }));
const timing = fc.record({
  code: hostile,
  daysLater: fc.integer({ min: -9, max: 9 }).map(String),
  time: fc.constant('09:00'),
});
const notification = fc
  .tuple(
    fc.oneof(hostile, fc.constant(null)),
    hostile,
    fc.uniqueArray(target, { maxLength: 4, selector: (t) => keyOf(t.entity) }),
    timing,
    extra,
  )
  .map(([filterCond, title, targets, t, more]) => ({ ...more, filterCond, title, targets, timing: t }));
const bodies: fc.Arbitrary<Bodies> = fc.record({
  general: fc.record({
    notifications: fc.uniqueArray(generalItem, { maxLength: 6, selector: (item) => keyOf(item.entity) }),
    notifyToCommenter: fc.boolean(),
    revision: fc.nat().map(String),
  }),
  perRecord: fc.record({ notifications: fc.array(notification, { maxLength: 4 }), revision: fc.nat().map(String) }),
  reminder: fc.record({
    notifications: fc.array(notification, { maxLength: 4 }),
    timezone: fc.oneof(fc.constant(null), fc.constant('Asia/Tokyo')),
    revision: fc.nat().map(String),
  }),
}) as fc.Arbitrary<Bodies>;

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/** An edit of something that exists in `read` (or a fresh recipient), picked by the generator's numbers. */
const editOf = (read: Bodies, pick: number, on: boolean, text: string): Edit | undefined => {
  const general = read.general?.notifications ?? [];
  const kind = pick % 2 ? 'perRecord' : 'reminder';
  const list = read[kind]?.notifications ?? [];
  const index = list.length ? pick % list.length : 0;
  const key = general.length ? keyOf(general[pick % general.length].entity!) : 'USER:nobody';
  const options: Array<Edit | undefined> = [
    { op: 'trigger', key, trigger: TRIGGERS[pick % 5], on },
    { op: 'commenter', on },
    { op: 'add', target: { type: 'USER', code: text, includeSubs: false } },
    { op: 'remove', key },
    list.length ? { op: 'title', at: { kind, index }, title: text } : undefined,
    list.length ? { op: 'drop', at: { kind, index, was: JSON.stringify(list[index]) } } : undefined,
    list.length
      ? { op: 'add', at: { kind, index }, target: { type: 'GROUP', code: text, includeSubs: false } }
      : undefined,
    { op: 'replace', key, by: on ? { type: 'USER', code: text, includeSubs: false } : undefined },
  ];
  return options[pick % options.length];
};

describe('edits as data', () => {
  it('no edit writes nothing, and the answers as read come back untouched', () => {
    fc.assert(
      fc.property(bodies, (read) => {
        const before = JSON.stringify(read);
        expect(changedKinds(read, applyEdits(read, []))).toEqual([]);
        expect(JSON.stringify(read)).toBe(before);
      }),
      RUNS,
    );
  });

  it('an edit that changes nothing (setting what is already set) writes nothing', () => {
    fc.assert(
      fc.property(bodies, fc.nat(), (read, pick) => {
        const general = read.general!.notifications;
        const edits: Edit[] = [{ op: 'commenter', on: read.general!.notifyToCommenter === true }];
        if (general.length) {
          const item = general[pick % general.length];
          const trigger = TRIGGERS[pick % 5];
          edits.push({ op: 'trigger', key: keyOf(item.entity!), trigger, on: item[trigger] as boolean });
        }
        edits.push({ op: 'remove', key: 'USER:not-there' }, { op: 'replace', key: 'GROUP:not-there' });
        expect(changedKinds(read, applyEdits(read, edits))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('a round trip keeps every field the edit did not touch, byte for byte after JSON parse', () => {
    fc.assert(
      fc.property(bodies, fc.array(fc.tuple(fc.nat(), fc.boolean(), hostile), { maxLength: 6 }), (read, picks) => {
        const snapshot = JSON.stringify(read);
        const edits = picks.map(([pick, on, text]) => editOf(read, pick, on, text)).filter((e): e is Edit => !!e);
        const draft = applyEdits(read, edits);
        expect(JSON.stringify(read)).toBe(snapshot);
        for (const kind of EDIT_KINDS) {
          const body = putBody('7', draft[kind]!, read[kind]!.revision);
          const sent = json(body);
          expect(sent.app).toBe('7');
          expect(sent.revision).toBe(read[kind]!.revision);
          // Unedited kinds go out exactly as read (less a never-set time zone).
          if (!changedKinds(read, draft).includes(kind)) {
            const expected = json({ ...read[kind], app: '7' });
            if (expected.timezone === null) delete expected.timezone;
            expect(sent).toEqual(expected);
          }
          // Every recipient that survived keeps all its fields, known or not, apart from what was edited.
          const allRead = json(read[kind]).notifications.flatMap(
            (item: RawBody) => (item.targets ?? [item]) as RawBody[],
          );
          const extras = (item: Record<string, unknown>) => JSON.stringify([item.future, item['x-extra'], item.note]);
          for (const item of sent.notifications.flatMap((x: RawBody) => x.targets ?? [x])) {
            // A recipient carrying unknown fields came from the read answers (replaced or not), with those
            // fields exactly as read.
            if (extras(item) !== '[null,null,null]') expect(allRead.map(extras)).toContain(extras(item));
          }
          expect(sent.notifications.every((x: RawBody) => !('targets' in x) || Array.isArray(x.targets))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('toggles one trigger of one recipient and nothing else', () => {
    const read: Bodies = {
      general: {
        notifications: [n('USER', 'sato', '10000'), n('GROUP', 'sales', '00000')],
        notifyToCommenter: true,
        revision: '5',
      },
    };
    const draft = applyEdits(read, [{ op: 'trigger', key: 'GROUP:sales', trigger: 'recordEdited', on: true }]);
    expect(draft.general!.notifications[1].recordEdited).toBe(true);
    expect(draft.general!.notifications[0]).toEqual(read.general!.notifications[0]);
    expect(read.general!.notifications[1].recordEdited).toBe(false);
    expect(changedKinds(read, draft)).toEqual(['general']);
  });

  it('replaces a person everywhere, merging into a recipient already there, and lists every place first', () => {
    const person = { entity: { type: 'USER', code: 'ito' }, includeSubs: false };
    const read: Bodies = {
      general: {
        notifications: [
          {
            ...person,
            recordAdded: true,
            recordEdited: false,
            commentAdded: true,
            statusChanged: false,
            fileImported: false,
          },
          n('USER', 'kato', '01000'),
        ],
        notifyToCommenter: false,
        revision: '9',
      },
      perRecord: {
        notifications: [
          { filterCond: '', title: 'a', targets: [person] },
          { filterCond: '', title: 'b', targets: [] },
        ],
        revision: '9',
      },
      reminder: {
        notifications: [
          {
            timing: { code: 'D', daysLater: '1', time: '09:00' },
            filterCond: '',
            title: 'c',
            targets: [{ ...person }],
          },
        ],
        timezone: null,
        revision: '9',
      },
    };
    expect(placesOf(read, { key: 'USER:ito' })).toEqual([
      { kind: 'general' },
      { kind: 'perRecord', index: 0, title: 'a' },
      { kind: 'reminder', index: 0, title: 'c' },
    ]);
    const draft = applyEdits(read, [
      { op: 'replace', key: 'USER:ito', by: { type: 'USER', code: 'kato', includeSubs: false } },
    ]);
    expect(draft.general!.notifications).toEqual([n('USER', 'kato', '11100')]);
    expect(draft.perRecord!.notifications[0].targets).toEqual([
      { entity: { type: 'USER', code: 'kato' }, includeSubs: false },
    ]);
    expect(placesOf(draft, { key: 'USER:ito' })).toEqual([]);
    expect(changedKinds(read, draft)).toEqual(['general', 'perRecord', 'reminder']);
    // A new recipient in its place keeps the old one's triggers, in the same position.
    const swapped = applyEdits(read, [
      { op: 'replace', key: 'USER:ito', by: { type: 'GROUP', code: 'ops', includeSubs: false } },
    ]);
    expect(swapped.general!.notifications[0]).toEqual({
      ...read.general!.notifications[0],
      entity: { type: 'GROUP', code: 'ops' },
    });
    const removed = applyEdits(read, [{ op: 'replace', key: 'USER:ito' }]);
    expect(placesOf(removed, { key: 'USER:ito' })).toEqual([]);
    expect(removed.general!.notifications).toHaveLength(1);
  });

  it('replaces the recipient in conditions where it can, and lists the others for a human', () => {
    const conditional = (filterCond: string, title: string) => ({ filterCond, title, targets: [] });
    const read: Bodies = {
      perRecord: {
        notifications: [
          conditional('Assignee in ("ito", "sato")', 'exact'),
          conditional('Assignee in ("ito") and Title = "ito"', 'by hand'),
          conditional('Title = "x"', 'unnamed'),
        ],
        revision: '9',
      },
    };
    const edit = {
      key: 'USER:ito',
      by: { type: 'USER', code: 'kato', includeSubs: false },
      fields: { Assignee: 'USER_SELECT', Title: 'SINGLE_LINE_TEXT' },
    };
    expect(placesOf(read, edit)).toEqual([
      { kind: 'perRecord', index: 0, title: 'exact', cond: 'Assignee in ("ito", "sato")', byHand: false },
      { kind: 'perRecord', index: 1, title: 'by hand', cond: 'Assignee in ("ito") and Title = "ito"', byHand: true },
    ]);
    const draft = applyEdits(read, [{ op: 'replace', ...edit }]);
    expect(draft.perRecord!.notifications.map((item) => item.filterCond)).toEqual([
      'Assignee in ("kato", "sato")',
      'Assignee in ("ito") and Title = "ito"',
      'Title = "x"',
    ]);
    // Without the form's field types nothing tells a user field: no condition is changed.
    expect(applyEdits(read, [{ op: 'replace', ...edit, fields: undefined }])).toEqual(read);
  });

  it('drops a notification only while it is still the one that was seen', () => {
    const read: Bodies = {
      perRecord: {
        notifications: [
          { filterCond: '', title: 'a', targets: [] },
          { filterCond: '', title: 'b', targets: [] },
        ],
        revision: '1',
      },
    };
    const drop: Edit = {
      op: 'drop',
      at: { kind: 'perRecord', index: 0, was: JSON.stringify(read.perRecord!.notifications[0]) },
    };
    expect(applyEdits(read, [drop]).perRecord!.notifications.map((x) => x.title)).toEqual(['b']);
    // Replayed twice (as after a partial save), it still drops one notification only.
    expect(applyEdits(read, [drop, drop]).perRecord!.notifications.map((x) => x.title)).toEqual(['b']);
  });

  it('adds a general recipient with every trigger off, once', () => {
    const read: Bodies = { general: { notifications: [], notifyToCommenter: false, revision: '1' } };
    const add: Edit = { op: 'add', target: { type: 'ORGANIZATION', code: 'sales', includeSubs: true } };
    expect(applyEdits(read, [add, add]).general!.notifications).toEqual([n('ORGANIZATION', 'sales', '00000', true)]);
  });

  it('leaves a never-set reminder time zone out of the PUT and keeps one that is set', () => {
    expect(putBody('1', { notifications: [], timezone: null, revision: '3' }, '4')).toEqual({
      notifications: [],
      app: '1',
      revision: '4',
    });
    expect(putBody('1', { notifications: [], timezone: 'UTC', revision: '3' }, '4')).toMatchObject({ timezone: 'UTC' });
  });
});
