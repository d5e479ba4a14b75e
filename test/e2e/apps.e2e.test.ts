// The view across apps in Chromium on the built zip, against the stand-in's domain of 332 apps (12 sample
// apps and 320 generated ones, stand-in/apps/domain.mjs): the app list paged, the scan's cost and its cap of six
// requests in flight, Cancel, refused, pending and guest-space apps, a person across apps, and an offboarding
// with one app conflicting, then Update App per app.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { APPS, screenshot, setUpHarness, type StandInRequest } from './harness';
// @ts-expect-error plain ESM modules without types
import { mostInFlight } from '../../scripts/lib/apps-probe.mjs';

const h = setUpHarness();

const TOTAL = 332;
/** Generated apps by number (stand-in/apps/domain.mjs): id 1000 + n. */
const app = (n: number) => String(1000 + n);

const settingsReads = (requests: StandInRequest[]) =>
  requests.filter((r) => /\/v1\/(preview\/)?app\/(notifications|form|status)/.test(r.path));

/** The most requests the stand-in was answering at once. */
const inFlight = (requests: StandInRequest[]) =>
  mostInFlight(requests.map((r) => [r.startedAt, r.answeredAt])) as number;

async function openAllApps(page: Page) {
  await page.click('[data-apps-open]');
  await page.waitForSelector('[data-apps-scan]');
}

async function scan(page: Page) {
  await page.click('[data-apps-scan]');
  await page.waitForSelector('tr[data-app-id]', { timeout: 120_000 });
}

/** Forgets the requests so far: what follows is counted alone. */
const clearRequests = () => h.standIn.requests.splice(0);

const row = (page: Page, id: string | number) => page.locator(`tr[data-app-id="${id}"]`);

beforeEach(() => {
  h.standIn.resetApps();
  h.standIn.resetScenario();
  clearRequests();
});

