// @vitest-environment node
// The kintone stand-in speaks kintone's wire format and error contract, injects failures on request, and
// serves pages that load a plugin zip the way kintone does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM modules without types
import { startStandIn } from '../../stand-in/server.mjs';
import { buildTestPlugin } from './support/test-plugin';

let standIn: { url: string; close(): Promise<void> };
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${standIn.url}${path}`, { headers });
const json = async (path: string, headers?: Record<string, string>) => {
  const response = await get(path, headers);
  return { status: response.status, body: await response.json() };
};

beforeAll(async () => {
  const zipPath = join(mkdtempSync(join(tmpdir(), 'knm-standin-')), 'plugin.zip');
  writeFileSync(zipPath, await buildTestPlugin());
  standIn = await startStandIn({ port: 0, zipPath });
});
afterAll(() => standIn.close());

describe('REST endpoints', () => {
  it('answers general notification settings in kintone’s wire format, live and pre-live', async () => {
    const live = await json('/k/v1/app/notifications/general.json?app=4');
    const preview = await json('/k/v1/preview/app/notifications/general.json?app=4');
    expect(live.status).toBe(200);
    expect(Object.keys(live.body).sort()).toEqual(['notifications', 'notifyToCommenter', 'revision']);
    expect(Object.keys(live.body.notifications[0]).sort()).toEqual(
      ['commentAdded', 'entity', 'fileImported', 'includeSubs', 'recordAdded', 'recordEdited', 'statusChanged'].sort(),
    );
    expect(typeof live.body.revision).toBe('string');
    expect(preview.body.revision).not.toBe(live.body.revision);
  });

  it('serves a guest-space app only through its guest path', async () => {
    expect((await json('/k/guest/7/v1/app/notifications/general.json?app=2')).status).toBe(200);
    expect(await json('/k/v1/app/notifications/general.json?app=2')).toMatchObject({
      status: 400,
      body: { code: 'GAIA_IL23' },
    });
  });

  it.each([
    ['/k/v1/app/notifications/general.json?app=6', 403, 'CB_NO02'],
    ['/k/v1/app/notifications/general.json?app=999', 404, 'GAIA_AP01'],
    ['/k/v1/app/notifications/general.json', 400, 'CB_VA01'],
    ['/k/v1/app/notifications/general.json?app=abc', 400, 'CB_VA01'],
    ['/k/v1/app.json?app=1', 400, 'CB_VA01'],
  ])('%s → %i %s with id and message', async (path, status, code) => {
    const answer = await json(path);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code, id: expect.any(String), message: expect.any(String) });
  });

  it('reads form fields (with the built-in Created by), status and app info', async () => {
    const fields = await json('/k/v1/app/form/fields.json?app=3');
    expect(fields.body.properties.Created_by).toMatchObject({ type: 'CREATOR', label: 'Created by' });
    expect((await json('/k/v1/app/status.json?app=8')).body.enable).toBe(false);
    expect((await json('/k/v1/app.json?id=1')).body).toMatchObject({ appId: '1', name: expect.any(String) });
  });

  it('filters the User API by codes, caps it at 100, and can refuse like for non-administrators', async () => {
    const users = await json('/v1/users.json?codes[0]=sato&codes[1]=nobody');
    expect(users.body.users.map((u: { code: string }) => u.code)).toEqual(['sato']);
    const many = Array.from({ length: 101 }, (_, i) => `codes[${i}]=u${i}`).join('&');
    expect((await json(`/v1/users.json?${many}`)).status).toBe(400);
    expect((await json('/v1/groups.json?codes[0]=reception', { 'x-standin-user-api': 'forbidden' })).status).toBe(403);
  });
});

describe('the domain (apps.json and the generated apps)', () => {
  it('lists the sample and generated apps by id, 100 at a time, and refuses a limit over 100 or filters it lacks', async () => {
    const pages = await Promise.all([0, 100, 200, 300].map((offset) => json(`/k/v1/apps.json?offset=${offset}`)));
    const ids = pages.flatMap((page) => page.body.apps.map((app: { appId: string }) => Number(app.appId)));
    expect(pages.map((page) => page.body.apps.length)).toEqual([100, 100, 100, 32]);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(332);
    expect(Object.keys(pages[0].body.apps[0]).sort()).toEqual([
      'appId',
      'code',
      'createdAt',
      'creator',
      'description',
      'modifiedAt',
      'modifier',
      'name',
      'spaceId',
      'threadId',
    ]);
    expect((await json('/k/v1/apps.json?limit=101')).body.code).toBe('CB_VA01');
    expect((await json('/k/v1/apps.json?limit=0')).body.code).toBe('CB_VA01');
    expect((await json('/k/v1/apps.json?name=Sales')).body.code).toBe('CB_VA01');
    // A page may ask for more generated apps (the bench's 500).
    const more = await json('/k/v1/apps.json?offset=500', { 'x-standin-query': 'apps=600' });
    expect(more.body.apps.length).toBe(100);
  });

  it('answers a generated app like a sample: refused, guest-space and pending ones included', async () => {
    expect((await json('/k/v1/app/notifications/general.json?app=1007')).body.code).toBe('CB_NO02');
    expect((await json('/k/v1/app/notifications/general.json?app=1003')).body.code).toBe('GAIA_IL23');
    expect((await json('/k/guest/7/v1/app/notifications/general.json?app=1003')).status).toBe(200);
    const live = await json('/k/v1/app/notifications/general.json?app=1011');
    const preview = await json('/k/v1/preview/app/notifications/general.json?app=1011');
    expect(preview.body.revision).not.toBe(live.body.revision);
    expect((await json('/k/v1/app/notifications/general.json?app=3001')).body.code).toBe('GAIA_AP01');
  });
});

describe('per-record and reminder notification settings', () => {
  interface Target {
    entity: { type: string; code: string };
    includeSubs: boolean;
  }
  interface PerRecordNotification {
    filterCond: string;
    title: string;
    targets: Target[];
  }
  interface ReminderNotification extends PerRecordNotification {
    timing: { code: string; daysLater: string; hoursLater?: string; time?: string };
  }

  const expectTargets = (targets: Target[]) => {
    expect(Array.isArray(targets)).toBe(true);
    for (const target of targets) {
      expect(Object.keys(target).sort()).toEqual(['entity', 'includeSubs']);
      expect(Object.keys(target.entity).sort()).toEqual(['code', 'type']);
      expect(typeof target.entity.type).toBe('string');
      expect(typeof target.entity.code).toBe('string');
      expect(typeof target.includeSubs).toBe('boolean');
    }
  };
  const expectPerRecord = (body: { notifications: PerRecordNotification[]; revision: unknown }) => {
    expect(Object.keys(body).sort()).toEqual(['notifications', 'revision']);
    expect(typeof body.revision).toBe('string');
    for (const n of body.notifications) {
      expect(Object.keys(n).sort()).toEqual(['filterCond', 'targets', 'title']);
      expect(typeof n.filterCond).toBe('string');
      expect(typeof n.title).toBe('string');
      expectTargets(n.targets);
    }
  };
  const expectReminder = (body: { notifications: ReminderNotification[]; timezone: unknown; revision: unknown }) => {
    expect(Object.keys(body).sort()).toEqual(['notifications', 'revision', 'timezone']);
    expect(typeof body.revision).toBe('string');
    expect(body.timezone === null || typeof body.timezone === 'string').toBe(true);
    for (const n of body.notifications) {
      expect(Object.keys(n).sort()).toEqual(['filterCond', 'targets', 'timing', 'title']);
      expect(typeof n.timing.code).toBe('string');
      expect(n.timing.daysLater).toMatch(/^-?\d+$/);
      // Exactly one of hoursLater (a string) and time ("HH:MM", 10-minute steps).
      expect('hoursLater' in n.timing).not.toBe('time' in n.timing);
      if (n.timing.hoursLater !== undefined) expect(n.timing.hoursLater).toMatch(/^-?\d+$/);
      if (n.timing.time !== undefined) expect(n.timing.time).toMatch(/^([01]\d|2[0-3]):[0-5]0$/);
      expect(typeof n.filterCond).toBe('string');
      expect(typeof n.title).toBe('string');
      expectTargets(n.targets);
    }
  };
  const general = async (prefix: string, app: number) =>
    (await json(`${prefix}app/notifications/general.json?app=${app}`)).body.revision as string;

  it.each([
    ['live', '/k/v1/', 1],
    ['pre-live', '/k/v1/preview/', 1],
    ['live', '/k/v1/', 4],
    ['pre-live', '/k/v1/preview/', 4],
    ['guest live', '/k/guest/7/v1/', 2],
    ['guest pre-live', '/k/guest/7/v1/preview/', 2],
    ['live', '/k/v1/', 3],
    ['live', '/k/v1/', 7],
    ['live', '/k/v1/', 8],
    ['live', '/k/v1/', 9],
    ['pre-live', '/k/v1/preview/', 10],
  ])('answers both in kintone’s wire format (%s, %s, app %i) with the general revision', async (_, prefix, app) => {
    const perRecord = await json(`${prefix}app/notifications/perRecord.json?app=${app}`);
    const reminder = await json(`${prefix}app/notifications/reminder.json?app=${app}`);
    expect(perRecord.status).toBe(200);
    expect(reminder.status).toBe(200);
    expectPerRecord(perRecord.body);
    expectReminder(reminder.body);
    const revision = await general(prefix, app);
    expect(perRecord.body.revision).toBe(revision);
    expect(reminder.body.revision).toBe(revision);
  });

  it('serves the team app’s samples: conditions, recipients, date and datetime timings, Asia/Tokyo', async () => {
    const perRecord = (await json('/k/v1/app/notifications/perRecord.json?app=1')).body;
    expect(perRecord.notifications.map((n: PerRecordNotification) => n.filterCond)).toEqual([
      'Status in ("Done")',
      'Amount > 1000000 and Priority in ("High")',
    ]);
    expect(perRecord.notifications[1].targets).toContainEqual({
      entity: { type: 'ORGANIZATION', code: 'sales' },
      includeSubs: true,
    });
    const reminder = (await json('/k/v1/app/notifications/reminder.json?app=1')).body;
    expect(reminder.timezone).toBe('Asia/Tokyo');
    expect(reminder.notifications.map((n: ReminderNotification) => n.timing)).toEqual([
      { code: 'Due_date', daysLater: '-1', time: '09:00' },
      { code: 'Customer_visit', daysLater: '0', hoursLater: '-2' },
    ]);
    const fields = (await json('/k/v1/app/form/fields.json?app=1')).body.properties;
    expect(fields.Due_date).toMatchObject({ type: 'DATE' });
    expect(fields.Customer_visit).toMatchObject({ type: 'DATETIME' });
  });

  it('answers a null time zone where a sample says so, and for apps without reminder data (never set up)', async () => {
    expect((await json('/k/v1/app/notifications/reminder.json?app=7')).body).toMatchObject({
      notifications: [],
      timezone: null,
    });
    expect((await json('/k/v1/app/notifications/perRecord.json?app=7')).body.notifications).toEqual([]);
    expect((await json('/k/v1/app/notifications/reminder.json?app=8')).body.timezone).toBeNull();
    expect((await json('/k/v1/app/notifications/reminder.json?app=10')).body).toMatchObject({
      notifications: [],
      timezone: null,
    });
  });

  it('differs between live and pre-live for the pending app, and pre-live defaults to live elsewhere', async () => {
    for (const kind of ['perRecord', 'reminder']) {
      const live = (await json(`/k/v1/app/notifications/${kind}.json?app=4`)).body;
      const preview = (await json(`/k/v1/preview/app/notifications/${kind}.json?app=4`)).body;
      expect(preview.notifications).not.toEqual(live.notifications);
      const team = (await json(`/k/v1/app/notifications/${kind}.json?app=1`)).body;
      const teamPreview = (await json(`/k/v1/preview/app/notifications/${kind}.json?app=1`)).body;
      expect(teamPreview).toEqual(team);
    }
  });

  it.each(['perRecord', 'reminder'])('%s: kintone’s error contract like the general endpoint', async (kind) => {
    const path = `app/notifications/${kind}.json`;
    for (const [url, status, code] of [
      [`/k/v1/${path}?app=6`, 403, 'CB_NO02'],
      [`/k/v1/preview/${path}?app=6`, 403, 'CB_NO02'],
      [`/k/v1/${path}?app=2`, 400, 'GAIA_IL23'],
      [`/k/v1/preview/${path}?app=2`, 400, 'GAIA_IL23'],
      [`/k/guest/8/v1/${path}?app=2`, 400, 'GAIA_IL26'],
      [`/k/guest/7/v1/${path}?app=1`, 400, 'GAIA_IL26'],
      [`/k/v1/${path}?app=999`, 404, 'GAIA_AP01'],
      [`/k/v1/${path}`, 400, 'CB_VA01'],
      [`/k/v1/${path}?app=abc`, 400, 'CB_VA01'],
    ] as const) {
      const answer = await json(url);
      expect({ url, status: answer.status }).toEqual({ url, status });
      expect(answer.body).toMatchObject({ code, id: expect.any(String), message: expect.any(String) });
    }
  });

  it('generates 50 per-record notifications and 50 reminders with 20 recipients each for the large app', async () => {
    const perRecord = (await json('/k/v1/app/notifications/perRecord.json?app=5')).body;
    const reminder = (await json('/k/v1/app/notifications/reminder.json?app=5')).body;
    expectPerRecord(perRecord);
    expectReminder(reminder);
    expect(perRecord.notifications).toHaveLength(50);
    expect(reminder.notifications).toHaveLength(50);
    const general5 = (await json('/k/v1/app/notifications/general.json?app=5')).body;
    const recipients = new Set(
      general5.notifications.map((n: Target) => `${n.entity.type}:${n.entity.code}:${n.includeSubs}`),
    );
    const fields = (await json('/k/v1/app/form/fields.json?app=5')).body.properties;
    for (const n of [...perRecord.notifications, ...reminder.notifications] as PerRecordNotification[]) {
      expect(n.targets).toHaveLength(20);
      const keys = n.targets.map((t) => `${t.entity.type}:${t.entity.code}:${t.includeSubs}`);
      expect(new Set(keys).size).toBe(20);
      for (const key of keys) expect(recipients.has(key)).toBe(true);
    }
    for (const n of reminder.notifications as ReminderNotification[]) {
      expect(fields[n.timing.code]).toMatchObject({ type: 'DATE' });
    }
    expect(perRecord.revision).toBe(general5.revision);
    // Deterministic: a second server generates the same settings.
    const again = await startStandIn({ port: 0 });
    const other = await (await fetch(`${again.url}/k/v1/app/notifications/reminder.json?app=5`)).json();
    await again.close();
    expect(other).toEqual(reminder);
  });

  it('the sample conditions and timings only use fields of the form, except where a sample says otherwise', async () => {
    const fieldsOf = async (app: number) =>
      (await json(`/k/v1/app/form/fields.json?app=${app}`)).body.properties as Record<string, { type: string }>;
    const team = await fieldsOf(1);
    for (const code of ['Status', 'Amount', 'Priority']) expect(team[code]).toBeDefined();
    const fields3 = await fieldsOf(3);
    const reminder3 = (await json('/k/v1/app/notifications/reminder.json?app=3')).body;
    const codes = reminder3.notifications.map((n: ReminderNotification) => n.timing.code);
    expect(codes.filter((c: string) => !fields3[c])).toEqual(['Return_date']);
    expect(codes.filter((c: string) => fields3[c]?.type === 'SINGLE_LINE_TEXT')).toEqual(['Title']);
    expect(fields3.Old_priority).toBeUndefined();
    const fields8 = await fieldsOf(8);
    expect(fields8.Assignee).toMatchObject({ type: 'STATUS_ASSIGNEE', label: 'Assignee' });
    const perRecord8 = (await json('/k/v1/app/notifications/perRecord.json?app=8')).body;
    expect(perRecord8.notifications[0]).toMatchObject({ filterCond: '', title: '' });
  });
});

describe('failure injection', () => {
  const path = '/k/v1/app/notifications/general.json?app=1';

  it('delays answers by the requested latency', async () => {
    const start = performance.now();
    await get(path, { 'x-standin-latency': '150' });
    expect(performance.now() - start).toBeGreaterThanOrEqual(145);
  });

  it('answers 429 and 503 with a non-JSON page, or with kintone’s JSON error body when given a code', async () => {
    for (const status of ['429', '503']) {
      const busy = await get(path, { 'x-standin-fail': status });
      expect(busy.status).toBe(Number(status));
      await expect(busy.clone().json()).rejects.toThrow();
    }
    const withCode = await json(path, { 'x-standin-fail': '503', 'x-standin-fail-code': 'GAIA_DA02' });
    expect(withCode).toMatchObject({ status: 503, body: { code: 'GAIA_DA02' } });
  });

  it('answers 429 and 503 with JSON without a kintone code under failBody=json, unless given a code', async () => {
    for (const status of ['429', '503']) {
      const answer = await json(path, { 'x-standin-fail': status, 'x-standin-fail-body': 'json' });
      expect(answer).toEqual({ status: Number(status), body: { message: 'Service Unavailable' } });
    }
    const withCode = { 'x-standin-fail': '503', 'x-standin-fail-body': 'json', 'x-standin-fail-code': 'GAIA_DA02' };
    expect(await json(path, withCode)).toMatchObject({ status: 503, body: { code: 'GAIA_DA02' } });
  });

  it('busy=N refuses exactly the first N reads of each app with GAIA_TO04 (429), then answers', async () => {
    const page = { 'x-standin-busy': '2', 'x-standin-page': 'busy-n' };
    const busy = {
      status: 429,
      body: {
        code: 'GAIA_TO04',
        id: expect.any(String),
        message: 'The number of concurrent API requests exceeds the limit.',
      },
    };
    expect(await json(path, page)).toEqual(busy);
    // Counted per app, not per path: app 1's second read is refused on another endpoint.
    expect(await json('/k/v1/app/notifications/perRecord.json?app=1', page)).toEqual(busy);
    expect((await json(path, page)).status).toBe(200);
    expect((await json('/k/v1/app/notifications/perRecord.json?app=1', page)).status).toBe(200);
    // Another app, and the same app for another page, start their own count.
    const app3 = '/k/v1/app/notifications/general.json?app=3';
    expect(await json(app3, page)).toEqual(busy);
    expect(await json(app3, page)).toEqual(busy);
    expect((await json(app3, page)).status).toBe(200);
    expect(await json(path, { ...page, 'x-standin-page': 'busy-n-other' })).toEqual(busy);
    // A read that names no app is never refused by this switch.
    expect((await json('/k/v1/apps.json', { ...page, 'x-standin-page': 'busy-n-apps' })).status).toBe(200);
  });

  it('reset clears the busy counts (busy from the server options and setScenario)', async () => {
    const server = await startStandIn({ port: 0, scenario: { busy: 1 } });
    try {
      const read = async (headers: Record<string, string> = {}) =>
        (await fetch(`${server.url}${path}`, { headers })).json();
      expect(await read()).toMatchObject({ code: 'GAIA_TO04' });
      expect(await read()).toMatchObject({ revision: expect.any(String) });
      const page = { 'x-standin-busy': '1', 'x-standin-page': 'busy-reset' };
      expect(await read(page)).toMatchObject({ code: 'GAIA_TO04' });
      expect(await read(page)).toMatchObject({ revision: expect.any(String) });
      server.setScenario({ busy: 1 });
      expect(await read()).toMatchObject({ code: 'GAIA_TO04' });
      expect(await read(page)).toMatchObject({ code: 'GAIA_TO04' });
      server.resetScenario();
      expect(await read(page)).toMatchObject({ code: 'GAIA_TO04' });
      expect(await read()).toMatchObject({ revision: expect.any(String) });
    } finally {
      await server.close();
    }
  });

  it('answers 403 and 404 with kintone’s JSON error body, only on the path named by failPath', async () => {
    const perRecord = '/k/v1/app/notifications/perRecord.json?app=1';
    const reminder = '/k/v1/app/notifications/reminder.json?app=1';
    const forbidden = { 'x-standin-fail': '403', 'x-standin-fail-code': 'CB_NO02', 'x-standin-fail-path': 'perRecord' };
    expect(await json(perRecord, forbidden)).toMatchObject({
      status: 403,
      body: { code: 'CB_NO02', id: expect.any(String), message: expect.any(String) },
    });
    expect((await json('/k/v1/preview/app/notifications/perRecord.json?app=1', forbidden)).status).toBe(403);
    expect((await json(reminder, forbidden)).status).toBe(200);
    expect((await json(path, forbidden)).status).toBe(200);

    const missing = { 'x-standin-fail': '404', 'x-standin-fail-path': 'reminder' };
    expect(await json(reminder, missing)).toMatchObject({ status: 404, body: { code: 'CB_NF01' } });
    expect((await json(perRecord, missing)).status).toBe(200);
    const named = { ...missing, 'x-standin-fail-code': 'GAIA_AP01' };
    expect(await json(reminder, named)).toMatchObject({ status: 404, body: { code: 'GAIA_AP01' } });
    expect((await json(reminder, { 'x-standin-fail': '403' })).body.code).toBe('CB_NO02');
  });

  it('counts `times` for the new statuses like for 429 and 503', async () => {
    const headers = { 'x-standin-fail': '403:1', 'x-standin-fail-path': 'perRecord', 'x-standin-page': 'times-403' };
    const perRecord = '/k/v1/app/notifications/perRecord.json?app=1';
    expect((await json(perRecord, headers)).status).toBe(403);
    expect((await json(perRecord, headers)).status).toBe(200);
  });

  it('still answers unknown fail statuses with 429', async () => {
    expect((await get(path, { 'x-standin-fail': '500' })).status).toBe(429);
  });

  it('drops connections and sends malformed bodies', async () => {
    await expect(get(path, { 'x-standin-drop': '1' })).rejects.toThrow();
    await expect(get(path, { 'x-standin-drop': 'midbody' }).then((r) => r.text())).rejects.toThrow();
    const truncated = await get(path, { 'x-standin-malformed': 'truncated' });
    await expect(truncated.json()).rejects.toThrow();
    const wrong = await json(path, { 'x-standin-malformed': 'wrongShape' });
    expect(typeof wrong.body.revision).toBe('number');
  });

  it('can hang until the client gives up', async () => {
    const request = fetch(`${standIn.url}${path}`, {
      headers: { 'x-standin-hang': '1' },
      signal: AbortSignal.timeout(300),
    });
    await expect(request).rejects.toThrow(/timeout|aborted/i);
  });
});

describe('pages', () => {
  it('loads the plugin like kintone: config html, then css, the kintone global, then js in manifest order', async () => {
    const html = await (await get('/k/admin/app/1/plugin/config?app=1')).text();
    const order = ['<div id="test-root">', '/stand-in/kintone.js', '/plugin/js/a.js', '/plugin/js/b.js'].map((s) =>
      html.indexOf(s),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toContain('<link rel="stylesheet" href="/plugin/css/c.css">');
    expect(html).not.toMatch(/<script>(?!<)/); // nothing inline
    expect(await (await get('/plugin/js/b.js')).text()).toBe('window.__b = window.__a + 1;');
  });

  it('sends a strict CSP on request and escapes app names', async () => {
    const strict = await get('/k/admin/app/9/plugin/config?app=9&csp=strict');
    expect(strict.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await strict.text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x');
  });

  it('tells the developer to build when the zip is missing', async () => {
    const bare = await startStandIn({ port: 0, zipPath: join(tmpdir(), 'no-such-plugin.zip') });
    const response = await fetch(`${bare.url}/k/admin/app/1/plugin/config?app=1`);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('npm run build');
    await bare.close();
  });
});

describe('person lens: User API memberships and the department tree', () => {
  interface Organization {
    id: string;
    code: string;
    name: string;
    parentCode: string | null;
  }
  interface OrganizationTitle {
    organization: Organization;
    title: { id: string; code: string; name: string; description: string } | null;
  }
  const userCode = (code: string) => encodeURIComponent(code);
  const organizationsOf = async (code: string) =>
    (await json(`/v1/user/organizations.json?code=${userCode(code)}`)).body.organizationTitles as OrganizationTitle[];
  const groupsOf = async (code: string) =>
    ((await json(`/v1/user/groups.json?code=${userCode(code)}`)).body.groups as Array<{ code: string }>).map(
      (g) => g.code,
    );
  const organizations = async (...codes: string[]) =>
    (await json(`/v1/organizations.json?${codes.map((c, i) => `codes[${i}]=${userCode(c)}`).join('&')}`)).body
      .organizations as Organization[];

  it('answers a user’s groups (roles) in the Group shape, the built-in Everyone last', async () => {
    const answer = await json('/v1/user/groups.json?code=watanabe');
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body)).toEqual(['groups']);
    for (const group of answer.body.groups) {
      expect(Object.keys(group).sort()).toEqual(['code', 'description', 'id', 'name']);
      for (const key of ['code', 'description', 'id', 'name']) expect(typeof group[key]).toBe('string');
    }
    expect(answer.body.groups.map((g: { code: string }) => g.code)).toEqual([
      'auditors',
      'partner-support',
      'everyone',
    ]);
    expect(await groupsOf('emoji-🎉-👩‍💻')).toEqual(['everyone']);
  });

  it('answers a user’s departments with their job title, or null where they have none', async () => {
    const answer = await json('/v1/user/organizations.json?code=watanabe');
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body)).toEqual(['organizationTitles']);
    const titles = answer.body.organizationTitles as OrganizationTitle[];
    for (const entry of titles) {
      expect(Object.keys(entry).sort()).toEqual(['organization', 'title']);
      expect(Object.keys(entry.organization).sort()).toEqual(['code', 'id', 'name', 'parentCode']);
    }
    expect(titles).toEqual([
      { organization: { id: '7', code: 'sales-west', name: 'West Japan', parentCode: 'sales' }, title: null },
      {
        organization: { id: '8', code: 'hr', name: 'Human Resources', parentCode: 'company' },
        title: { id: '1', code: 'manager', name: 'Manager', description: '' },
      },
    ]);
    expect((await organizationsOf('ito')).map((t) => t.organization.code)).toEqual(['shinjuku-office']);
    expect(await organizationsOf('emoji-🎉-👩‍💻')).toEqual([]);
    // A stopped user keeps their departments.
    expect((await organizationsOf('kobayashi.left')).map((t) => t.organization.code)).toEqual(['shinjuku-office']);
  });

  it.each([
    ['an unknown user', 'ghost.user'],
    ['a guest, who is not in the directory', 'guest/alice@partner.example'],
  ])('answers CB_VA01 on `code` for %s', async (_, code) => {
    for (const kind of ['groups', 'organizations']) {
      const answer = await json(`/v1/user/${kind}.json?code=${userCode(code)}`);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'CB_VA01',
        id: expect.any(String),
        message: expect.any(String),
        errors: { code: { messages: [expect.stringContaining(code)] } },
      });
    }
  });

  it('answers CB_VA01 without a login name', async () => {
    for (const path of ['/v1/user/groups.json', '/v1/user/organizations.json?code=']) {
      expect(await json(path)).toMatchObject({ status: 400, body: { code: 'CB_VA01', errors: { code: {} } } });
    }
  });

  it('refuses every User API read under the userApi=forbidden switch, and knows no other user/ path', async () => {
    const forbidden = { 'x-standin-user-api': 'forbidden' };
    for (const path of [
      '/v1/user/groups.json?code=sato',
      '/v1/user/organizations.json?code=sato',
      '/v1/user/groups.json?code=ghost.user',
      '/v1/organizations.json?codes[0]=sales',
      '/v1/users.json?codes[0]=sato',
    ]) {
      expect({ path, ...(await json(path, forbidden)) }).toMatchObject({
        path,
        status: 403,
        body: { code: 'CB_NO02', id: expect.any(String), message: expect.any(String) },
      });
    }
    expect(await json('/v1/user/services.json?code=sato')).toMatchObject({ status: 404, body: { code: 'CB_NF01' } });
  });

  it('answers parentCode (a code or null) on every organization, generated ones included', async () => {
    const found = await organizations('sales', 'company', "{{constructor.constructor('window.__pwned=1')()}}");
    expect(found.map((o) => [o.code, o.parentCode])).toEqual([
      ['sales', 'company'],
      ['company', null],
      ["{{constructor.constructor('window.__pwned=1')()}}", null],
    ]);
    const all = (await json('/v1/organizations.json')).body.organizations as Organization[];
    for (const o of all) expect(o.parentCode === null || typeof o.parentCode === 'string').toBe(true);
    expect((await organizations('organization-00004'))[0]).toMatchObject({ parentCode: null });
  });

  it('nests departments five levels deep, and has one cycle that no user or app uses', async () => {
    const all = (await json('/v1/organizations.json')).body.organizations as Organization[];
    const parentOf = new Map(all.map((o) => [o.code, o.parentCode]));
    const chain = (code: string) => {
      const seen: string[] = [];
      for (let at: string | null | undefined = code; at && !seen.includes(at); at = parentOf.get(at)) seen.push(at);
      return seen;
    };
    expect(chain('shinjuku-office')).toEqual(['shinjuku-office', 'tokyo-branch', 'sales-east', 'sales', 'company']);
    expect(parentOf.get('loop-a')).toBe('loop-b');
    expect(parentOf.get('loop-b')).toBe('loop-a');
    // Every other department reaches a root.
    for (const o of all.filter((e) => !e.code.startsWith('loop-'))) {
      expect(parentOf.get(chain(o.code).at(-1) as string)).toBeNull();
    }
    const users = (await json('/v1/users.json')).body.users as Array<{ code: string }>;
    for (const { code } of users) {
      expect((await organizationsOf(code)).map((t) => t.organization.code)).not.toContain('loop-a');
      expect((await organizationsOf(code)).map((t) => t.organization.code)).not.toContain('loop-b');
    }
    for (let app = 1; app <= 11; app++) {
      const prefix = app === 2 ? '/k/guest/7/v1/' : '/k/v1/';
      if (app === 6) continue;
      for (const path of ['app/notifications/general.json', 'app/acl.json']) {
        expect(JSON.stringify((await json(`${prefix}${path}?app=${app}`)).body)).not.toMatch(/loop-[ab]/);
      }
    }
  });

  it('answers valid: false for stopped users, and nothing for a guest code', async () => {
    const users = (await json('/v1/users.json?codes[0]=retired.yamada&codes[1]=kobayashi.left&codes[2]=ito')).body
      .users;
    expect(users.map((u: { code: string; valid: boolean }) => [u.code, u.valid])).toEqual([
      ['retired.yamada', false],
      ['kobayashi.left', false],
      ['ito', true],
    ]);
    expect((await json('/v1/users.json?codes[0]=guest/alice@partner.example')).body.users).toEqual([]);
  });

  it('keeps every membership pointing at a known department, title and group', async () => {
    const users = (await json('/v1/users.json')).body.users as Array<{ code: string }>;
    for (const { code } of users) {
      expect((await json(`/v1/user/organizations.json?code=${userCode(code)}`)).status).toBe(200);
      expect((await json(`/v1/user/groups.json?code=${userCode(code)}`)).status).toBe(200);
      const titles = await organizationsOf(code);
      for (const t of titles)
        expect(t.organization).toMatchObject({ code: expect.any(String), name: expect.any(String) });
      for (const t of titles) if (t.title) expect(t.title.name).toEqual(expect.any(String));
      const groups = (await json(`/v1/user/groups.json?code=${userCode(code)}`)).body.groups;
      for (const g of groups) expect(g).toMatchObject({ code: expect.any(String), name: expect.any(String) });
    }
  });
});

describe('app and record permissions', () => {
  interface AppRight {
    entity: { type: string; code: string | null };
    includeSubs: boolean;
    [permission: string]: unknown;
  }
  interface RecordRight {
    filterCond: string;
    entities: Array<{
      entity: { type: string; code: string };
      viewable: boolean;
      editable: boolean;
      deletable: boolean;
      includeSubs: boolean;
    }>;
  }
  const PERMISSIONS = [
    'appEditable',
    'recordViewable',
    'recordAddable',
    'recordEditable',
    'recordDeletable',
    'recordImportable',
    'recordExportable',
  ];
  const expectAppRights = (rights: AppRight[]) => {
    expect(Array.isArray(rights)).toBe(true);
    for (const right of rights) {
      expect(Object.keys(right).sort()).toEqual(['entity', 'includeSubs', ...PERMISSIONS].sort());
      expect(Object.keys(right.entity).sort()).toEqual(['code', 'type']);
      expect(['USER', 'GROUP', 'ORGANIZATION', 'CREATOR']).toContain(right.entity.type);
      if (right.entity.type === 'CREATOR') expect(right.entity.code).toBeNull();
      else expect(typeof right.entity.code).toBe('string');
      for (const p of PERMISSIONS) expect(typeof right[p]).toBe('boolean');
      // kintone: includeSubs only for departments; edit/delete need view, import needs add.
      if (right.includeSubs) expect(right.entity.type).toBe('ORGANIZATION');
      if (right.recordEditable || right.recordDeletable) expect(right.recordViewable).toBe(true);
      if (right.recordImportable) expect(right.recordAddable).toBe(true);
    }
    // Everyone always has the lowest priority.
    const everyone = rights.findIndex((r) => r.entity.type === 'GROUP' && r.entity.code === 'everyone');
    if (everyone !== -1) expect(everyone).toBe(rights.length - 1);
  };
  const expectRecordRights = (rights: RecordRight[]) => {
    expect(Array.isArray(rights)).toBe(true);
    for (const rule of rights) {
      expect(Object.keys(rule).sort()).toEqual(['entities', 'filterCond']);
      expect(typeof rule.filterCond).toBe('string');
      for (const e of rule.entities) {
        expect(Object.keys(e).sort()).toEqual(['deletable', 'editable', 'entity', 'includeSubs', 'viewable']);
        expect(['USER', 'GROUP', 'ORGANIZATION', 'FIELD_ENTITY']).toContain(e.entity.type);
        expect(typeof e.entity.code).toBe('string');
        if (e.editable || e.deletable) expect(e.viewable).toBe(true);
      }
    }
  };
  const general = async (prefix: string, app: number) =>
    (await json(`${prefix}app/notifications/general.json?app=${app}`)).body.revision as string;

  it.each([
    ['live', '/k/v1/', 1],
    ['pre-live', '/k/v1/preview/', 1],
    ['guest live', '/k/guest/7/v1/', 2],
    ['guest pre-live', '/k/guest/7/v1/preview/', 2],
    ['live', '/k/v1/', 3],
    ['live', '/k/v1/', 4],
    ['pre-live', '/k/v1/preview/', 4],
    ['live', '/k/v1/', 5],
    ['live', '/k/v1/', 7],
    ['pre-live', '/k/v1/preview/', 10],
    ['live', '/k/v1/', 11],
    ['pre-live', '/k/v1/preview/', 11],
  ])('answers both in kintone’s wire format (%s, %s, app %i) with the general revision', async (_, prefix, app) => {
    const acl = await json(`${prefix}app/acl.json?app=${app}`);
    const recordAcl = await json(`${prefix}record/acl.json?app=${app}`);
    expect(acl.status).toBe(200);
    expect(recordAcl.status).toBe(200);
    expect(Object.keys(acl.body).sort()).toEqual(['revision', 'rights']);
    expect(Object.keys(recordAcl.body).sort()).toEqual(['revision', 'rights']);
    expectAppRights(acl.body.rights);
    expectRecordRights(recordAcl.body.rights);
    const revision = await general(prefix, app);
    expect(acl.body.revision).toBe(revision);
    expect(recordAcl.body.revision).toBe(revision);
  });

  it('answers kintone’s permissions for a new app where a sample has none, and no record permissions', async () => {
    const acl = (await json('/k/v1/app/acl.json?app=7')).body.rights as AppRight[];
    expect(acl).toEqual([
      {
        entity: { type: 'CREATOR', code: null },
        includeSubs: false,
        ...Object.fromEntries(PERMISSIONS.map((p) => [p, true])),
      },
      {
        entity: { type: 'GROUP', code: 'everyone' },
        includeSubs: false,
        appEditable: false,
        recordViewable: true,
        recordAddable: true,
        recordEditable: true,
        recordDeletable: true,
        recordImportable: false,
        recordExportable: false,
      },
    ]);
    expect((await json('/k/v1/record/acl.json?app=7')).body.rights).toEqual([]);
  });

  it('serves the samples: a user denied above the group that allows, a guest, one record rule', async () => {
    const team = (await json('/k/v1/app/acl.json?app=1')).body.rights as AppRight[];
    expect(team.map((r) => `${r.entity.type}:${r.entity.code}`)).toEqual([
      'USER:suzuki',
      'GROUP:sales-managers',
      'ORGANIZATION:sales',
      'CREATOR:null',
      'GROUP:everyone',
    ]);
    expect(PERMISSIONS.some((p) => team[0][p])).toBe(false);
    expect(team[1].recordViewable).toBe(true);
    // suzuki is in the group the next row allows.
    expect(
      ((await json('/v1/user/groups.json?code=suzuki')).body.groups as Array<{ code: string }>).map((g) => g.code),
    ).toContain('sales-managers');
    expect(team[2]).toMatchObject({ includeSubs: true, recordViewable: true, recordEditable: false });
    expect(PERMISSIONS.some((p) => team[4][p])).toBe(false);

    const guest = (await json('/k/guest/7/v1/app/acl.json?app=2')).body.rights as AppRight[];
    expect(guest.filter((r) => r.entity.code?.startsWith('guest/')).map((r) => r.recordViewable)).toEqual([
      true,
      false,
    ]);

    const records = (await json('/k/v1/record/acl.json?app=3')).body.rights as RecordRight[];
    expect(records).toHaveLength(1);
    expect(records[0].filterCond).toBe('Title like "confidential"');
    const fields = (await json('/k/v1/app/form/fields.json?app=3')).body.properties;
    for (const e of records[0].entities.filter((x) => x.entity.type === 'FIELD_ENTITY')) {
      expect(fields[e.entity.code]).toBeDefined();
    }
    expect(records[0].entities.find((e) => e.entity.code === 'Department')).toMatchObject({ includeSubs: true });
  });

  it.each(['app/acl.json', 'record/acl.json'])(
    '%s: kintone’s error contract like the settings endpoints',
    async (path) => {
      for (const [url, status, code] of [
        [`/k/v1/${path}?app=6`, 403, 'CB_NO02'],
        [`/k/v1/preview/${path}?app=6`, 403, 'CB_NO02'],
        [`/k/v1/${path}?app=2`, 400, 'GAIA_IL23'],
        [`/k/v1/preview/${path}?app=2`, 400, 'GAIA_IL23'],
        [`/k/guest/8/v1/${path}?app=2`, 400, 'GAIA_IL26'],
        [`/k/guest/7/v1/${path}?app=1`, 400, 'GAIA_IL26'],
        [`/k/v1/${path}?app=999`, 404, 'GAIA_AP01'],
        [`/k/v1/${path}`, 400, 'CB_VA01'],
        [`/k/v1/${path}?app=abc`, 400, 'CB_VA01'],
      ] as const) {
        const answer = await json(url);
        expect({ url, status: answer.status }).toEqual({ url, status });
        expect(answer.body).toMatchObject({ code, id: expect.any(String), message: expect.any(String) });
      }
    },
  );

  /** The departments a user is in, each with its ancestors (a cycle stops the walk). */
  const reachOf = async () => {
    const all = (await json('/v1/organizations.json')).body.organizations as Array<{
      code: string;
      parentCode: string | null;
    }>;
    const parentOf = new Map(all.map((o) => [o.code, o.parentCode]));
    const users = (await json('/v1/users.json')).body.users as Array<{ code: string; valid: boolean }>;
    const people = new Map<string, { direct: string[]; above: string[]; groups: string[]; valid: boolean }>();
    for (const { code, valid } of users) {
      const titles = (await json(`/v1/user/organizations.json?code=${encodeURIComponent(code)}`)).body
        .organizationTitles as Array<{ organization: { code: string } }>;
      const direct = titles.map((t) => t.organization.code);
      const above: string[] = [];
      for (const d of direct) {
        for (let at = parentOf.get(d); at && !above.includes(at) && !direct.includes(at); at = parentOf.get(at)) {
          above.push(at);
        }
      }
      const groups = (await json(`/v1/user/groups.json?code=${encodeURIComponent(code)}`)).body.groups as Array<{
        code: string;
      }>;
      people.set(code, { direct, above, groups: groups.map((g) => g.code), valid });
    }
    const matches = (user: string, entity: { type: string; code: string | null }, includeSubs: boolean) => {
      const p = people.get(user);
      if (!p) return false;
      if (entity.type === 'USER') return entity.code === user;
      if (entity.type === 'GROUP') return p.groups.includes(entity.code as string);
      if (entity.type === 'ORGANIZATION') {
        return p.direct.includes(entity.code as string) || (includeSubs && p.above.includes(entity.code as string));
      }
      return entity.type === 'CREATOR' && user === 'sato'; // app.json: every sample app was created by sato
    };
    return { people, matches };
  };

  it('decides app 1’s permissions by the first matching row: a user denied above the group that allows', async () => {
    const rights = (await json('/k/v1/app/acl.json?app=1')).body.rights as AppRight[];
    const { people, matches } = await reachOf();
    const decided = (user: string) => {
      const row = rights.find((r) => matches(user, r.entity, r.includeSubs));
      return row && { row: `${row.entity.type}:${row.entity.code}`, view: row.recordViewable };
    };
    expect(Object.fromEntries([...people.keys()].map((u) => [u, decided(u)]))).toMatchObject({
      suzuki: { row: 'USER:suzuki', view: false }, // in sales-managers, which the next row allows
      sato: { row: 'GROUP:sales-managers', view: true }, // above the CREATOR row
      tanaka: { row: 'ORGANIZATION:sales', view: true },
      ito: { row: 'ORGANIZATION:sales', view: true }, // three levels below Sales Division
      'retired.yamada': { row: 'ORGANIZATION:sales', view: true },
      kimura: { row: 'GROUP:everyone', view: false },
      'hr-lead': { row: 'GROUP:everyone', view: false },
    });
  });

  describe('app 11 “Department reach”: who is notified, and which row decides whether they may view', () => {
    interface Row {
      entity: { type: string; code: string };
      includeSubs: boolean;
      [trigger: string]: unknown;
    }
    it('reaches departments at each level with and without sub-departments, and a group', async () => {
      const rows = (await json('/k/v1/app/notifications/general.json?app=11')).body.notifications as Row[];
      const { people, matches } = await reachOf();
      const reached = (row: Row) => [...people.keys()].filter((u) => matches(u, row.entity, row.includeSubs)).sort();
      const byKey = Object.fromEntries(
        rows.map((r) => [`${r.entity.code}${r.includeSubs ? '+subs' : ''}`, reached(r)]),
      );
      expect(byKey).toEqual({
        company: [], // nobody is directly in the root, and its sub-departments are not included
        'sales-east+subs': ['ito', 'kobayashi.left', 'retired.yamada', 'suzuki', 'tanaka'],
        'tokyo-branch': ['retired.yamada', 'suzuki'], // not Shinjuku Office below it
        hr: ['hr-lead', 'kimura', 'watanabe'], // watanabe's second department
        'sales-west+subs': ['watanabe'],
        auditors: ['hr-lead', 'watanabe'],
      });
      expect(people.get('kobayashi.left')?.valid).toBe(false);
      expect(people.get('retired.yamada')?.valid).toBe(false);
    });

    it('decides viewing by the first matching row: a department denied above its parent allowed', async () => {
      const rights = (await json('/k/v1/app/acl.json?app=11')).body.rights as AppRight[];
      expect(rights.filter((r) => r.entity.type === 'ORGANIZATION' && r.includeSubs)).toHaveLength(2);
      const { people, matches } = await reachOf();
      const decidingRow = (user: string) => {
        const row = rights.find((r) => matches(user, r.entity, r.includeSubs));
        return row && { row: `${row.entity.type}:${row.entity.code}`, view: row.recordViewable };
      };
      const decided = Object.fromEntries([...people.keys()].map((u) => [u, decidingRow(u)]));
      expect(decided).toMatchObject({
        ito: { row: 'ORGANIZATION:tokyo-branch', view: false }, // 5 levels deep, notified, may not view
        suzuki: { row: 'ORGANIZATION:tokyo-branch', view: false },
        tanaka: { row: 'ORGANIZATION:sales', view: true },
        watanabe: { row: 'ORGANIZATION:sales', view: true }, // West Japan before HR
        kimura: { row: 'ORGANIZATION:hr', view: true },
        'hr-lead': { row: 'ORGANIZATION:hr', view: true },
        sato: { row: 'ORGANIZATION:sales', view: true }, // before the CREATOR row
        'emoji-🎉-👩‍💻': { row: 'GROUP:everyone', view: false }, // in no department
      });
    });
  });
});
