// The view across apps below the browser: the request queue (cap, order, cancel), the app list's paging, one
// app's reads (refused, guest space), and the rows' sorting, filtering and a person's reach.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installKintone, routes } from './support/fake-kintone';
import { healthyApp, n } from './support/fixtures';
import { listApps, requestQueue, scanApp, shareOf } from '../../src/api/apps';
import { arrangeApps, reachIn, type AppRow } from '../../src/model/apps';
import { scanTime, storedScan } from '../../src/ui/apps/apps-scan';
import type { PersonFacts } from '../../src/model/person';
import { parseNotificationSettings } from '../../src/api/validate';

const tick = () => new Promise((resolve) => setTimeout(resolve));

/** A kintone whose answers wait until the test releases them, in any order. */
function heldKintone() {
  const held: Array<{ url: string; release: () => void }> = [];
  const { calls } = installKintone(
    (call) => new Promise((resolve) => held.push({ url: call.url, release: () => resolve({ ok: call.url }) })),
  );
  return { calls, held };
}

describe('requestQueue', () => {
  it('keeps at most six in flight and starts the next as one answers', async () => {
    const { calls, held } = heldKintone();
    const queue = requestQueue();
    const all = Array.from({ length: 10 }, (_, i) => queue.get(`/k/v1/r${i}.json`, {}, { guestAware: false }));
    await tick();
    expect(calls).toHaveLength(6);
    held[0].release();
    await tick();
    expect(calls).toHaveLength(7);
    for (let i = 1; i < 10; i++) {
      held[i]?.release();
      await tick();
    }
    await expect(Promise.all(all)).resolves.toHaveLength(10);
  });

  it('starts follow-up reads before other apps’ first reads', async () => {
    const { calls, held } = heldKintone();
    const queue = requestQueue(undefined, 1);
    const reads = [
      queue.get('/k/v1/a.json', {}, { guestAware: false }),
      queue.get('/k/v1/b.json', {}, { guestAware: false }),
      queue.first('/k/v1/a2.json', {}, { guestAware: false }),
    ];
    for (let i = 0; i < 3; i++) {
      await tick();
      held[i].release();
    }
    await Promise.all(reads);
    expect(calls.map((c) => c.url)).toEqual(['/k/v1/a.json', '/k/v1/a2.json', '/k/v1/b.json']);
  });

  it('lets follow-up reads jump the queue; Cancel drops what would start another app, not them', async () => {
    const { calls, held } = heldKintone();
    const queue = requestQueue(undefined, 1);
    const first = queue.get('/k/v1/a.json', {}, { guestAware: false });
    const other = queue.get('/k/v1/b.json', {}, { guestAware: false });
    await tick();
    const followUp = queue.first('/k/v1/a2.json', {}, { guestAware: false });
    queue.cancel();
    await expect(other).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(queue.get('/k/v1/c.json', {}, { guestAware: false })).rejects.toMatchObject({ code: 'CANCELLED' });
    held[0].release();
    await first;
    await tick();
    held[1].release();
    await followUp;
    expect(calls.map((c) => c.url)).toEqual(['/k/v1/a.json', '/k/v1/a2.json']);
  });
});

describe('pacing by the domain', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes min(6, limit − running − 5) of the domain, never fewer than 1, six when kintone says no numbers', () => {
    expect(shareOf({ limit: 100, running: 0 })).toBe(6);
    expect(shareOf({ limit: 100, running: 93 })).toBe(2);
    expect(shareOf({ limit: 100, running: 99 })).toBe(1);
    expect(shareOf({ limit: 100, running: 250 })).toBe(1);
    expect(shareOf({ limit: 'x', running: 3 } as never)).toBe(6);
  });

  it('asks before another app, at most once a second, and keeps its share in flight', async () => {
    const { calls, held } = heldKintone();
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const load = { limit: 100, running: 93 };
    let asked = 0;
    Object.assign(kintone.api, {
      getConcurrencyLimit: () => {
        asked++;
        return Promise.resolve({ ...load });
      },
    });
    const shares: number[] = [];
    const queue = requestQueue((share) => shares.push(share));
    const reads = Array.from({ length: 6 }, (_, i) => queue.get(`/k/v1/a${i}.json`, {}, { guestAware: false }));
    await tick();
    // Asked once before the first app: 93 of 100 taken by others leaves two.
    expect([asked, shares, calls.length]).toEqual([1, [2], 2]);
    // A follow-up of an app started does not wait for the domain, but takes a place of the share.
    const followUp = queue.first('/k/v1/a0-more.json', {}, { guestAware: false });
    held[0].release();
    await tick();
    expect(calls.map((c) => c.url).slice(2)).toEqual(['/k/v1/a0-more.json']);
    expect(asked).toBe(1);
    // Another app within the second: no new question. A second later: asked again, and never below one.
    held[1].release();
    await tick();
    expect([asked, calls.length]).toEqual([1, 4]);
    now = 1000;
    load.running = 120;
    held[2].release();
    await tick();
    expect([asked, shares]).toEqual([2, [2, 1]]);
    for (let i = 3; i < 8; i++) {
      held[i]?.release();
      await tick();
    }
    await Promise.all([...reads, followUp]);
    expect(calls).toHaveLength(7);
  });
});

