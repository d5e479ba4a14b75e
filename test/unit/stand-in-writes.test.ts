// @vitest-environment node
// The kintone stand-in's settings writes: PUT of the pre-live notification settings with kintone's revision check
// and validation, the deploy that copies pre-live to live (or fails on request), and the write log tests read.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM modules without types
import { startStandIn } from '../../stand-in/server.mjs';

interface WriteEntry {
  method: string;
  path: string;
  body: unknown;
  status: number;
  code?: string;
  revision?: string;
}
let standIn: {
  url: string;
  writes: WriteEntry[];
  resetApps(): void;
  setScenario(scenario: object): void;
  resetScenario(): void;
  close(): Promise<void>;
};

const PASSWORD = { 'x-cybozu-authorization': Buffer.from('admin:password').toString('base64') };
const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = PASSWORD) => {
  const init = { method, headers: { ...headers, 'Content-Type': 'application/json' } };
  const response = await fetch(
    `${standIn.url}${path}`,
    body === undefined ? init : { ...init, body: JSON.stringify(body) },
  );
  return { status: response.status, body: await response.json() };
};
const read = async (path: string) => (await call('GET', path, undefined, {})).body;
const put = (kind: string, body: object, prefix = '/k/v1/') =>
  call('PUT', `${prefix}preview/app/notifications/${kind}.json`, body);
const status = async (app: number, headers: Record<string, string> = {}) =>
  (await call('GET', `/k/v1/preview/app/deploy.json?apps[0]=${app}`, undefined, headers)).body.apps[0].status;

const TRIGGERS = {
  recordAdded: true,
  recordEdited: false,
  commentAdded: false,
  statusChanged: false,
  fileImported: false,
};
const recipient = (type: string, code: string) => ({ entity: { type, code }, includeSubs: false, ...TRIGGERS });
const target = (type: string, code: string) => ({ entity: { type, code }, includeSubs: false });
const rule = (title: string, targets = [target('USER', 'sato')]) => ({ filterCond: '', title, targets });
const reminder = (timing: object) => ({ timing, ...rule('Due soon') });

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
});
beforeEach(() => {
  standIn.resetApps();
  standIn.resetScenario();
});
afterAll(() => standIn.close());

