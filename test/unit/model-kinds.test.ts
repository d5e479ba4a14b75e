import { describe, expect, it } from 'vitest';
import { parsePerRecordSettings, parseReminderSettings } from '../../src/api/validate-kinds';
import { parseFormFields, parseNotificationSettings } from '../../src/api/validate';
import { diffNotifications, notificationItems } from '../../src/model/kinds';
import { findKindFindings } from '../../src/model/kind-findings';
import { everyoneView } from '../../src/model/everyone';
import { buildRows } from '../../src/model/rows';
import { timingWords } from '../../src/ui/matrix/timing-words';
import { notificationWords } from '../../src/ui/matrix/notification-words';
import { translator } from '../../src/i18n';
import { LIVE } from './support/fixtures';

const target = (type: string, code: string, includeSubs = false) => ({ entity: { type, code }, includeSubs });
const PER_RECORD = {
  notifications: [
    { filterCond: 'Status in ("Done")', title: 'Done', targets: [target('GROUP', 'sales-managers')] },
    { filterCond: '', title: '', targets: [target('USER', 'sato'), target('ORGANIZATION', 'sales', true)] },
  ],
  revision: '12',
};
const REMINDER = {
  notifications: [
    {
      timing: { code: 'Due_date', daysLater: '-1', time: '09:00' },
      filterCond: 'Ghost_field = "x"',
      title: 'Due tomorrow',
      targets: [target('USER', 'tanaka')],
    },
    { timing: { code: 'Title', daysLater: 2, hoursLater: '-3' }, filterCond: '', title: 'Odd', targets: [] },
  ],
  timezone: null,
  revision: '12',
};
const FIELDS = parseFormFields({
  properties: {
    Status: { type: 'STATUS', code: 'Status', label: 'Status' },
    Due_date: { type: 'DATE', code: 'Due_date', label: 'Due date' },
    Title: { type: 'SINGLE_LINE_TEXT', code: 'Title', label: 'Title' },
  },
});

describe('per-record and reminder settings at the boundary', () => {
  it('reads kintone’s wire format, numbers kept as strings, a null time zone kept', () => {
    const perRecord = parsePerRecordSettings(PER_RECORD);
    expect(perRecord.notifications[1].targets[1]).toEqual({ type: 'ORGANIZATION', code: 'sales', includeSubs: true });
    const reminder = parseReminderSettings(REMINDER);
    expect(reminder.notifications[1].timing).toEqual({ code: 'Title', daysLater: '2', hoursLater: '-3' });
    expect(reminder.timezone).toBeNull();
  });

  it.each([
    ['a missing timing', { ...REMINDER.notifications[0], timing: undefined }],
    [
      'a non-numeric daysLater',
      { ...REMINDER.notifications[0], timing: { code: 'Due_date', daysLater: 'soon', time: '09:00' } },
    ],
    ['neither time nor hoursLater', { ...REMINDER.notifications[0], timing: { code: 'Due_date', daysLater: '1' } }],
    ['targets that are not a list', { ...REMINDER.notifications[0], targets: 'x' }],
  ])('calls %s INVALID', (_, notification) => {
    expect(() => parseReminderSettings({ ...REMINDER, notifications: [notification] })).toThrow(
      expect.objectContaining({ code: 'INVALID' }),
    );
  });
});

describe('notification items and their differences', () => {
  const live = parsePerRecordSettings(PER_RECORD).notifications;
  const context = { live: { fields: FIELDS }, preview: { fields: FIELDS } };

  it('lists notifications in kintone’s order, recipients To Me', () => {
    const items = notificationItems('perRecord', live, {});
    expect(items.map((i) => i.key)).toEqual(['perRecord:0', 'perRecord:1']);
    expect(items[1].recipients.map(({ row }) => `${row.key}:${row.kind}`)).toEqual([
      'USER:sato:TO_ME',
      'ORGANIZATION:sales:TO_ME',
    ]);
  });

  it('matches by position: condition, title and recipients changed, one added, one removed', () => {
    const preview = parsePerRecordSettings({
      ...PER_RECORD,
      notifications: [
        { ...PER_RECORD.notifications[0], filterCond: 'Status in ("Closed")', targets: [target('USER', 'suzuki')] },
      ],
    }).notifications;
    const diff = diffNotifications('perRecord', live, preview, context);
    expect(diff.map((i) => `${i.key}=${i.change ?? ''}`)).toEqual(['perRecord:0=changed', 'perRecord:1=removed']);
    expect(diff[0].changes).toEqual({ condition: true });
    expect(diff[0].recipients.map(({ row, change }) => `${row.key}=${change}`)).toEqual([
      'USER:suzuki=added',
      'GROUP:sales-managers=removed',
    ]);
    const grown = diffNotifications('perRecord', preview, live, context);
    expect(grown.map((i) => i.change)).toEqual(['changed', 'added']);
  });

  it('marks a changed incl. sub-departments, and nothing when equal', () => {
    const preview = parsePerRecordSettings({
      ...PER_RECORD,
      notifications: [
        PER_RECORD.notifications[0],
        { ...PER_RECORD.notifications[1], targets: [target('USER', 'sato'), target('ORGANIZATION', 'sales')] },
      ],
    }).notifications;
    const diff = diffNotifications('perRecord', live, preview, context);
    expect(diff[0].change).toBeUndefined();
    expect(diff[1].recipients.find(({ row }) => row.key === 'ORGANIZATION:sales')?.change).toBe('subs');
  });
});

