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
