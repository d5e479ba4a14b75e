import { afterEach, describe, expect, it } from 'vitest';
import { installKintone, plainPath, routes, ORIGIN, type ApiCall } from './support/fake-kintone';
import { healthyApp, LIVE, PREVIEW } from './support/fixtures';
import { loadApp, loadDirectory, startSettingsWave } from '../../src/api/load';
import { requestPolicy } from '../../src/api/request';
import { ApiError } from '../../src/api/errors';
import { parseNotificationSettings } from '../../src/api/validate';
import { buildRows } from '../../src/model/rows';

const original = { ...requestPolicy };
afterEach(() => Object.assign(requestPolicy, original));

/** One wave with every read settled (the panel's loader waits for the optional ones only briefly). */
async function loadAppSettings(appId: string) {
  const { live, optional } = startSettingsWave(appId);
  const [liveSettings, preview, liveFields, previewFields, liveProcess, previewProcess] = await Promise.all([
    live,
    optional.preview,
    optional.fields.live,
    optional.fields.preview,
    optional.processEnabled.live,
    optional.processEnabled.preview,
  ]);
  return {
    live: liveSettings,
    preview,
    fields: { live: liveFields, preview: previewFields },
    processEnabled: { live: liveProcess, preview: previewProcess },
  };
}

describe('startSettingsWave', () => {
  it('issues every read in one parallel wave with the exact URL, method and params', async () => {
    const pending: Array<() => void> = [];
    const answers = routes(healthyApp());
    // Hold every answer until all six calls have been made: a waterfall would deadlock here.
    const { calls } = installKintone((call) => new Promise((resolve) => pending.push(() => resolve(answers(call)))));
    const loading = loadAppSettings('1');
    await new Promise((r) => setTimeout(r, 10));
    expect(calls.map((c) => [c.url, c.method, c.params])).toEqual([
      [`${ORIGIN}/k/v1/app/notifications/general.json`, 'GET', { app: '1' }],
      [`${ORIGIN}/k/v1/preview/app/notifications/general.json`, 'GET', { app: '1' }],
      [`${ORIGIN}/k/v1/app/form/fields.json`, 'GET', { app: '1' }],
      [`${ORIGIN}/k/v1/preview/app/form/fields.json`, 'GET', { app: '1' }],
      [`${ORIGIN}/k/v1/app/status.json`, 'GET', { app: '1' }],
      [`${ORIGIN}/k/v1/preview/app/status.json`, 'GET', { app: '1' }],
      // Per-record and reminders come after the six the general matrix draws with.
      [`${ORIGIN}/k/v1/app/notifications/perRecord.json`, 'GET', { app: '1' }],
      [`${ORIGIN}/k/v1/preview/app/notifications/perRecord.json`, 'GET', { app: '1' }],
      [`${ORIGIN}/k/v1/app/notifications/reminder.json`, 'GET', { app: '1' }],
      [`${ORIGIN}/k/v1/preview/app/notifications/reminder.json`, 'GET', { app: '1' }],
    ]);
    pending.forEach((answer) => answer());
    const settings = await loading;
    expect(settings.live).toEqual(parseNotificationSettings(LIVE));
    expect(settings.preview).toEqual(parseNotificationSettings(PREVIEW));
    expect(settings.fields.live?.get('Department')?.label).toBe('Requesting department');
    expect(settings.processEnabled).toEqual({ live: true, preview: true });
  });

  it('reads a guest-space app through the paths kintone.api.url makes', async () => {
    const { calls } = installKintone(routes(healthyApp()), { spaceId: 7 });
    await loadAppSettings('1');
    expect(calls).toHaveLength(10);
    for (const call of calls) expect(call.url).toMatch(/^https:\/\/example\.cybozu\.com\/k\/guest\/7\/v1\//);
  });

  it('keeps going when optional reads fail, and fails when the live settings do', async () => {
    installKintone(
      routes(
        healthyApp({ '/k/v1/app.json': { code: 'CB_NO02' }, '/k/v1/preview/app/status.json': { code: 'GAIA_AP01' } }),
      ),
    );
    const settings = await loadAppSettings('1');
    expect(await loadApp('1')).toBeUndefined();
    expect(settings.processEnabled.preview).toBeUndefined();

    installKintone(
      routes(healthyApp({ '/k/v1/app/notifications/general.json': { code: 'CB_NO02', message: 'No privilege' } })),
    );
    await expect(loadAppSettings('1')).rejects.toMatchObject({ code: 'CB_NO02', kind: 'permission' });
  });

  it('retries busy answers twice with backoff, then gives up with a busy error', async () => {
    requestPolicy.retryDelaysMs = [5, 10];
    let attempts = 0;
    installKintone(
      routes(
        healthyApp({
          '/k/v1/app/notifications/general.json': () => {
            attempts++;
            throw { code: 'GAIA_DA02', message: 'Lock timeout' };
          },
        }),
      ),
    );
    await expect(loadAppSettings('1')).rejects.toMatchObject({ code: 'GAIA_DA02', kind: 'busy' });
    expect(attempts).toBe(3);

    attempts = 0;
    installKintone(
      routes(
        healthyApp({
          '/k/v1/app/notifications/general.json': () => {
            if (++attempts < 3) throw '<html>503 Service Unavailable</html>';
            return LIVE;
          },
        }),
      ),
    );
    expect((await loadAppSettings('1')).live.revision).toBe('12');
    expect(attempts).toBe(3);
  });

  it('abandons a read that never answers with TIMEOUT', async () => {
    requestPolicy.timeoutMs = 30;
    installKintone(routes(healthyApp({ '/k/v1/app/notifications/general.json': () => new Promise(() => undefined) })));
    const error = await loadAppSettings('1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'TIMEOUT', kind: 'timeout' });
  });

  it('turns a malformed live body into INVALID', async () => {
    installKintone(routes(healthyApp({ '/k/v1/app/notifications/general.json': { notifications: 'nope' } })));
    await expect(loadAppSettings('1')).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('loadApp', () => {
  it('reads app.json by id, guest-aware', async () => {
    const { calls } = installKintone(routes(healthyApp()), { spaceId: 7 });
    expect(await loadApp('1')).toEqual({ name: 'Sales team tasks', creator: 'sato' });
    expect(calls.map((c) => [c.url, c.params])).toEqual([[`${ORIGIN}/k/guest/7/v1/app.json`, { id: '1' }]]);
  });
});

describe('loadDirectory', () => {
  const codesAsked = (calls: ApiCall[], path: string) =>
    calls.filter((c) => plainPath(c.url) === path).map((c) => c.params.codes as string[]);

  it('asks the User API for each code once, 100 at most per request, never for guests', async () => {
    const many = {
      recipients: Array.from({ length: 250 }, (_, i) => ({
        type: 'USER',
        code: `user-${i}`,
        includeSubs: false,
        triggers: {
          recordAdded: true,
          recordEdited: false,
          commentAdded: false,
          statusChanged: false,
          fileImported: false,
        },
      })),
      notifyToCommenter: false,
      revision: '1',
    };
    const live = parseNotificationSettings(LIVE);
    const { calls } = installKintone(routes(healthyApp()));
    await loadDirectory([many, live, many]);
    const batches = codesAsked(calls, '/v1/users.json');
    expect(batches.map((b) => b.length).sort()).toEqual([100, 100, 52].sort());
    const asked = batches.flat();
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).toContain('sato');
    expect(asked.some((code) => code.startsWith('guest/'))).toBe(false);
    expect(codesAsked(calls, '/v1/groups.json')).toEqual([['sales-managers']]);
    for (const call of calls) expect(call.url.startsWith('/v1/')).toBe(true);
  });

  it('keeps codes quietly when the User API answers 403', async () => {
    installKintone(routes(healthyApp({ '/v1/users.json': { code: 'CB_NO02' } })));
    const directory = await loadDirectory([parseNotificationSettings(LIVE)]);
    expect(directory.USER).toBeUndefined();
    expect(directory.GROUP?.get('sales-managers')?.name).toBe('Sales managers');
    expect(directory.ORGANIZATION?.get('sales')?.name).toBe('Sales Division');
  });
});

describe('loadDirectory with an answer of an unexpected shape', () => {
  it('treats the names as unavailable, so nobody is flagged as unknown', async () => {
    installKintone(routes(healthyApp({ '/v1/users.json': { members: [{ code: 'sato', name: 'Sato' }] } })));
    const directory = await loadDirectory([parseNotificationSettings(LIVE)]);
    expect(directory.USER).toBeUndefined();
    const rows = buildRows(parseNotificationSettings(LIVE), { directory });
    expect(rows.filter((row) => row.flags.includes('NOT_IN_DIRECTORY'))).toEqual([]);
  });
});