describe('the app list and the scan', () => {
  it('reads only the app list (paged past 100) before Scan, states the cost, then reads every app', async () => {
    const page = await h.openConfig(APPS.team);
    clearRequests();
    await openAllApps(page);
    const lists = h.standIn.requests.filter((r) => r.path.endsWith('/apps.json'));
    expect(lists.map((r) => [r.query?.offset, r.query?.limit])).toEqual([
      ['0', '100'],
      ['100', '100'],
      ['200', '100'],
      ['300', '100'],
    ]);
    expect(settingsReads(h.standIn.requests)).toEqual([]);
    expect(await page.locator('.knm-apps-bar').first().textContent()).toContain(`${TOTAL} apps`);
    expect(await page.locator('.knm-apps-bar').first().textContent()).toContain(`${TOTAL * 8} reads`);

    await scan(page);
    expect(await page.locator('tr[data-app-id]').count()).toBe(TOTAL);
    // Eight reads per app managed; one for an app that refuses its first (and every other) settings read.
    const reads = settingsReads(h.standIn.requests);
    const perApp = (id: string) => reads.filter((r) => r.query?.app === id).length;
    expect(perApp('1')).toBe(8);
    expect(perApp(String(APPS.forbidden))).toBe(1);
    expect(h.standIn.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    await page.close();
  });

  it('keeps at most six requests in flight', async () => {
    const page = await h.openConfig(APPS.team, { latency: 20 });
    await openAllApps(page);
    clearRequests();
    await scan(page);
    const most = inFlight(h.standIn.requests);
    expect(most).toBeLessThanOrEqual(6);
    // …and does use them: a scan one request at a time would pass the cap too.
    expect(most).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it('keeps a refused app with its reason, marks pending apps, reads a guest-space app under its space', async () => {
    const page = await h.openConfig(APPS.team);
    await openAllApps(page);
    await scan(page);
    await expect(row(page, APPS.forbidden).getAttribute('data-error-code')).resolves.toBe('CB_NO02');
    expect(await row(page, APPS.forbidden).textContent()).toContain('CB_NO02');
    await expect(row(page, app(7)).getAttribute('data-error-code')).resolves.toBe('CB_NO02');
    await expect(row(page, APPS.pending).getAttribute('data-pending')).resolves.toBe('true');
    await expect(row(page, app(11)).getAttribute('data-pending')).resolves.toBe('true');
    await expect(row(page, APPS.team).getAttribute('data-pending')).resolves.toBe('false');
    // The guest-space app answered GAIA_IL23 on the plain path and was read under /k/guest/7/.
    await expect(row(page, APPS.guest).getAttribute('data-error-code')).resolves.toBeNull();
    await expect(row(page, APPS.guest).getAttribute('data-recipients')).resolves.toMatch(/^[1-9]\d*$/);
    expect(
      h.standIn.requests.some((r) => r.path.startsWith('/k/guest/7/v1/') && r.query?.app === String(APPS.guest)),
    ).toBe(true);
    // The team app's counts are the panel's own: recipients of its Everyone tab.
    const everyone = await page.locator('[data-kind-tab="everyone"]').textContent();
    expect(everyone).toContain(String(await row(page, APPS.team).getAttribute('data-recipients')));
    await screenshot(page, 'apps-table');
    await page.close();
  });

  it('Cancel keeps the apps read, says which were not, and sends nothing more for them', async () => {
    const page = await h.openConfig(APPS.team, { latency: 60 });
    await openAllApps(page);
    clearRequests();
    await page.click('[data-apps-scan]');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-apps-progress]')?.getAttribute('data-done')) >= 12,
    );
    await page.click('[data-apps-cancel]');
    await page.waitForSelector('tr[data-app-id]');
    const cancelled = await page.locator('tr[data-error-code="CANCELLED"]').count();
    const read = await page.locator('tr[data-app-id]:not([data-error-code])').count();
    expect(read).toBeGreaterThanOrEqual(12);
    expect(cancelled).toBeGreaterThan(TOTAL / 2);
    const sent = h.standIn.requests.length;
    await page.waitForTimeout(500);
    expect(h.standIn.requests.length).toBe(sent);
    // Every app read was read whole: eight reads each, and one more for an app in a guest space (the plain path
    // it refused first).
    const reads = settingsReads(h.standIn.requests);
    const readIds = await page.$$eval('tr[data-app-id]:not([data-error-code])', (rows) =>
      rows.map((r) => r.getAttribute('data-app-id')),
    );
    for (const id of readIds) {
      const own = reads.filter((r) => r.query?.app === id);
      expect(own.length, `app ${id}`).toBe(own.some((r) => r.path.startsWith('/k/guest/')) ? 9 : 8);
    }
    await page.close();
  });

  it('keeps the result for the session: reopening the page shows it without reading any app', async () => {
    const page = await h.openConfig(APPS.team);
    await openAllApps(page);
    await scan(page);
    await page.reload();
    await page.waitForSelector('.knm:not([aria-busy])');
    clearRequests();
    await page.click('[data-apps-open]');
    await page.waitForSelector('tr[data-app-id]');
    expect(await page.locator('tr[data-app-id]').count()).toBe(TOTAL);
    expect(await page.locator('[data-apps-scanned]').count()).toBe(1);
    expect(settingsReads(h.standIn.requests)).toEqual([]);
    // Rescan is explicit, and reads the list again: apps made since are scanned too.
    const before = await page.getAttribute('[data-apps-scanned]', 'data-apps-scanned');
    clearRequests();
    await page.click('[data-apps-scan]');
    await page.waitForSelector(`[data-apps-scanned]:not([data-apps-scanned="${before}"])`, { timeout: 120_000 });
    expect(h.standIn.requests.filter((r) => r.path.endsWith('/apps.json'))).toHaveLength(4);
    expect(settingsReads(h.standIn.requests).length).toBeGreaterThan(TOTAL);
    await page.close();
  });
});

describe('a scan on a shared domain', () => {
  it('with 93 of 100 concurrent requests taken by others, keeps at most two in flight and finishes', async () => {
    const page = await h.openConfig(APPS.team, { others: 93, apps: 40, latency: 20 });
    await openAllApps(page);
    clearRequests();
    await page.click('[data-apps-scan]');
    // Progress says the scan is held back by the domain.
    await page.waitForFunction(() => document.querySelector('.knm-apps-bar')?.textContent?.includes('domain is busy'));
    await page.waitForSelector('tr[data-app-id]', { timeout: 120_000 });
    expect(await page.locator('tr[data-app-id]').count()).toBe(52);
    expect(await page.locator('tr[data-error-code]').count()).toBe(
      await page.locator('tr[data-error-code="CB_NO02"]').count(),
    );
    // The app reads and the names looked up after them.
    const scanReads = h.standIn.requests;
    expect(inFlight(scanReads)).toBeLessThanOrEqual(2);
    // Asked before an app at most once a second (and at least once).
    const asked = await page.evaluate(() => (window as any).standinConcurrencyCalls as number);
    const seconds =
      (Math.max(...scanReads.map((r) => r.answeredAt)) - Math.min(...scanReads.map((r) => r.startedAt))) / 1000;
    expect(asked).toBeGreaterThanOrEqual(1);
    expect(asked).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    await page.close();
  });

  it('Rescan then Cancel keeps every app’s figures from the scan before, with that scan’s time', async () => {
    const page = await h.openConfig(APPS.team, { apps: 40, latency: 40 });
    await openAllApps(page);
    await scan(page);
    const figures = () =>
      page.$$eval('tr[data-app-id]', (rows) =>
        rows.map(
          (r) =>
            `${r.getAttribute('data-app-id')}:${r.getAttribute('data-recipients')}:${r.getAttribute('data-error-code')}`,
        ),
      );
    const before = await figures();
    const at = await page.getAttribute('[data-apps-scanned]', 'data-apps-scanned');
    await page.click('[data-apps-scan]');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-apps-progress]')?.getAttribute('data-done')) >= 3,
    );
    await page.click('[data-apps-cancel]');
    await page.waitForSelector(`[data-apps-scanned]:not([data-apps-scanned="${at}"])`);
    expect(await figures()).toEqual(before);
    expect(await page.locator('tr[data-error-code="CANCELLED"]').count()).toBe(0);
    // The apps the rescan did not redo say when they were read.
    expect(await page.locator(`[data-scanned-at="${at}"]`).count()).toBeGreaterThan(20);
    // …and so does the scan kept for the session.
    await page.reload();
    await page.waitForSelector('.knm:not([aria-busy])');
    await page.click('[data-apps-open]');
    expect(await figures()).toEqual(before);
    await page.close();
  });
});