describe('pacing when kintone does not answer', () => {
  it('keeps its share and goes on when getConcurrencyLimit never answers', async () => {
    const { calls, held } = heldKintone();
    Object.assign(kintone.api, { getConcurrencyLimit: () => new Promise(() => undefined) });
    const queue = requestQueue(() => undefined);
    const read = queue.get('/k/v1/a.json', {}, { guestAware: false });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(calls).toHaveLength(1);
    held[0].release();
    await read;
  });
});

describe('listApps', () => {
  it('pages through apps.json 100 at a time until a short page, skipping entries of another shape', async () => {
    const page = (from: number, count: number) => ({
      apps: Array.from({ length: count }, (_, i) => ({
        appId: String(from + i),
        name: `App ${from + i}`,
        spaceId: null,
      })),
    });
    const { calls } = installKintone((call) => {
      const offset = Number(call.params.offset);
      if (offset === 0) return page(1, 100);
      if (offset === 100) return { apps: [...page(101, 98).apps, { appId: 7 }] };
      throw new Error('read past the end');
    });
    const apps = await listApps();
    expect(calls.map((c) => c.params)).toEqual([
      { limit: 100, offset: 0 },
      { limit: 100, offset: 100 },
    ]);
    expect(apps).toHaveLength(198);
    expect(apps[0]).toEqual({ id: '1', name: 'App 1', space: undefined });
  });
});

describe('scanApp', () => {
  it('reads an app in eight requests, the live general settings first', async () => {
    const { calls } = installKintone(routes(healthyApp()));
    const read = await scanApp({ id: '1', name: 'A' }, requestQueue());
    expect('settings' in read && read.settings.live.revision).toBeTruthy();
    expect(calls).toHaveLength(8);
    expect(calls[0].url).toBe('/k/v1/app/notifications/general.json');
    expect(calls.every((c) => c.method === 'GET' && c.params.app === '1')).toBe(true);
  });

  it('costs one request for an app that refuses its first read, and keeps the reason', async () => {
    const { calls } = installKintone(() => {
      throw { code: 'CB_NO02', id: 'x', message: 'No privilege.' };
    });
    const read = await scanApp({ id: '6', name: 'HR' }, requestQueue());
    expect('error' in read && read.error.code).toBe('CB_NO02');
    expect(calls).toHaveLength(1);
  });

  it('reads an app in a guest space under its space after GAIA_IL23, and only then', async () => {
    const answers = routes(healthyApp());
    const { calls } = installKintone((call) => {
      if (!call.url.startsWith('/k/guest/7/')) throw { code: 'GAIA_IL23', id: 'x', message: 'guest space' };
      return answers({ ...call, url: call.url.replace('/k/guest/7/', '/k/') });
    });
    const read = await scanApp({ id: '2', name: 'Guest', space: '7' }, requestQueue());
    expect('space' in read && read.space).toBe('7');
    expect(calls.map((c) => c.url.startsWith('/k/guest/7/'))).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    // Without a space in the list, GAIA_IL23 is the app's reason: nothing is guessed.
    const unlisted = await scanApp({ id: '2', name: 'Guest' }, requestQueue());
    expect('error' in unlisted && unlisted.error.code).toBe('GAIA_IL23');
  });
});

/** General settings naming these recipients, each on Record added only, as the panel parses kintone's answer. */
const settings = (entities: Array<[string, string]>) =>
  parseNotificationSettings({
    notifications: entities.map(([type, code]) => n(type, code, '10000')),
    notifyToCommenter: false,
    revision: '1',
  });

