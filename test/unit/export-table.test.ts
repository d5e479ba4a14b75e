// The table behind "Download CSV" and "Copy as Markdown": what each column holds for each recipient, in
// the live/pre-live views and in the Differences view, built the way the panel builds it.
import { describe, expect, it } from 'vitest';
import { exportTable, listTable } from '../../src/ui/matrix/export-table';
import { diffNotifications, notificationItems } from '../../src/model/kinds';
import { parsePerRecordSettings, parseReminderSettings } from '../../src/api/validate-kinds';
import { itemsFor, type PanelModel } from '../../src/model/panel-view';
import { buildRows } from '../../src/model/rows';
import { diffSettings } from '../../src/model/diff';
import { parseFormFields, parseNotificationSettings } from '../../src/api/validate';
import { translator } from '../../src/i18n';
import { FIELDS, LIVE, PER_RECORD, PREVIEW, REMINDER, n } from './support/fixtures';

const t = translator('en');
const live = parseNotificationSettings(LIVE);
const preview = parseNotificationSettings(PREVIEW);
const fields = parseFormFields(FIELDS);
const model: PanelModel = {
  live: buildRows(live, { fields }),
  preview: buildRows(preview, { fields }),
  diff: diffSettings(live, preview),
  pending: true,
};

const HEADER = [
  'Type',
  'Code',
  'Name',
  'Notifications',
  'incl. sub-departments',
  'Record added',
  'Record edited',
  'Comment added',
  'Status changed',
  'File imported',
];

/** Each body row keyed by its code (codes are unique in the fixtures). */
const byCode = (table: string[][]) => new Map(table.slice(1).map((row) => [row[1] ?? '', row]));

describe('exportTable', () => {
  it('has one column per fact, the five triggers in kintone’s order, and no change column outside Differences', () => {
    const table = exportTable(itemsFor(model, 'live'), t, false);
    expect(table[0]).toEqual(HEADER);
    expect(table).toHaveLength(1 + LIVE.notifications.length);
    for (const row of table) expect(row).toHaveLength(HEADER.length);
  });

  it('ticks "incl. sub-departments" only for recipients that include them', () => {
    const table = exportTable(itemsFor(model, 'live'), t, false);
    const [header = []] = table;
    const column = header.indexOf(t('includeSubs'));
    expect(column).toBe(4);
    const subs = table.slice(1).map((row) => `${row[1]}=${row[column]}`);
    expect(subs).toEqual([
      'sato=',
      'guest/alice@partner.example=',
      'sales-managers=',
      'sales=✓',
      'Created_by=',
      'Department=✓',
      'kimura=',
      'r2d2=',
    ]);
    // A recipient built with includeSubs true, one with false: nothing else about them differs.
    const settings = parseNotificationSettings({
      ...LIVE,
      notifications: [n('ORGANIZATION', 'with', '10000', true), n('ORGANIZATION', 'without', '10000', false)],
    });
    const rows = exportTable(
      buildRows(settings).map((row) => ({ row })),
      t,
      false,
    );
    expect(rows[1]).toEqual(['Department', 'with', '', 'All', '✓', '✓', '', '', '', '']);
    expect(rows[2]).toEqual(['Department', 'without', '', 'All', '', '✓', '', '', '', '']);
  });

  it('writes type, code, name, kind and one tick per trigger that is on', () => {
    const rows = byCode(exportTable(itemsFor(model, 'live'), t, false));
    expect(rows.get('sato')).toEqual(['User', 'sato', '', 'All', '', '✓', '✓', '✓', '✓', '']);
    expect(rows.get('Department')).toEqual([
      'Field',
      'Department',
      'Requesting department',
      'To Me',
      '✓',
      '✓',
      '',
      '',
      '',
      '',
    ]);
    expect(rows.get('r2d2')).toEqual(['Unknown (ROBOT)', 'r2d2', '', 'Unknown', '', '✓', '✓', '✓', '✓', '✓']);
  });

  it('adds the change column in the Differences view, in the rows’ order', () => {
    const table = exportTable(itemsFor(model, 'diff'), t, true);
    expect(table[0]).toEqual([...HEADER, 'Change']);
    expect(table.slice(1).map((row) => `${row[1]}=${row.at(-1)}`)).toEqual([
      'sato=Changed',
      'guest/alice@partner.example=Removed',
      'sales-managers=',
      'sales=Changed',
      'Created_by=',
      'Department=Removed',
      'kimura=Removed',
      'r2d2=Removed',
      'suzuki=Added',
    ]);
    for (const row of table) expect(row).toHaveLength(HEADER.length + 1);
    const rows = byCode(table);
    // A changed or added row shows its pre-live state; a removed one its live state.
    expect(rows.get('sales')).toEqual(['Department', 'sales', '', 'All', '', '✓', '✓', '', '', '', 'Changed']);
    expect(rows.get('Department')?.slice(3, 6)).toEqual(['To Me', '✓', '✓']);
    expect(rows.get('suzuki')).toEqual(['User', 'suzuki', '', 'All', '', '✓', '✓', '', '', '', 'Added']);
  });

  it('writes the change column in the user’s language', () => {
    const ja = translator('ja');
    const table = exportTable(itemsFor(model, 'diff'), ja, true);
    expect(table[0]?.at(-1)).toBe(ja('exportChange'));
    expect(byCode(table).get('suzuki')?.at(-1)).toBe(ja('change.added'));
    expect(ja('change.added')).not.toBe(t('change.added'));
  });
});

