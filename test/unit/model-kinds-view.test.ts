// kinds-view.ts directly: which environment each view shows, the findings of that environment's form, no
// findings about notifications removed in Differences, a failed pre-live read, and "pre-live differs" decided
// on the notifications and the reminder time zone.
import { describe, expect, it } from 'vitest';
import { kindsDiffer, showKinds } from '../../src/model/kinds-view';
import { parsePerRecordSettings, parseReminderSettings } from '../../src/api/validate-kinds';
import type { AppSettings, FormField, KindError } from '../../src/model/types';

const field = (code: string, type: string): [string, FormField] => [code, { code, type, label: code }];
const LIVE_FORM = new Map([field('Status', 'STATUS'), field('Due', 'DATE'), field('Updated', 'UPDATED_TIME')]);
const PRE_LIVE_FORM = new Map([...LIVE_FORM, field('Region', 'DROP_DOWN')]);
const target = { entity: { type: 'USER', code: 'sato' }, includeSubs: false };
const perRecord = (...conditions: string[]) =>
  parsePerRecordSettings({
    notifications: conditions.map((filterCond, i) => ({ filterCond, title: `n${i}`, targets: [target] })),
    revision: '1',
  });
const reminders = (timezone: string | null, code = 'Due') =>
  parseReminderSettings({
    notifications: [{ timing: { code, daysLater: '0', time: '09:00' }, filterCond: '', title: 'r', targets: [target] }],
    timezone,
    revision: '1',
  });
const failed: KindError = { failed: true, code: 'CB_NO02', kind: 'permission', detail: '' };

const settings = (parts: Partial<Pick<AppSettings, 'perRecord' | 'reminder'>>) => ({
  perRecord: { live: perRecord('Status in ("Done")'), preview: perRecord('Status in ("Done")') },
  reminder: { live: reminders('Asia/Tokyo'), preview: reminders('Asia/Tokyo') },
  fields: { live: LIVE_FORM, preview: PRE_LIVE_FORM },
  ...parts,
});
const kinds = (s: ReturnType<typeof settings>) => s as Pick<AppSettings, 'perRecord' | 'reminder' | 'fields'>;
const findingKinds = (view: { findings: Array<{ kind: string; rowKeys: string[] }> }) =>
  view.findings.map((f) => `${f.kind}:${f.rowKeys.join(',')}`);