describe('the rows', () => {
  const rows: AppRow[] = [
    { id: '3', name: 'Leave 14', recipients: 2, notifications: 2, findings: 0, pending: false },
    { id: '1', name: 'Leave 102', recipients: 5, notifications: 1, findings: 3, pending: true },
    { id: '2', name: 'Sales', error: 'CB_NO02' },
  ];

  it('keep kintone’s order until sorted; sort numbers and names naturally, apps not read last either way by their counts', () => {
    expect(arrangeApps(rows, '', null).map((r) => r.id)).toEqual(['3', '1', '2']);
    expect(arrangeApps(rows, '', { column: 'name', dir: 'asc' }).map((r) => r.id)).toEqual(['3', '1', '2']);
    expect(arrangeApps(rows, '', { column: 'name', dir: 'desc' }).map((r) => r.id)).toEqual(['2', '1', '3']);
    expect(arrangeApps(rows, '', { column: 'findings', dir: 'desc' }).map((r) => r.id)).toEqual(['1', '3', '2']);
    expect(arrangeApps(rows, '', { column: 'pending', dir: 'asc' }).map((r) => r.id)).toEqual(['3', '1', '2']);
    expect(arrangeApps(rows, ' leave ', null).map((r) => r.id)).toEqual(['3', '1']);
    expect(arrangeApps(rows, '2', null).map((r) => r.id)).toEqual(['1', '2']);
  });

  it('reach a person by the best of their notifications; an unread app is unknown', () => {
    const person: PersonFacts = {
      code: 'yamada',
      guest: false,
      groups: ['sales'],
      organizations: [],
      parents: new Map(),
    };
    const app = (entities: Array<[string, string]>, perRecord: Array<[string, string]> = []): AppRow => ({
      id: '1',
      name: 'A',
      live: [
        settings(entities),
        [
          {
            title: 'New',
            filterCond: '',
            targets: perRecord.map(([type, code]) => ({ type, code, includeSubs: false })),
          },
        ],
        [],
      ] as AppRow['live'],
    });
    expect(reachIn(person, app([['GROUP', 'sales']], [['USER', 'yamada']]))).toMatchObject({ reach: 'direct' });
    const viaGroup = reachIn(
      person,
      app([
        ['USER', 'sato'],
        ['GROUP', 'sales'],
      ]),
    );
    expect(viaGroup).toMatchObject({ reach: 'group', via: 'sales' });
    expect(viaGroup.lines.map((l) => l.key)).toEqual(['recordAdded']);
    expect(reachIn(person, app([['USER', 'sato']]))).toMatchObject({ reach: 'none', lines: [] });
    expect(reachIn(person, rows[2]).reach).toBe('unknown');
    // Two ways in equally good: the first notification's (Record added through sales, then Per-record #1 through east).
    const twoGroups = app([['GROUP', 'sales']], [['GROUP', 'east']]);
    expect(reachIn({ ...person, groups: ['east', 'sales'] }, twoGroups)).toMatchObject({
      reach: 'group',
      via: 'sales',
    });
  });
});

describe('the scan kept for the session', () => {
  it('is taken back only in its own shape: anything else is no scan, never a broken view', () => {
    sessionStorage.setItem('knm-apps', JSON.stringify({ at: 1, rows: [{ id: '1', name: 'A' }] }));
    expect(storedScan()?.rows).toHaveLength(1);
    for (const kept of [
      '{"at":1}',
      '{"rows":{}}',
      '{"at":"1","rows":[]}',
      '{"at":null,"rows":[]}',
      'not json',
      '[]',
      'null',
    ]) {
      sessionStorage.setItem('knm-apps', kept);
      expect(storedScan(), kept).toBeUndefined();
    }
    sessionStorage.removeItem('knm-apps');
  });
});

describe('scanTime', () => {
  it("writes when a scan ran in the user's kintone time zone, the same in either language", () => {
    installKintone(routes({}), { timezone: 'Asia/Tokyo' });
    expect(scanTime(Date.UTC(2026, 11, 5, 3, 56, 47))).toBe('2026-12-05 12:56');
    installKintone(routes({}), { timezone: 'America/Los_Angeles', language: 'ja' });
    expect(scanTime(Date.UTC(2026, 11, 5, 3, 56, 47))).toBe('2026-12-04 19:56');
  });

  it('falls back to UTC, said so, for a zone the browser does not know', () => {
    installKintone(routes({}), { timezone: 'Mars/Olympus_Mons' });
    expect(scanTime(Date.UTC(2026, 11, 5, 3, 56))).toBe('2026-12-05 03:56 UTC');
  });
});
