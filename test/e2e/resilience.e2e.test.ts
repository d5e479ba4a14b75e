// Hostile environments and inputs, in Chromium on the built zip: strict CSP, kintone-style global CSS,
// payloads in codes/names/labels, every error the stand-in can send, slow and dropped answers.
import { describe, expect, it } from 'vitest';
import { APPS, rowIds, screenshot, setUpHarness, type StandInRequest } from './harness';
import { expectedRowIds, sampleApp } from './expected';

const h = setUpHarness();
const liveReads = (requests: StandInRequest[]) =>
  requests.filter((r) => r.path === '/k/v1/app/notifications/general.json');

describe('strict Content-Security-Policy', () => {
  it("works with script-src 'self' and no unsafe-inline/unsafe-eval, without a single violation", async () => {
    const page = await h.browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(
      `${h.standIn.url}/k/admin/app/${APPS.pending}/plugin/config?app=${APPS.pending}&csp=strict`,
    );
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]');
    await page.click('[data-view="diff"]');
    await page.fill('input[data-filter="text"]', 'sa');
    expect(await rowIds(page)).not.toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.close();
  });
});

describe('kintone-style global CSS', () => {
  it('keeps the matrix a laid-out table with visible cells', async () => {
    const page = await h.openConfig(APPS.team, { css: 'hostile' });
    const layout = await page.evaluate(() => {
      const table = document.querySelector('table.knm-matrix')!;
      const cell = document.querySelector('td[data-trigger]')!;
      const rows = [...document.querySelectorAll('tr[data-entity-type]')].map((r) => r.getBoundingClientRect());
      return {
        tableWidth: table.getBoundingClientRect().width,
        cellWidth: cell.getBoundingClientRect().width,
        cellHeight: cell.getBoundingClientRect().height,
        rowsStacked: rows.every((r, i) => i === 0 || r.top >= rows[i - 1].bottom - 1),
        cellsInRow: [...document.querySelectorAll('tr[data-entity-type]:first-child td')].map(
          (td) => td.getBoundingClientRect().top,
        ),
        buttonBorder: getComputedStyle(document.querySelector('.knm-button')!).borderTopWidth,
      };
    });
    expect(layout.tableWidth).toBeGreaterThan(700);
    expect(layout.cellWidth).toBeGreaterThan(40);
    expect(layout.cellHeight).toBeGreaterThan(20);
    expect(layout.rowsStacked).toBe(true);
    expect(new Set(layout.cellsInRow).size).toBe(1); // the five cells share one line
    expect(layout.buttonBorder).toBe('1px');
    await screenshot(page, 'hostile-css');
    await page.close();
  });
});

describe('hostile strings in codes, names and labels', () => {
  it('executes nothing, shows every value verbatim as text, and keeps the layout', async () => {
    const app = sampleApp(APPS.hostile);
    const page = await h.openConfig(APPS.hostile);
    await page.waitForTimeout(300); // let the names arrive and any payload get its chance
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await rowIds(page)).toEqual(expectedRowIds(app.live));
    expect(await page.$$('.knm img, .knm script, .knm b, .knm i')).toHaveLength(0);
    const codes = await page.$$eval('.knm-code', (els) => els.map((e) => e.textContent));
    for (const n of app.live.notifications) expect(codes).toContain(n.entity.code);
    expect(await page.textContent('[data-revision="live"]')).toContain('<i>7</i>');
    expect(await page.textContent('.knm-app-name')).toContain('<img src=x onerror=window.__pwned=1>');
    const unknownRow = page.locator('tr[data-entity-type="ROBOT"]');
    expect(await unknownRow.textContent()).toContain('Unknown (ROBOT)');
    const width = await page.evaluate(() => ({
      table: document.querySelector('.knm-scroll')!.getBoundingClientRect().width,
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      longRow: document.querySelector('tr[data-entity-code^="xxxx"]')!.getBoundingClientRect().height,
    }));
    expect(width.page).toBeLessThanOrEqual(width.viewport);
    expect(width.longRow).toBeLessThan(200); // the 10,000-character code is clamped, not a wall of text
    await screenshot(page, 'hostile-input');
    await page.close();
  });
});

