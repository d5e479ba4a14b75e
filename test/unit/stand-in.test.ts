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

  it('answers a null time zone where a sample says so, Asia/Tokyo for apps without reminder data', async () => {
    expect((await json('/k/v1/app/notifications/reminder.json?app=7')).body).toMatchObject({
      notifications: [],
      timezone: null,
    });
    expect((await json('/k/v1/app/notifications/perRecord.json?app=7')).body.notifications).toEqual([]);
    expect((await json('/k/v1/app/notifications/reminder.json?app=8')).body.timezone).toBeNull();
    expect((await json('/k/v1/app/notifications/reminder.json?app=10')).body).toMatchObject({
      notifications: [],
      timezone: 'Asia/Tokyo',
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
