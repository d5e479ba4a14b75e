// The record lens's reads against a fake kintone (GET only, one record read, one read per distinct condition,
// at most 6 in flight, kintone's refusal kept as "unknown"), and the answers put together from them.
import { describe, expect, it } from 'vitest';
import { conditionsMet, loadRecord } from '../../src/api/record';
import { dependsOnSaver, recordAnswers } from '../../src/model/record-lens';
import { installKintone, plainPath, routes, type ApiCall } from './support/fake-kintone';
import type { NotificationSettings } from '../../src/model/types';

const RECORD = {
  $id: { type: '__ID__', value: '7' },
  Created_by: { type: 'CREATOR', value: { code: 'tanaka', name: 'Tanaka' } },
  Due: { type: 'DATE', value: '2026-12-05' },
};

describe('loadRecord', () => {
  it('reads record.json for the app and id, and refuses a body without a record', async () => {
    const { calls } = installKintone(routes({ '/k/v1/record.json': { record: RECORD } }));
    expect(await loadRecord('1', '7')).toEqual(RECORD);
    expect(calls.map((c) => [plainPath(c.url), c.method, c.params])).toEqual([
      ['/k/v1/record.json', 'GET', { app: '1', id: '7' }],
    ]);
    installKintone(routes({ '/k/v1/record.json': { record: 'x' } }));
    await expect(loadRecord('1', '7')).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('passes kintone’s refusals on: an unknown record, no view permission', async () => {
    installKintone(routes({ '/k/v1/record.json': { code: 'GAIA_RE01', id: 'x', message: 'not found' } }));
    await expect(loadRecord('1', '9')).rejects.toMatchObject({ code: 'GAIA_RE01' });
  });
});

describe('conditionsMet', () => {
  it('asks kintone once per condition, GET only, with $id = N and (COND) and only $id back', async () => {
    const { calls } = installKintone(
      routes({
        '/k/v1/records.json': (call: ApiCall) => ({
          records: String(call.params.query).includes('Met') ? [{ $id: { type: '__ID__', value: '7' } }] : [],
        }),
      }),
    );
    const met = await conditionsMet('1', '7', ['Met = 1', 'Other = 2']);
    expect([...met]).toEqual([
      ['Met = 1', true],
      ['Other = 2', false],
    ]);
    expect(calls.map((c) => [c.method, c.params])).toEqual([
      ['GET', { app: '1', query: '$id = 7 and (Met = 1)', fields: ['$id'] }],
      ['GET', { app: '1', query: '$id = 7 and (Other = 2)', fields: ['$id'] }],
    ]);
  });

  it('does not send a condition whose URL would pass kintone’s 8 KB: its answer is URL_TOO_LONG, never a 414', async () => {
    const { calls } = installKintone(routes({ '/k/v1/records.json': { records: [] } }));
    const long = `Title in (${Array.from({ length: 600 }, (_, i) => `"name-${i}"`).join(', ')})`;
    const met = await conditionsMet('1', '7', [long, 'Short = 1']);
    expect(met.get(long)).toMatchObject({ code: 'URL_TOO_LONG' });
    expect(met.get('Short = 1')).toBe(false);
    expect(calls.map((c) => c.params.query)).toEqual(['$id = 7 and (Short = 1)']);
  });

  it('keeps kintone’s refusal of a condition as its answer, never yes or no', async () => {
    installKintone(routes({ '/k/v1/records.json': { code: 'GAIA_IQ11', id: 'x', message: 'no such field' } }));
    const met = await conditionsMet('1', '7', ['Gone = 1']);
    expect(met.get('Gone = 1')).toMatchObject({ code: 'GAIA_IQ11', detail: 'no such field' });
  });

  it('has at most 6 reads in flight', async () => {
    let inFlight = 0;
    let most = 0;
    installKintone(
      routes({
        '/k/v1/records.json': async () => {
          most = Math.max(most, ++inFlight);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inFlight--;
          return { records: [] };
        },
      }),
    );
    const conditions = Array.from({ length: 14 }, (_, i) => `F = ${i}`);
    expect((await conditionsMet('1', '7', conditions)).size).toBe(14);
    expect(most).toBe(6);
  });
});

describe('recordAnswers', () => {
  const general: NotificationSettings = {
    notifyToCommenter: false,
    revision: '1',
    recipients: [
      {
        type: 'FIELD_ENTITY',
        code: 'Created_by',
        includeSubs: false,
        triggers: {
          recordAdded: true,
          recordEdited: false,
          commentAdded: false,
          statusChanged: false,
          fileImported: false,
        },
      },
    ],
  };
  const target = [{ type: 'USER', code: 'sato', includeSubs: false }];
  const met = new Map<string, boolean | { code: string; detail: string }>([
    ['A = 1', true],
    ['B = 1', false],
    ['C = 1', { code: 'GAIA_IQ11', detail: 'no field C' }],
  ]);
  const answers = recordAnswers({
    general,
    perRecord: [
      { filterCond: 'A = 1', title: 'a', targets: target },
      { filterCond: 'B = 1', title: 'b', targets: target },
      { filterCond: 'C = 1', title: 'c', targets: target },
      { filterCond: '', title: 'all', targets: target },
      { filterCond: 'Owner in (LOGINUSER())', title: 'saver', targets: target },
    ],
    reminders: [
      { filterCond: 'A = 1', title: 'r', targets: target, timing: { code: 'Due', daysLater: '0', time: '09:00' } },
    ],
    timeZone: 'Asia/Tokyo',
    record: RECORD,
    met,
  });
  const byKey = (kind: string, key: string) => answers.find((a) => a.kind === kind && a.key === key)!;

  it('gives every trigger its recipients on this record', () => {
    expect(byKey('general', 'recordAdded')).toMatchObject({
      met: true,
      recipients: [{ type: 'USER', code: 'tanaka', includeSubs: false, from: 'Created_by' }],
    });
    expect(byKey('general', 'recordEdited').recipients).toEqual([]);
  });

  it('takes met / not met from kintone, unknown with its reason when refused, met for no condition', () => {
    expect(['0', '1', '2', '3'].map((key) => byKey('perRecord', key).met)).toEqual([true, false, 'unknown', true]);
    expect(byKey('perRecord', '2').reason).toEqual({ code: 'GAIA_IQ11', detail: 'no field C' });
  });

  it('does not ask about conditions on who saves the record: unknown, SAVER', () => {
    expect(dependsOnSaver('Owner in (LOGINUSER())')).toBe(true);
    expect(dependsOnSaver('Dept in (PRIMARY_ORGANIZATION())')).toBe(true);
    expect(dependsOnSaver('Title like "LOGINUSER"')).toBe(false);
    expect(byKey('perRecord', '4')).toMatchObject({ met: 'unknown', reason: { code: 'SAVER' } });
  });

  it('gives reminders their instant on this record', () => {
    expect(byKey('reminder', '0')).toMatchObject({ met: true, at: '2026-12-05T00:00:00Z' });
  });
});