describe('PUT pre-live notification settings', () => {
  it('stores a general body as sent and bumps the app-wide pre-live revision', async () => {
    const before = await read('/k/v1/preview/app/notifications/general.json?app=4');
    const live = await read('/k/v1/app/notifications/general.json?app=4');
    const sent = { notifications: [...before.notifications].reverse(), notifyToCommenter: !before.notifyToCommenter };
    const answer = await put('general', { app: 4, ...sent, revision: before.revision });
    expect(answer).toEqual({ status: 200, body: { revision: String(Number(before.revision) + 1) } });
    const after = await read('/k/v1/preview/app/notifications/general.json?app=4');
    expect(JSON.stringify(after)).toBe(JSON.stringify({ ...sent, revision: answer.body.revision }));
    for (const path of ['notifications/perRecord', 'notifications/reminder', 'form/fields', 'status']) {
      expect((await read(`/k/v1/preview/app/${path}.json?app=4`)).revision).toBe(answer.body.revision);
    }
    expect(await read('/k/v1/app/notifications/general.json?app=4')).toEqual(live);
  });

  it('keeps omitted parts, skips the check for an omitted revision or "-1", and stores per-record and reminders', async () => {
    const general = await read('/k/v1/preview/app/notifications/general.json?app=1');
    expect((await put('general', { app: 1, notifyToCommenter: false })).body.revision).toBe('13');
    expect(await read('/k/v1/preview/app/notifications/general.json?app=1')).toEqual({
      ...general,
      notifyToCommenter: false,
      revision: '13',
    });
    const rules = [rule('Big deal', [target('GROUP', 'sales'), target('FIELD_ENTITY', 'Created_by')])];
    expect((await put('perRecord', { app: 1, notifications: rules, revision: -1 })).body.revision).toBe('14');
    expect(await read('/k/v1/preview/app/notifications/perRecord.json?app=1')).toEqual({
      notifications: rules,
      revision: '14',
    });
    const reminders = [reminder({ code: 'Customer_visit', daysLater: '0', hoursLater: '-3' })];
    expect((await put('reminder', { app: 1, notifications: reminders, revision: '14' })).status).toBe(200);
    expect(await read('/k/v1/preview/app/notifications/reminder.json?app=1')).toEqual({
      notifications: reminders,
      timezone: 'Asia/Tokyo',
      revision: '15',
    });
    expect((await put('reminder', { app: 1, timezone: 'UTC' })).status).toBe(200);
    // Reminders never set up (null): a PUT without a time zone sets the user's (kintone's PUT reference).
    expect((await put('reminder', { app: 10, notifications: [] })).status).toBe(200);
    expect((await read('/k/v1/preview/app/notifications/reminder.json?app=10')).timezone).toBe('Asia/Tokyo');
    expect(await read('/k/v1/preview/app/notifications/reminder.json?app=1')).toMatchObject({
      notifications: reminders,
      timezone: 'UTC',
    });
    expect((await read('/k/v1/app/notifications/reminder.json?app=1')).revision).toBe('12');
  });

  it('answers a stale revision with 409 GAIA_CO02 and stores nothing', async () => {
    const before = await read('/k/v1/preview/app/notifications/general.json?app=4');
    const answer = await put('general', { app: 4, notifications: [], revision: '8' });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      code: 'GAIA_CO02',
      message: 'The revision is not the latest. Someone may have updated the app settings.',
    });
    expect(await read('/k/v1/preview/app/notifications/general.json?app=4')).toEqual(before);
  });

  const kindOf = (entry: object) => {
    if ('timing' in entry) return 'reminder';
    return 'targets' in entry ? 'perRecord' : 'general';
  };
  it.each([
    ['a deleted field', 3, recipient('FIELD_ENTITY', 'Old_reviewer'), 'entity.code'],
    ['a text field', 3, recipient('FIELD_ENTITY', 'Title'), 'entity.code'],
    ['an unknown user', 1, recipient('USER', 'ghost.user'), 'entity.code'],
    ['an unknown department', 1, recipient('ORGANIZATION', 'nowhere'), 'entity.code'],
    ['an unknown type', 1, recipient('ROBOT', 'sato'), 'entity.type'],
    ['an empty code', 1, recipient('USER', ''), 'entity.code'],
    ['a missing code', 1, { ...recipient('USER', ''), entity: { type: 'USER' } }, 'entity.code'],
    ['a department in a guest space (unverified)', 2, recipient('ORGANIZATION', 'sales'), 'entity.type'],
    ['a title of 101 characters', 1, rule('x'.repeat(101)), 'title'],
    ['an unknown group target', 1, rule('t', [target('GROUP', 'nobody')]), 'targets[0].entity.code'],
    ['a reminder on a text field', 1, reminder({ code: 'Title', daysLater: '1', time: '09:00' }), 'timing.code'],
    ['10001 days', 1, reminder({ code: 'Due_date', daysLater: '10001', time: '09:00' }), 'timing.daysLater'],
    ['1.5 hours', 1, reminder({ code: 'Customer_visit', daysLater: '0', hoursLater: '1.5' }), 'timing.hoursLater'],
    ['neither hours nor time', 1, reminder({ code: 'Due_date', daysLater: '0' }), 'timing'],
    ['09:05', 1, reminder({ code: 'Due_date', daysLater: '0', time: '09:05' }), 'timing.time'],
  ])('refuses %s with 400 CB_VA01 on its key', async (_, app, entry, key) => {
    const prefix = app === 2 ? '/k/guest/7/v1/' : '/k/v1/'; // app 2 is in guest space 7
    const path = `${prefix}preview/app/notifications/${kindOf(entry)}.json?app=${app}`;
    const before = await read(path);
    const answer = await put(kindOf(entry), { app, notifications: [entry] }, prefix);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('CB_VA01');
    expect(answer.body.errors).toEqual({ [`notifications[0].${key}`]: { messages: [expect.any(String)] } });
    expect(await read(path)).toEqual(before);
  });

  it('accepts the limits: 100 characters, ±10000, 23:50, guests, generated codes, assignee and created time', async () => {
    const timings = [
      { code: 'Due_date', daysLater: '-10000', time: '23:50' },
      { code: 'Customer_visit', daysLater: 10000, hoursLater: '-10000' },
      { code: 'Created_datetime', daysLater: '0', time: '00:00' },
    ];
    const reminders = timings.map((timing) => ({ ...reminder(timing), title: 'y'.repeat(100) }));
    expect((await put('reminder', { app: 1, notifications: reminders })).status).toBe(200);
    const people = [recipient('USER', 'user-00042'), recipient('GROUP', 'group-00003'), recipient('USER', 'sato')];
    expect((await put('general', { app: 1, notifications: people })).status).toBe(200);
    const guests = [recipient('USER', 'guest/carol@partner.example'), recipient('GROUP', 'partner-support')];
    expect((await put('general', { app: 2, notifications: guests }, '/k/guest/7/v1/')).status).toBe(200);
    expect((await put('general', { app: 8, notifications: [recipient('FIELD_ENTITY', 'Assignee')] })).status).toBe(200);
  });

  it('collects every problem of a body into one answer', async () => {
    const body = {
      app: 1,
      notifications: [recipient('USER', 'ghost'), recipient('USER', 'sato'), recipient('X', 'y')],
    };
    expect(Object.keys((await put('general', body)).body.errors)).toEqual([
      'notifications[0].entity.code',
      'notifications[2].entity.type',
    ]);
  });

  it.each([
    ['/k/v1/', { app: 2 }, 400, 'GAIA_IL23'],
    ['/k/guest/8/v1/', { app: 2 }, 400, 'GAIA_IL26'],
    ['/k/v1/', { app: 6, revision: '1' }, 403, 'CB_NO02'],
    ['/k/v1/', { app: 999 }, 404, 'GAIA_AP01'],
    ['/k/v1/', { app: 5 }, 400, 'CB_VA01'],
    ['/k/v1/', { app: 1, revision: '11', notifications: [recipient('X', '')] }, 409, 'GAIA_CO02'],
  ])('checks the app before the input: %s %j → %i %s', async (prefix, body, code, error) => {
    expect(await put('general', body, prefix)).toMatchObject({ status: code, body: { code: error } });
  });

  it('has no live write (404 CB_NF01), and asks for a password or a page session (401 CB_WA01)', async () => {
    const body = { app: 1, notifyToCommenter: false };
    expect(await call('PUT', '/k/v1/app/notifications/general.json', body)).toMatchObject({
      status: 404,
      body: { code: 'CB_NF01' },
    });
    const path = '/k/v1/preview/app/notifications/general.json';
    const refused: Array<Record<string, string>> = [{}, { 'x-cybozu-authorization': 'd3Jvbmc6d3Jvbmc=' }];
    for (const headers of refused) {
      expect(await call('PUT', path, body, headers)).toMatchObject({ status: 401, body: { code: 'CB_WA01' } });
    }
    expect((await read(`${path}?app=1`)).notifyToCommenter).toBe(true);
    const session = { 'X-Requested-With': 'XMLHttpRequest' };
    expect((await call('PUT', path, body, session)).status).toBe(200);
    expect((await call('POST', '/k/v1/plugin.json', { fileKey: 'x' }, session)).status).toBe(401);
    expect((await call('PUT', path, undefined)).body.code).toBe('CB_IJ01');
  });
});