describe('showKinds', () => {
  it('shows live for Live, pre-live for Pre-live and Differences', () => {
    const s = settings({ perRecord: { live: perRecord('A = 1'), preview: perRecord('A = 1', 'B = 1') } });
    expect(showKinds(kinds(s), {}, 'live').perRecord.items).toHaveLength(1);
    expect(showKinds(kinds(s), {}, 'preview').perRecord.items).toHaveLength(2);
    expect(showKinds(kinds(s), {}, 'diff').perRecord.items?.map((i) => i.change)).toEqual([undefined, 'added']);
  });

  it('checks pre-live conditions against the pre-live form: a field added there is no deleted field', () => {
    const s = settings({ perRecord: { live: perRecord(''), preview: perRecord('Region in ("East")') } });
    expect(findingKinds(showKinds(kinds(s), {}, 'preview').perRecord)).toEqual([]);
    expect(findingKinds(showKinds(kinds(s), {}, 'diff').perRecord)).toEqual([]);
    const live = settings({ perRecord: { live: perRecord('Region in ("East")'), preview: perRecord('') } });
    expect(findingKinds(showKinds(kinds(live), {}, 'live').perRecord)).toEqual(['CONDITION_FIELD_MISSING:perRecord:0']);
  });

  it('raises nothing about a notification removed in Differences', () => {
    const s = settings({ perRecord: { live: perRecord('', 'Gone = 1'), preview: perRecord('') } });
    const view = showKinds(kinds(s), {}, 'diff').perRecord;
    expect(view.items?.map((i) => i.change)).toEqual([undefined, 'removed']);
    expect(findingKinds(view)).toEqual([]);
  });

  it("names no deleted field for kintone's own $id and $revision, and takes Updated datetime as a date", () => {
    const s = settings({
      perRecord: { live: perRecord('$id > 10 and $revision < 3'), preview: perRecord('$id > 10 and $revision < 3') },
      reminder: { live: reminders('UTC', 'Updated'), preview: reminders('UTC', 'Updated') },
    });
    const view = showKinds(kinds(s), {}, 'live');
    expect(findingKinds(view.perRecord)).toEqual([]);
    expect(findingKinds(view.reminder)).toEqual([]);
  });

  it('shows the live list when only the pre-live read failed, in every view', () => {
    const s = settings({ perRecord: { live: perRecord('A = 1'), preview: failed } });
    for (const env of ['live', 'preview', 'diff'] as const) {
      const view = showKinds(kinds(s), {}, env).perRecord;
      expect(view.error).toBeUndefined();
      expect(view.items).toHaveLength(1);
    }
    const liveFailed = settings({ perRecord: { live: failed, preview: perRecord('A = 1') } });
    expect(showKinds(kinds(liveFailed), {}, 'live').perRecord.error).toBe(failed);
  });

  it('says which environment could not be read beside the list it shows, and claims no change from it', () => {
    const preLiveFailed = settings({ perRecord: { live: perRecord('A = 1'), preview: failed } });
    for (const env of ['live', 'preview', 'diff'] as const) {
      const view = showKinds(kinds(preLiveFailed), {}, env).perRecord;
      expect(view.unread).toEqual({ env: 'preview', error: failed });
      expect(view.items?.map((i) => i.change)).toEqual([undefined]);
    }
    const liveFailed = settings({ perRecord: { live: failed, preview: perRecord('A = 1') } });
    const diff = showKinds(kinds(liveFailed), {}, 'diff').perRecord;
    expect(diff.unread).toEqual({ env: 'live', error: failed });
    expect(diff.items?.map((i) => i.change)).toEqual([undefined]);
    expect(showKinds(kinds(settings({})), {}, 'diff').perRecord.unread).toBeUndefined();
    // Not read yet is no failure.
    const loading = settings({ perRecord: { live: perRecord('A = 1'), preview: undefined } });
    expect(showKinds(kinds(loading), {}, 'live').perRecord.unread).toBeUndefined();
  });

  it('gives the live time zone in Differences when pre-live changed it, and only then', () => {
    const s = settings({ reminder: { live: reminders('Asia/Tokyo'), preview: reminders('UTC') } });
    const diff = showKinds(kinds(s), {}, 'diff').reminder;
    expect(diff.timezone).toBe('UTC');
    expect(diff.timezoneBefore).toBe('Asia/Tokyo');
    expect(showKinds(kinds(s), {}, 'preview').reminder).not.toHaveProperty('timezoneBefore');
    expect(showKinds(kinds(s), {}, 'live').reminder).not.toHaveProperty('timezoneBefore');
    expect(showKinds(kinds(settings({})), {}, 'diff').reminder).not.toHaveProperty('timezoneBefore');
    // Never set in live: null is a value the change is from.
    const set = settings({ reminder: { live: reminders(null), preview: reminders('UTC') } });
    expect(showKinds(kinds(set), {}, 'diff').reminder.timezoneBefore).toBeNull();
    expect(showKinds(kinds(set), {}, 'diff').perRecord).not.toHaveProperty('timezoneBefore');
  });

  it('gives no time zone for per-record notifications, which have none (the list shows it only for reminders)', () => {
    for (const env of ['live', 'preview', 'diff'] as const)
      expect(showKinds(kinds(settings({})), {}, env).perRecord).not.toHaveProperty('timezone');
  });

  it('gives no items while the read of the environment on screen runs (the list says Loading, not None set)', () => {
    const s = settings({ perRecord: { live: undefined, preview: undefined } });
    for (const env of ['live', 'preview', 'diff'] as const)
      expect(showKinds(kinds(s), {}, env).perRecord).toEqual({ findings: [] });
  });

  it('names a notification with a recipient the directory does not know (one flag is enough)', () => {
    const directory = { USER: new Map([['tanaka', { code: 'tanaka', name: 'Tanaka' }]]) };
    expect(findingKinds(showKinds(kinds(settings({})), directory, 'live').perRecord)).toEqual([
      'TARGET_FLAGGED:perRecord:0',
    ]);
  });

  it('names a condition on a user, group or department the directory says does not exist', () => {
    const form = new Map([...LIVE_FORM, field('Owner', 'USER_SELECT'), field('Team', 'GROUP_SELECT')]);
    const conditions = perRecord('Owner in ("gone", "sato")', 'Owner in (LOGINUSER())', 'Team in ("auditors")');
    const s = {
      ...settings({ perRecord: { live: conditions, preview: conditions } }),
      fields: { live: form, preview: form },
    };
    const known = { code: 'sato', name: 'Sato' };
    const directory = {
      USER: new Map([['sato', known]]),
      GROUP: new Map([['auditors', { code: 'auditors', name: 'A' }]]),
    };
    expect(findingKinds(showKinds(kinds(s), directory, 'live').perRecord)).toEqual([
      'CONDITION_CODE_UNKNOWN:perRecord:0',
    ]);
    // Names that could not be looked up say nothing either way.
    expect(findingKinds(showKinds(kinds(s), {}, 'live').perRecord)).toEqual([]);
  });

  it('gives the reminder time zone of the environment on screen', () => {
    const s = settings({ reminder: { live: reminders('Asia/Tokyo'), preview: reminders(null) } });
    expect(showKinds(kinds(s), {}, 'live').reminder.timezone).toBe('Asia/Tokyo');
    const preLive = showKinds(kinds(s), {}, 'preview').reminder;
    expect(preLive.timezone).toBeNull();
    expect(findingKinds(preLive)).toEqual(['NO_TIMEZONE:']);
  });
});

describe('kindsDiffer', () => {
  it('is decided on the notifications and the reminder time zone, not the revision', () => {
    expect(kindsDiffer(settings({}))).toBe(false);
    const moved = { live: perRecord('A = 1'), preview: { ...perRecord('A = 1'), revision: '9' } };
    expect(kindsDiffer(settings({ perRecord: moved }))).toBe(false);
    expect(kindsDiffer(settings({ perRecord: { live: perRecord('A = 1'), preview: perRecord('A = 2') } }))).toBe(true);
    expect(kindsDiffer(settings({ reminder: { live: reminders('Asia/Tokyo'), preview: reminders('UTC') } }))).toBe(
      true,
    );
  });

  it('says nothing differs when either side could not be read', () => {
    expect(kindsDiffer(settings({ perRecord: { live: perRecord('A = 1'), preview: failed } }))).toBe(false);
  });
});