describe('a person across apps, and their offboarding', () => {
  async function checkPerson(page: Page, code: string) {
    await page.fill('[data-apps-person-input]', code);
    await page.click('[data-apps-person-check]');
    await page.waitForSelector('tr[data-person-reach]');
  }

  it('says how the person is reached in each app, from one directory read of them', async () => {
    const page = await h.openConfig(APPS.team);
    await openAllApps(page);
    await scan(page);
    clearRequests();
    await checkPerson(page, 'retired.yamada');
    // n = 10 names them; n = 3 notifies group sales, which they are in; n = 1 sales-east and its sub-departments,
    // tokyo-branch among them; n = 2 only the Owner field; 7 is refused.
    await expect(row(page, app(10)).getAttribute('data-person-reach')).resolves.toBe('direct');
    await expect(row(page, app(3)).getAttribute('data-person-reach')).resolves.toBe('group');
    await expect(row(page, app(1)).getAttribute('data-person-reach')).resolves.toBe('organization');
    await expect(row(page, app(2)).getAttribute('data-person-reach')).resolves.toBe('field');
    await expect(row(page, app(7)).getAttribute('data-person-reach')).resolves.toBe('unknown');
    expect(await row(page, app(10)).textContent()).toContain('Per-record #1 New request');
    // One read of the person for every app: their user, groups and departments (and departments above).
    expect(h.standIn.requests.every((r) => r.path.startsWith('/v1/'))).toBe(true);
    expect(h.standIn.requests.filter((r) => r.path === '/v1/user/groups.json')).toHaveLength(1);
    // Click-through to that app's person lens.
    const href = await row(page, app(10)).locator('a[href*="#person="]').getAttribute('href');
    expect(href).toBe(`/k/admin/app/${app(10)}/plugin/config?pluginId=${await pluginId(page)}#person=retired.yamada`);
    await page.close();
  });

  it('replaces the person in every chosen app; a conflicting app loses nothing; Update App per app', async () => {
    const page = await h.openConfig(APPS.team);
    await openAllApps(page);
    await scan(page);
    await checkPerson(page, 'retired.yamada');
    // Support tickets 10, 50, 90, 130, 170, 250 and 290 name them directly (210 may not be managed).
    await page.fill('.knm-apps-bar input[type="search"]', 'Support tickets');
    const chosen = ['10', '50', '90', '130', '170', '250', '290'].map(Number).map(app);
    expect(
      await page.$$eval('[data-offboard-app]', (boxes) => boxes.map((b) => b.getAttribute('data-offboard-app'))),
    ).toEqual(chosen);
    await page.fill('[data-offboard-by]', 'tanaka');
    clearRequests();
    await page.click('[data-action="offboard-preview"]');
    await page.waitForSelector('[data-places]');
    // The preview reads each chosen app's three pre-live kinds afresh, and nothing else.
    const previewReads = h.standIn.requests.filter((r) => r.path.includes('/preview/app/notifications/'));
    expect(previewReads).toHaveLength(chosen.length * 3);
    expect(await page.$$eval('[data-places]', (items) => items.map((i) => i.getAttribute('data-places')))).toEqual(
      chosen.map(() => '2'),
    );
    expect(h.standIn.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    // Someone else saves app 1050's pre-live settings after the preview.
    expect(await anotherAdministratorSaves(app(50))).toBe(200);
    await page.click('.knm-offboard [data-action="save"]');
    await page.waitForSelector(`[data-app-id="${app(50)}"][data-write-result="conflict"]`);
    const outcomes = await page.$$eval('[data-places]', (items) =>
      items.map((i) => [i.getAttribute('data-app-id'), i.getAttribute('data-write-result')]),
    );
    expect(outcomes).toEqual(chosen.map((id) => [id, id === app(50) ? 'conflict' : 'saved']));
    for (const id of chosen.filter((saved) => saved !== app(50))) {
      expect(codes(await preLive(id, 'general'))).not.toContain('retired.yamada');
      expect(codes(await preLive(id, 'general'))).toContain('tanaka');
    }
    // The other administrator's save stands, and the person is still there to replace.
    const conflicted = await preLive(app(50), 'general');
    expect(conflicted.notifyToCommenter).toBe(false);
    expect(codes(conflicted)).toContain('retired.yamada');

    // Preview again (the apps saved keep their result) and save: app 1050 is done too, on top of the other save.
    await page.click('[data-action="offboard-preview"]');
    await page.waitForSelector(`[data-app-id="${app(50)}"][data-places="2"]:not([data-write-result])`);
    expect(await page.locator('[data-write-result="saved"]').count()).toBe(chosen.length - 1);
    await page.click('.knm-offboard [data-action="save"]');
    await page.waitForSelector(`[data-app-id="${app(50)}"][data-write-result="saved"]`);
    expect((await preLive(app(50), 'general')).notifyToCommenter).toBe(false);

    // Update App, confirmed, for each saved app.
    await page.click('.knm-offboard [data-action="update-app"]');
    await page.click('.knm-offboard [data-action="confirm"]');
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-write-result="deployed"]').length === count,
      chosen.length,
      { timeout: 30_000 },
    );
    // One deploy per app, each at the revision its own save answered.
    const deploys = h.standIn.writes.filter((w) => w.path.endsWith('/deploy.json'));
    expect(deploys.map((w) => w.body.apps[0].app).sort()).toEqual([...chosen].sort());
    for (const { body } of deploys)
      expect(body.apps[0].revision).toBe((await preLive(body.apps[0].app, 'general')).revision);
    await screenshot(page, 'apps-offboard');
    await page.close();
  });
});