describe('deploy', () => {
  const settings = async (prefix: string, app: number) =>
    Promise.all(
      ['general', 'perRecord', 'reminder'].map((k) => read(`${prefix}app/notifications/${k}.json?app=${app}`)),
    );

  it('answers PROCESSING, then SUCCESS and live equals pre-live', async () => {
    await put('general', { app: 4, notifications: [recipient('GROUP', 'reception')], revision: '9' });
    const live = await settings('/k/v1/', 4);
    const preview = await settings('/k/v1/preview/', 4);
    expect(preview).not.toEqual(live);
    expect(await call('POST', '/k/v1/preview/app/deploy.json', { apps: [{ app: 4, revision: '10' }] })).toEqual({
      status: 200,
      body: {},
    });
    expect(await read('/k/v1/preview/app/deploy.json?apps[0]=4')).toEqual({
      apps: [{ app: '4', status: 'PROCESSING' }],
    });
    expect(await settings('/k/v1/', 4)).toEqual(live);
    expect(await status(4)).toBe('SUCCESS');
    expect(await settings('/k/v1/', 4)).toEqual(preview);
    expect(await status(4)).toBe('SUCCESS');
  });

  it('fails under deploy=fail (server-wide or per page) and changes nothing live', async () => {
    const live = await settings('/k/v1/', 4);
    standIn.setScenario({ deploy: 'fail' });
    expect((await call('POST', '/k/v1/preview/app/deploy.json', { apps: [{ app: 4 }] })).status).toBe(200);
    expect([await status(4), await status(4), await status(4)]).toEqual(['PROCESSING', 'FAIL', 'FAIL']);
    expect(await settings('/k/v1/', 4)).toEqual(live);
    standIn.resetScenario();
    const page = { ...PASSWORD, 'x-standin-deploy': 'fail' };
    await call('POST', '/k/v1/preview/app/deploy.json', { apps: [{ app: 4 }, { app: 1 }] }, page);
    await status(4);
    expect(await read('/k/v1/preview/app/deploy.json?apps[0]=4&apps[1]=1')).toEqual({
      apps: [
        { app: '4', status: 'FAIL' },
        { app: '1', status: 'CANCEL' },
      ],
    });
    expect(await settings('/k/v1/', 4)).toEqual(live);
  });

  it('refuses a stale revision (409 GAIA_CO02), answers SUCCESS for an app never deployed (a guess), and reverts', async () => {
    const live = await settings('/k/v1/', 4);
    const stale = await call('POST', '/k/v1/preview/app/deploy.json', { apps: [{ app: 4, revision: 8 }] });
    expect(stale).toMatchObject({ status: 409, body: { code: 'GAIA_CO02' } });
    expect(await status(4)).toBe('SUCCESS');
    expect(await settings('/k/v1/', 4)).toEqual(live);
    expect((await read('/k/guest/7/v1/preview/app/deploy.json?apps[0]=2')).apps).toEqual([
      { app: '2', status: 'SUCCESS' },
    ]);
    await call('POST', '/k/v1/preview/app/deploy.json', { apps: [{ app: 4, revision: '9' }], revert: true });
    expect([await status(4), await status(4)]).toEqual(['PROCESSING', 'SUCCESS']);
    expect(await settings('/k/v1/preview/', 4)).toEqual(live);
    expect(await settings('/k/v1/', 4)).toEqual(live);
  });
});