describe('listTable (per-record and reminder exports)', () => {
  const kindFields = parseFormFields({
    properties: {
      Status: { type: 'STATUS', code: 'Status', label: 'Status' },
      Due: { type: 'DATE', code: 'Due', label: 'Due date' },
    },
  });
  const directory = { GROUP: new Map([['sales-managers', { code: 'sales-managers', name: 'Sales managers' }]]) };
  const perRecord = parsePerRecordSettings(PER_RECORD).notifications;

  it('has one row per notification in kintone’s order: summary, condition in words and as written, recipients', () => {
    const items = notificationItems('perRecord', perRecord, { fields: kindFields, directory });
    const table = listTable(items, kindFields, 'en', t, false);
    expect(table).toEqual([
      ['#', 'Summary', 'Condition', 'Query', 'Recipient'],
      ['1', 'Task done', 'Status is "Done"', 'Status in ("Done")', 'Group sales-managers (Sales managers)'],
      ['2', '', 'All records', '', 'User sato; Department sales incl. sub-departments'],
    ]);
  });

  it('adds the timing for reminders, and keeps a query it cannot read as written', () => {
    const reminder = parseReminderSettings({
      ...REMINDER,
      notifications: [
        {
          ...REMINDER.notifications[0],
          timing: { code: 'Due', daysLater: '-1', time: '09:00' },
          filterCond: 'Status in ("Done"',
        },
      ],
    }).notifications;
    const table = listTable(notificationItems('reminder', reminder, {}), kindFields, 'ja', translator('ja'), false);
    expect(table[0]).toEqual(['#', '通知内容', '条件', 'クエリ', 'タイミング', '通知先']);
    expect(table[1]).toEqual([
      '1',
      'Due tomorrow',
      'Status in ("Done"',
      'Status in ("Done"',
      'Due dateの1日前 09:00',
      'ユーザー tanaka',
    ]);
  });

  it('says in Differences what changed in each notification and for each recipient', () => {
    const edited = parsePerRecordSettings({
      ...PER_RECORD,
      notifications: [
        {
          ...PER_RECORD.notifications[0],
          filterCond: 'Status in ("Open")',
          targets: [{ entity: { type: 'USER', code: 'suzuki' }, includeSubs: false }],
        },
      ],
    }).notifications;
    const items = diffNotifications('perRecord', perRecord, edited, { live: {}, preview: {} });
    const table = listTable(items, undefined, 'en', t, true);
    expect(table[0].at(-1)).toBe('Change');
    expect(table[1].slice(2)).toEqual([
      'Status is "Open"',
      'Status in ("Open")',
      'User suzuki [Added]; Group sales-managers [Removed]',
      'Changed · condition changed',
    ]);
    expect(table[2].at(-1)).toBe('Removed');
  });

  it('says a recipient whose incl. sub-departments changed has that changed, in both languages', () => {
    const edited = parsePerRecordSettings({
      ...PER_RECORD,
      notifications: [
        PER_RECORD.notifications[0],
        {
          ...PER_RECORD.notifications[1],
          targets: [
            PER_RECORD.notifications[1].targets[0],
            { ...PER_RECORD.notifications[1].targets[1], includeSubs: false },
          ],
        },
      ],
    }).notifications;
    const items = diffNotifications('perRecord', perRecord, edited, { live: {}, preview: {} });
    expect(listTable(items, undefined, 'en', t, true)[2][4]).toBe(
      'User sato; Department sales [incl. sub-departments changed]',
    );
    expect(listTable(items, undefined, 'ja', translator('ja'), true)[2][4]).toBe(
      'ユーザー sato; 組織 sales [「下位組織を含む」の設定を変更]',
    );
  });
});