describe('errors and timing', () => {
  it.each([
    [{ fail: '429' }, 'BUSY', 'busy'],
    [{ fail: '503' }, 'BUSY', 'busy'],
    [{ fail: '503', failCode: 'GAIA_DA02' }, 'GAIA_DA02', 'busy'],
    // kintone's own answer to a crowded domain, past the retries; JSON without a kintone code (a gateway).
    [{ busy: '1000' }, 'GAIA_TO04', 'busy'],
    [{ fail: '503', failBody: 'json' }, 'BUSY', 'busy'],
    [{ drop: '1' }, 'NETWORK', 'could not be reached'],
    [{ drop: 'midbody' }, 'NETWORK', 'could not be reached'],
    [{ malformed: 'truncated' }, 'INVALID', 'cannot read'],
    [{ malformed: 'wrongShape' }, 'INVALID', 'cannot read'],
  ])('%o shows %s with a clear message and a Retry button that reads again', async (scenario, code, words) => {
    const page = await h.openConfig(APPS.team, scenario);
    const alert = page.locator('[role="alert"]');
    expect(await alert.getAttribute('data-error-code')).toBe(code);
    expect(await alert.textContent()).toContain(words);
    expect(await page.$$('tr[data-entity-type]')).toHaveLength(0);
    // The page's failure switch stays on, so the read fails again: Retry must still have sent it.
    const before = liveReads(h.standIn.requests).length;
    await page.click('[role="alert"] button');
    await expect.poll(() => liveReads(h.standIn.requests).length).toBeGreaterThan(before);
    await page.waitForSelector('.knm:not([aria-busy]) [role="alert"]');
    await page.close();
  });

  it('a guest-space app read through a non-guest path shows GAIA_IL23', async () => {
    // guest=off: the stand-in's kintone.api.url does not know the guest space, as on a misconfigured page.
    const page = await h.openConfig(APPS.guest, { guest: 'off' });
    expect(await page.getAttribute('[role="alert"]', 'data-error-code')).toBe('GAIA_IL23');
    expect(await page.textContent('[role="alert"]')).toContain('guest-space');
    await page.close();
  });

  it('an unknown app shows GAIA_AP01', async () => {
    const page = await h.openConfig(999);
    expect(await page.getAttribute('[role="alert"]', 'data-error-code')).toBe('GAIA_AP01');
    expect(await page.textContent('[role="alert"]')).toContain('not found');
    await page.close();
  });

  it('retries a busy answer (429 twice) with backoff and then shows the matrix', async () => {
    const before = h.standIn.requests.length;
    const page = await h.openConfig(APPS.team, { fail: '429:2', failPath: '/k/v1/app/notifications/general.json' });
    expect(await rowIds(page)).toHaveLength(sampleApp(APPS.team).live.notifications.length);
    const reads = liveReads(h.standIn.requests.slice(before));
    expect(reads).toHaveLength(3);
    // Backoff with jitter: 50–150 % of 500 ms before the first retry.
    expect(reads[1].startedAt - reads[0].startedAt).toBeGreaterThan(240);
    await page.close();
  });

  it.each([
    [{ busy: '2' }, 'GAIA_TO04 (kintone’s too many concurrent requests)'],
    [{ fail: '503:2' }, 'a gateway’s text page'],
    [{ fail: '503:2', failBody: 'json' }, 'JSON without a kintone code'],
  ])('a busy answer %o, %s, is retried and the matrix read', async (scenario, _what) => {
    const before = h.standIn.requests.length;
    const page = await h.openConfig(APPS.team, { ...scenario, failPath: '/k/v1/app/notifications/general.json' });
    expect(await rowIds(page)).toHaveLength(sampleApp(APPS.team).live.notifications.length);
    // Two answers turned away, two reads sent again.
    const reads = h.standIn.requests.slice(before).filter((r) => r.query?.app === String(APPS.team));
    expect(reads.length - new Set(reads.map((r) => r.path)).size).toBe(2);
    expect(await page.$('[role="alert"]')).toBeNull();
    await page.close();
  });

  it('gives up on a request that hangs after 30 s, with a message', async () => {
    const page = await h.browser.newPage();
    await page.clock.install();
    await page.goto(`${h.standIn.url}/k/admin/app/${APPS.team}/plugin/config?app=${APPS.team}&hang=1`);
    await page.waitForSelector('.knm[aria-busy="true"]');
    await page.clock.fastForward(29_000);
    expect(await page.$('[role="alert"]')).toBeNull();
    await page.clock.fastForward(2_000);
    const alert = await page.waitForSelector('[role="alert"]');
    expect(await alert.getAttribute('data-error-code')).toBe('TIMEOUT');
    expect(await page.getAttribute('.knm', 'aria-busy')).toBeNull();
    await page.close();
  });

  it('Retry after a failure reads again and shows the matrix', async () => {
    const page = await h.openConfig(APPS.team, { fail: '503:2', failPath: '/k/v1/app/notifications/general.json' });
    // Two 503s are absorbed by the retries: the third attempt answers.
    expect(await rowIds(page)).toHaveLength(sampleApp(APPS.team).live.notifications.length);
    await page.close();
    const failing = await h.openConfig(APPS.team, { fail: '503:3', failPath: '/k/v1/app/notifications/general.json' });
    expect(await failing.getAttribute('[role="alert"]', 'data-error-code')).toBe('BUSY');
    await failing.click('[role="alert"] button');
    await failing.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]');
    expect(await failing.$('[role="alert"]')).toBeNull();
    await failing.close();
  });
});

describe('concurrency', () => {
  it('20 quick Refresh clicks: at most one wave in flight, last answer wins, no duplicated rows', async () => {
    const page = await h.openConfig(APPS.team, { latency: 150 });
    const before = h.standIn.requests.length;
    await page.evaluate(() => {
      const refresh = document.querySelector<HTMLButtonElement>('.knm-header .knm-button')!;
      for (let i = 0; i < 20; i++) refresh.click();
    });
    await page.waitForSelector('.knm:not([aria-busy])');
    const reads = h.standIn.requests.slice(before).filter((r) => r.path === '/k/v1/app/notifications/general.json');
    expect(reads.length).toBeLessThanOrEqual(2);
    // Never two live reads in flight at once.
    for (let i = 1; i < reads.length; i++) expect(reads[i].startedAt).toBeGreaterThanOrEqual(reads[i - 1].answeredAt);
    const ids = await rowIds(page);
    expect(ids).toEqual(expectedRowIds(sampleApp(APPS.team).live));
    await page.close();
  });
});