describe('write log and reset', () => {
  it('logs every write to /k/, accepted or refused, and no read', async () => {
    await read('/k/v1/preview/app/notifications/general.json?app=7');
    await put('general', { app: 7, notifyToCommenter: true, revision: '1' });
    await put('general', { app: 7, notifyToCommenter: true, revision: '1' });
    await call('POST', '/k/v1/preview/app/deploy.json', { apps: [{ app: 6 }] });
    await call('PUT', '/k/v1/app/notifications/reminder.json', { app: 7 }, {});
    const general = '/k/v1/preview/app/notifications/general.json';
    expect(standIn.writes).toEqual([
      {
        method: 'PUT',
        path: general,
        body: { app: 7, notifyToCommenter: true, revision: '1' },
        status: 200,
        revision: '2',
      },
      {
        method: 'PUT',
        path: general,
        body: { app: 7, notifyToCommenter: true, revision: '1' },
        status: 409,
        code: 'GAIA_CO02',
      },
      {
        method: 'POST',
        path: '/k/v1/preview/app/deploy.json',
        body: { apps: [{ app: 6 }] },
        status: 403,
        code: 'CB_NO02',
      },
      { method: 'PUT', path: '/k/v1/app/notifications/reminder.json', body: { app: 7 }, status: 401, code: 'CB_WA01' },
    ]);
  });

  it('resetApps() restores the sample apps and clears deployments and the log', async () => {
    const original = await settings7();
    await put('general', { app: 7, notifications: [recipient('USER', 'sato')] });
    await call('POST', '/k/v1/preview/app/deploy.json', { apps: [{ app: 7 }] });
    await status(7);
    await status(7);
    expect(await settings7()).not.toEqual(original);
    standIn.resetApps();
    expect(await settings7()).toEqual(original);
    expect(standIn.writes).toEqual([]);
    await call('POST', '/k/v1/preview/app/deploy.json', { apps: [{ app: 7 }] });
    standIn.resetApps();
    expect(await status(7)).toBe('SUCCESS');
  });
  const settings7 = async () =>
    Promise.all(['', 'preview/'].map((p) => read(`/k/v1/${p}app/notifications/general.json?app=7`)));
});
