import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installKintone, routes } from './support/fake-kintone';
import { healthyApp } from './support/fixtures';
import { mayManageApp } from '../../src/record-list/may-manage-app';
import { settingsPageUrl } from '../../src/record-list/settings-page-url';

const permissions = (editApp: boolean) => vi.fn(() => Promise.resolve({ addRecord: true, editApp }));

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

describe('mayManageApp', () => {
  it('asks kintone.app.getPermissions once per user, app and day, and no REST request at all', async () => {
    const asked = permissions(true);
    const { calls } = installKintone(routes(healthyApp()), { permissions: asked });
    expect(await mayManageApp('1')).toBe(true);
    expect(await mayManageApp('1')).toBe(true);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(0);
    // Another app, or another user of the same browser, is asked for separately.
    expect(await mayManageApp('2')).toBe(true);
    installKintone(routes(healthyApp()), { permissions: asked, user: 'suzuki' });
    expect(await mayManageApp('1')).toBe(true);
    expect(asked).toHaveBeenCalledTimes(3);
  });

  it('shows the link only on editApp: true, not on an answer without it', async () => {
    const asked = vi.fn(() => Promise.resolve({ addRecord: true } as { addRecord: boolean; editApp: boolean }));
    installKintone(routes(healthyApp()), { permissions: asked });
    expect(await mayManageApp('1')).toBe(false);
  });

  it('asks again the next day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 27, 23, 59));
    const asked = permissions(false);
    installKintone(routes(healthyApp()), { permissions: asked });
    expect(await mayManageApp('1')).toBe(false);
    expect(await mayManageApp('1')).toBe(false);
    vi.setSystemTime(new Date(2026, 10, 28, 0, 1));
    expect(await mayManageApp('1')).toBe(false);
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('without getPermissions, one read of the settings decides, without retries, and is cached', async () => {
    const { calls } = installKintone(routes(healthyApp()));
    expect(await mayManageApp('1')).toBe(true);
    expect(await mayManageApp('1')).toBe(true);
    expect(calls.map((c) => c.url)).toEqual(['https://example.cybozu.com/k/v1/app/notifications/general.json']);
  });

  it.each([
    ['refused (CB_NO02)', { code: 'CB_NO02', id: 'x', message: 'No privilege' }],
    ['busy (GAIA_TO04)', { code: 'GAIA_TO04', id: 'x', message: 'Busy' }],
    ['unreachable', new TypeError('Failed to fetch')],
  ])('a %s probe hides the button and is cached: one request, never retried', async (_, failure) => {
    const { calls } = installKintone(() => {
      throw failure;
    });
    expect(await mayManageApp('1')).toBe(false);
    expect(await mayManageApp('1')).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('a failing getPermissions counts as no', async () => {
    installKintone(routes(healthyApp()), { permissions: () => Promise.reject(new Error('not here')) });
    expect(await mayManageApp('1')).toBe(false);
  });

  it('ignores garbage in storage and asks', async () => {
    localStorage.setItem('knm:may-manage:1:sato', '{not json');
    const asked = permissions(true);
    installKintone(routes(healthyApp()), { permissions: asked });
    expect(await mayManageApp('1')).toBe(true);
    expect(asked).toHaveBeenCalledTimes(1);
  });
});

describe('settingsPageUrl', () => {
  it('points at the plug-in settings page of the app', () => {
    installKintone(routes({}));
    expect(settingsPageUrl('12', 'abc')).toBe('/k/admin/app/12/plugin/config?pluginId=abc');
  });

  it('uses the guest space path that kintone.api.url reports', () => {
    installKintone(routes({}), { spaceId: 7 });
    expect(settingsPageUrl('2', 'abc')).toBe('/k/guest/7/admin/app/2/plugin/config?pluginId=abc');
  });
});