describe('findings about per-record and reminder notifications', () => {
  it('names deleted condition fields, missing or non-date timing fields, empty recipients and no time zone', () => {
    const items = notificationItems('reminder', parseReminderSettings(REMINDER).notifications, { fields: FIELDS });
    const found = findKindFindings({ items, fields: FIELDS, timezone: null }).map(
      (f) => `${f.kind}:${f.rowKeys.join(',')}`,
    );
    expect(found).toEqual([
      'CONDITION_FIELD_MISSING:reminder:0',
      'TIMING_FIELD_NOT_DATE:reminder:1',
      'NO_TARGETS:reminder:1',
      'NO_TIMEZONE:',
    ]);
    const timingGone = findKindFindings({ items, fields: new Map(), timezone: 'Asia/Tokyo' }).map((f) => f.kind);
    expect(timingGone).toContain('TIMING_FIELD_MISSING');
  });

  it('says nothing about fields when the form could not be read', () => {
    const items = notificationItems('reminder', parseReminderSettings(REMINDER).notifications, {});
    expect(findKindFindings({ items, timezone: 'UTC' }).map((f) => f.kind)).toEqual(['NO_TARGETS']);
  });
});

describe('everyone', () => {
  it('unites general recipients and notification targets by type and code, one column per notification', () => {
    const general = buildRows(parseNotificationSettings(LIVE)).map((row) => ({ row }));
    const perRecord = notificationItems('perRecord', parsePerRecordSettings(PER_RECORD).notifications, {});
    const reminders = notificationItems('reminder', parseReminderSettings(REMINDER).notifications, {});
    const view = everyoneView(general, [...perRecord, ...reminders]);
    expect(view.columns.map((c) => c.id)).toEqual(['perRecord:0', 'perRecord:1', 'reminder:0', 'reminder:1']);
    const byKey = new Map(view.items.map(({ row }) => [row.key, row]));
    expect(byKey.get('USER:sato')?.notifications).toEqual({ 'perRecord:1': true });
    expect(byKey.get('USER:sato')?.recipient.triggers.recordAdded).toBe(true);
    // Only in a reminder: a row of its own, with no general trigger.
    expect(byKey.get('USER:tanaka')?.notifications).toEqual({ 'reminder:0': true });
    expect(Object.values(byKey.get('USER:tanaka')!.recipient.triggers).some(Boolean)).toBe(false);
    expect(view.items).toHaveLength(LIVE.notifications.length + 1);
  });
});

describe('timing in words', () => {
  const en = translator('en');
  const ja = translator('ja');
  it.each([
    [{ code: 'D', daysLater: '-1', time: '09:00' }, '1 day before Due date at 09:00', 'Due dateの1日前 09:00'],
    [{ code: 'D', daysLater: '0', time: '17:30' }, 'on the day of Due date at 17:30', 'Due dateの当日 17:30'],
    [{ code: 'D', daysLater: '3', time: '08:00' }, '3 days after Due date at 08:00', 'Due dateの3日後 08:00'],
    [{ code: 'D', daysLater: '0', hoursLater: '2' }, '2 hours after Due date', 'Due dateの2時間後'],
    [{ code: 'D', daysLater: '-1', hoursLater: '-3' }, '1 day 3 hours before Due date', 'Due dateの1日3時間前'],
    // No offset at all: the field's own date and time, said so (not the bare label).
    [{ code: 'D', daysLater: '0', hoursLater: '0' }, 'at the time of Due date', 'Due dateの日時'],
  ])('%o', (timing, english, japanese) => {
    expect(timingWords(timing, 'Due date', en)).toBe(english);
    expect(timingWords(timing, 'Due date', ja)).toBe(japanese);
  });
});

describe('conditions in words, by the type of the field they test', () => {
  const form = parseFormFields({
    properties: {
      ...Object.fromEntries(
        [
          'CHECK_BOX',
          'MULTI_SELECT',
          'USER_SELECT',
          'ORGANIZATION_SELECT',
          'GROUP_SELECT',
          'DROP_DOWN',
          'RADIO_BUTTON',
        ].map((type) => [type, { type, code: type, label: type }]),
      ),
      Items: { type: 'SUBTABLE', code: 'Items', fields: { Kind: { type: 'DROP_DOWN', code: 'Kind', label: 'Kind' } } },
    },
  });
  const say = (filterCond: string, language: 'en' | 'ja' = 'en') =>
    notificationWords({ filterCond, title: '', targets: [] }, form, language, translator(language)).condition;

  it('reads in ("A") as "includes" on fields of several values and inside tables, as "is" on the others', () => {
    for (const code of ['CHECK_BOX', 'MULTI_SELECT', 'USER_SELECT', 'ORGANIZATION_SELECT', 'GROUP_SELECT', 'Kind'])
      expect(say(`${code} in ("A")`)).toMatch(/ includes "A"$/);
    expect(say('GROUP_SELECT in ("A")', 'ja')).toBe('GROUP_SELECT が「A」を含む');
    for (const code of ['DROP_DOWN', 'RADIO_BUTTON']) expect(say(`${code} in ("A")`)).toBe(`${code} is "A"`);
  });
});