describe('the whole handover', () => {
  async function checkLeaver(page: Page) {
    await openAllApps(page);
    await scan(page);
    await page.fill('[data-apps-person-input]', 'p.leaver');
    await page.click('[data-apps-person-check]');
    await page.waitForSelector('[data-offboard-app]');
  }
  const offered = (page: Page) =>
    page.$$eval('[data-offboard-app]', (boxes) => boxes.map((b) => b.getAttribute('data-offboard-app')));

  it('offers pre-live-only and condition-only apps, rewrites exact conditions, lists the others by hand', async () => {
    const page = await h.openConfig(APPS.team, { apps: 40 });
    await checkLeaver(page);
    // n = 4, 17, 30: pre-live only; n = 6, 23, 40: a condition it can rewrite; n = 8, 27: one it cannot.
    const ids = [4, 6, 8, 17, 23, 27, 30, 40].map(app);
    expect((await offered(page)).sort()).toEqual(ids.sort());
    expect(await row(page, app(4)).textContent()).toContain('pre-live only');
    expect(await row(page, app(6)).textContent()).toContain('in a condition');
    // Only three apps, to look at closely.
    for (const id of ids.filter((other) => ![app(4), app(6), app(8)].includes(other)))
      await page.uncheck(`[data-offboard-app="${id}"]`);
    await page.fill('[data-offboard-by]', 'p.new');
    await page.click('[data-action="offboard-preview"]');
    await page.waitForSelector(`.knm-offboard [data-app-id="${app(8)}"][data-places]`);
    const line = (id: string) => page.locator(`.knm-offboard [data-app-id="${id}"]`).textContent();
    expect(await line(app(6))).toContain('Owner');
    expect(await line(app(6))).not.toContain('change by hand');
    expect(await line(app(8))).toContain('change by hand');

    // A stopped user as the replacement: refused before any app is written.
    await page.fill('[data-offboard-by]', 'retired.yamada');
    await page.click('.knm-offboard [data-action="save"]');
    await page.waitForSelector('[data-offboard-refused]');
    expect(h.standIn.writes).toEqual([]);

    await page.fill('[data-offboard-by]', 'p.new');
    clearRequests();
    await page.click('.knm-offboard [data-action="save"]');
    await page.waitForSelector(`.knm-offboard [data-app-id="${app(6)}"][data-write-result="saved"]`);
    expect(codes(await preLive(app(4), 'general'))).not.toContain('p.leaver');
    expect(codes(await preLive(app(4), 'general'))).toContain('p.new');
    const conditionOf = async (id: string) =>
      (await preLive(id, 'perRecord')).notifications.map((n: { filterCond: string }) => n.filterCond);
    expect(await conditionOf(app(6))).toContain('Owner in ("p.new")');
    // Left as it was, and nothing written to that app.
    expect(await conditionOf(app(8))).toContain('Owner in ("p.leaver") and Title = "p.leaver"');
    expect(
      h.standIn.writes
        .map((w) => w.body?.app)
        .filter(Boolean)
        .sort(),
    ).toEqual([app(4), app(6)]);
    // The rows written are read again: the table shows what they name now (app 1006's pre-live no longer names
    // them, so it is no longer offered), and the offboarding keeps its results.
    await page.waitForSelector(`[data-offboard-app="${app(4)}"]`, { state: 'detached' });
    await page.waitForSelector(`[data-offboard-app="${app(6)}"]`, { state: 'detached' });
    expect(await page.getAttribute(`.knm-offboard [data-app-id="${app(6)}"]`, 'data-write-result')).toBe('saved');
    await screenshot(page, 'apps-handover');
    // Update App deploys both saved apps, though neither is offered any more: app 1006's live condition still
    // names the person until it is deployed.
    await page.click('.knm-offboard [data-action="update-app"]');
    await page.click('.knm-offboard [data-action="confirm"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-write-result="deployed"]').length === 2, null, {
      timeout: 30_000,
    });
    const deployed = h.standIn.writes.filter((w) => w.path.endsWith('/deploy.json')).map((w) => w.body.apps[0].app);
    expect(deployed.sort()).toEqual([app(4), app(6)]);
    const live = await (
      await fetch(`${h.standIn.url}/k/v1/app/notifications/perRecord.json?app=${app(6)}`, {
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
      })
    ).json();
    expect(JSON.stringify(live)).toContain('p.new');
    await page.close();
  });

  it('Save writes the apps ticked at Save: an app unticked after Preview is left out and not written', async () => {
    const page = await h.openConfig(APPS.team, { apps: 40 });
    await checkLeaver(page);
    const ids = (await offered(page)) as string[];
    await page.fill('[data-offboard-by]', 'p.new');
    await page.click('[data-action="offboard-preview"]');
    await page.waitForSelector(`.knm-offboard [data-app-id="${app(4)}"][data-places]`);
    await page.uncheck(`[data-offboard-app="${app(4)}"]`);
    await page.click('.knm-offboard [data-action="save"]');
    await page.waitForSelector(`.knm-offboard [data-app-id="${app(6)}"][data-write-result="saved"]`);
    expect(await page.getAttribute(`.knm-offboard [data-app-id="${app(4)}"]`, 'data-write-result')).toBe('skipped');
    const written = new Set(h.standIn.writes.map((w) => String(w.body?.app)));
    expect(written.has(app(4))).toBe(false);
    expect(codes(await preLive(app(4), 'general'))).toContain('p.leaver');
    expect(written.size).toBeGreaterThan(0);
    expect([...written].every((id) => ids.includes(id))).toBe(true);
    await page.close();
  });
});

/** An app's pre-live settings of one kind, as the stand-in holds them now (a GET from the test, not the page). */
const preLive = async (id: string, kind: string) =>
  (
    await fetch(`${h.standIn.url}/k/v1/preview/app/notifications/${kind}.json?app=${id}`, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    })
  ).json();

/** Someone else saving an app's pre-live general settings (the commenter flag off); the answer's status. */
const anotherAdministratorSaves = async (id: string) =>
  (
    await fetch(`${h.standIn.url}/k/v1/preview/app/notifications/general.json`, {
      method: 'PUT',
      headers: { 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json' },
      body: JSON.stringify({ app: id, notifyToCommenter: false }),
    })
  ).status;

const codes = (body: any) => JSON.stringify(body.notifications);

const pluginId = (page: Page) => page.evaluate(() => (window as any).kintone.$PLUGIN_ID as string);
