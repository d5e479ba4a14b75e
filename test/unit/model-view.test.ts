import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, filterRows, parseView, serializeView, sortRows, totalsOf } from '../../src/model/view';
import { buildRows } from '../../src/model/rows';
import { parseNotificationSettings, parseFormFields } from '../../src/api/validate';
import { FIELDS, LIVE, n } from './support/fixtures';

const rows = buildRows(
  parseNotificationSettings({
    ...LIVE,
    notifications: [
      ...LIVE.notifications,
      n('USER', 'ｙａｍａｄａ', '00001'),
      n('USER', 'user10', '1'.repeat(5)),
      n('USER', 'user9', '00000'),
    ],
  }),
  { fields: parseFormFields(FIELDS) },
);
const codes = (list: typeof rows) => list.map((r) => r.recipient.code);

describe('filterRows', () => {
  it('matches code, name or label case- and width-insensitively', () => {
    expect(codes(filterRows(rows, { ...DEFAULT_VIEW, text: 'DEPARTMENT' }))).toEqual(['Department']);
    expect(codes(filterRows(rows, { ...DEFAULT_VIEW, text: 'requesting' }))).toEqual(['Department']);
    expect(codes(filterRows(rows, { ...DEFAULT_VIEW, text: 'yamada' }))).toEqual(['ｙａｍａｄａ']);
    expect(codes(filterRows(rows, { ...DEFAULT_VIEW, text: '  ' }))).toEqual(codes(rows));
  });

  it('filters by type (UNKNOWN = types this version does not know) and by trigger', () => {
    expect(codes(filterRows(rows, { ...DEFAULT_VIEW, type: 'FIELD_ENTITY' }))).toEqual(['Created_by', 'Department']);
    expect(codes(filterRows(rows, { ...DEFAULT_VIEW, type: 'UNKNOWN' }))).toEqual(['r2d2']);
    expect(codes(filterRows(rows, { ...DEFAULT_VIEW, trigger: 'fileImported' }))).toEqual([
      'r2d2',
      'ｙａｍａｄａ',
      'user10',
    ]);
    expect(codes(filterRows(rows, { text: 'user', type: 'USER', trigger: 'recordAdded' }))).toEqual(['user10']);
  });
});

describe('sortRows', () => {
  it('sorts by recipient naturally (user9 before user10), stable, and back to kintone order with null', () => {
    const users = rows.filter((r) => r.recipient.code.startsWith('user'));
    expect(codes(sortRows(users, { column: 'recipient', dir: 'asc' }))).toEqual(['user9', 'user10']);
    expect(codes(sortRows(users, { column: 'recipient', dir: 'desc' }))).toEqual(['user10', 'user9']);
    expect(sortRows(rows, null)).toBe(rows);
  });

  it('sorts by a trigger: recipients who get it first when ascending, ties in kintone order', () => {
    const sorted = codes(sortRows(rows, { column: 'fileImported', dir: 'asc' }));
    expect(sorted.slice(0, 3)).toEqual(['r2d2', 'ｙａｍａｄａ', 'user10']);
    expect(sorted.slice(3)).toEqual(codes(rows).filter((c) => !['r2d2', 'ｙａｍａｄａ', 'user10'].includes(c)));
  });
});

describe('totalsOf and view storage', () => {
  it('counts recipients per trigger of the rows given', () => {
    expect(totalsOf(rows.slice(0, 2))).toEqual({
      recordAdded: 2,
      recordEdited: 1,
      commentAdded: 1,
      statusChanged: 1,
      fileImported: 0,
    });
    expect(totalsOf([])).toEqual({
      recordAdded: 0,
      recordEdited: 0,
      commentAdded: 0,
      statusChanged: 0,
      fileImported: 0,
    });
  });

  it('counts the rows each notification column reaches, the columns asked for only', () => {
    const [a, b, c] = rows;
    const reached = [
      { ...a, notifications: { 'perRecord:0': true } },
      { ...b, notifications: { 'perRecord:0': true, 'reminder:1': true, 'reminder:9': true } },
      { ...c, notifications: {} },
    ] as typeof rows;
    const totals = totalsOf(reached, ['perRecord:0', 'reminder:1', 'reminder:2']);
    expect([totals['perRecord:0'], totals['reminder:1'], totals['reminder:2']]).toEqual([2, 1, 0]);
    expect(totals).not.toHaveProperty('reminder:9');
  });

  it('round-trips a view and survives garbage field by field', () => {
    const view = {
      tab: 'perRecord' as const,
      envView: 'diff' as const,
      text: 'sato',
      type: 'USER' as const,
      trigger: 'statusChanged' as const,
      sort: { column: 'recordAdded' as const, dir: 'desc' as const },
    };
    expect(parseView(serializeView(view))).toEqual(view);
    for (const junk of [null, '', 'not json', '[]', '42', '{"type":"ADMIN"}', '{"sort":{"column":"x","dir":"up"}}']) {
      expect(parseView(junk)).toEqual(DEFAULT_VIEW);
    }
    expect(parseView('{"text":"a","type":"nope","trigger":"recordAdded"}')).toEqual({
      ...DEFAULT_VIEW,
      text: 'a',
      trigger: 'recordAdded',
    });
  });
});
