// The first screen is the answer (shared/DESIGN.md), in Chromium at 1280 × 800 on the built zip: where the first
// recipient row starts, one line per row (even for 10,000-character names), no column header that breaks a word,
// and a header row and recipient column that stay in view when a wide table is scrolled.
import { describe, expect, it } from 'vitest';
import { APPS, setUpHarness } from './harness';
// @ts-expect-error plain ESM modules without types
import { measureLayout, stickyOffsets } from '../../scripts/lib/layout.mjs';
// @ts-expect-error plain ESM modules without types
import { configPageUrl } from '../../stand-in/urls.mjs';

const harness = setUpHarness();
const layout = (app: number, params: Record<string, string>, show: { tab?: string; envView?: string } = {}) =>
  measureLayout(harness.browser, configPageUrl(harness.standIn.url, app, params), show);

describe.each(['en', 'ja'])('the first screen (%s)', (lang) => {
  it('starts the matrix within 300 px on an app with four findings and three kinds, in rows of one line', async () => {
    const team = await layout(APPS.team, { lang });
    expect(team.firstRowTop).toBeLessThanOrEqual(300);
    expect(team.tallestRow).toBeLessThanOrEqual(40);
  });

  it('starts it within 360 px under the pending banner and a Differences summary', async () => {
    const pending = await layout(APPS.pending, { lang }, { envView: 'diff' });
    expect(pending.firstRowTop).toBeLessThanOrEqual(360);
  });

  it('shows at least 12 rows of the 2,000-recipient app', async () => {
    const large = await layout(APPS.large, { lang, userApi: 'forbidden' });
    expect(large.rowsWithin800).toBeGreaterThanOrEqual(12);
  });

  it("keeps Everyone's header row low, and no header breaks a word or spills out of its column", async () => {
    for (const app of [APPS.team, APPS.large]) {
      const everyone = await layout(app, { lang, userApi: 'forbidden' }, { tab: 'everyone' });
      expect(everyone.headerRowHeight).toBeLessThanOrEqual(96);
      expect(everyone.brokenWords).toEqual([]);
      expect(everyone.overflowing).toEqual([]);
    }
  });
});

describe('rows stay one line', () => {
  it('whatever the names: the hostile app (10,000-character names and codes, RTL overrides) too', async () => {
    const hostile = await layout(APPS.hostile, {});
    expect(hostile.tallestRow).toBeLessThanOrEqual(40);
  });

  it('in edit mode, with the row tools', async () => {
    const page = await harness.openConfig(APPS.team);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.click('[data-action="edit"]');
    const heights = await page.$$eval('tbody tr[data-entity-type]', (rows) =>
      rows.map((row) => row.getBoundingClientRect().height),
    );
    expect(Math.max(...heights)).toBeLessThanOrEqual(40);
    // The tools are icon buttons that keep their words as accessible names.
    expect(await page.getAttribute('tbody tr [data-action="replace"]', 'class')).toContain('knm-button');
    expect(await page.textContent('tbody tr [data-action="replace"]')).toBe('Replace everywhere…');
    await page.close();
  });
});

describe('a wide table scrolled', () => {
  it('keeps its header row at the top and the recipient column at the left', async () => {
    const page = await harness.openConfig(APPS.large, { userApi: 'forbidden' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.click('[data-kind-tab="everyone"]');
    await page.waitForSelector('.knm:not([aria-busy])');
    const sticky = await stickyOffsets(page);
    expect(sticky.scrolled.top).toBeGreaterThan(0);
    expect(sticky.scrolled.left).toBeGreaterThan(0);
    expect(Math.abs(sticky.headerTop)).toBeLessThanOrEqual(1);
    expect(Math.abs(sticky.firstColumnLeft)).toBeLessThanOrEqual(1);
    await page.close();
  });
});

describe('2,000 rows in bodies that skip layout off screen', () => {
  /** Resolves in the task after two frames are painted (content-visibility decides what is on screen then). */
  const frames = (page: import('playwright-core').Page) =>
    page.evaluate(
      () =>
        new Promise<void>((done) => {
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));
        }),
    );
  /** Each body's height against the rows it shows, 29 px a row. */
  const bodySizes = (page: import('playwright-core').Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.knm-matrix tbody')].map((body) => ({
        height: Math.round(body.getBoundingClientRect().height),
        rows: [...body.querySelectorAll<HTMLElement>('tr[data-entity-type]')].filter((tr) => !tr.hidden).length * 29,
      })),
    );

  it('scrolls to the row asked for, and a filter leaves no blank space for the rows it hides', async () => {
    const page = await harness.openConfig(APPS.large, { userApi: 'forbidden' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]');
    // Row 1,000 sits where the 1,000 rows of 29 px above it put it: the bodies off screen are as high as their rows.
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('.knm-scroll')!.scrollTop = 1000 * 29;
    });
    const offset = await page.evaluate(
      () =>
        document.querySelectorAll('tbody tr[data-entity-type]')[1000].getBoundingClientRect().top -
        document.querySelector('.knm-matrix thead')!.getBoundingClientRect().bottom,
    );
    expect(Math.abs(offset)).toBeLessThanOrEqual(2);
    // Drawn there, then off screen again: Chromium remembers the size those bodies were drawn at (what a filter
    // must not leave them at).
    await frames(page);
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('.knm-scroll')!.scrollTop = 0;
    });
    await frames(page);
    // Users only: about half of every body's rows, so the bodies seen at row 1,000 stay off screen.
    await page.fill('input[data-filter="text"]', 'user-');
    await page.waitForFunction(
      () => [...document.querySelectorAll<HTMLElement>('tr[data-entity-type]')].filter((r) => !r.hidden).length < 1500,
    );
    await frames(page);
    const half = await bodySizes(page);
    expect(half.filter((body) => body.rows > 0 && body.rows < 32 * 29).length).toBeGreaterThan(20);
    for (const body of half) expect(Math.abs(body.height - body.rows)).toBeLessThanOrEqual(1);
    // A few rows: the bodies add up to the rows shown, not to the 2,000 rows there are.
    await page.fill('input[data-filter="text"]', 'user-0012');
    await page.waitForFunction(
      () => [...document.querySelectorAll<HTMLElement>('tr[data-entity-type]')].filter((r) => !r.hidden).length < 20,
    );
    await frames(page);
    const few = await bodySizes(page);
    expect(few.some((body) => body.rows > 0)).toBe(true);
    for (const body of few) expect(Math.abs(body.height - body.rows)).toBeLessThanOrEqual(1);
    // And back to every row, each body as high as its 32.
    await page.fill('input[data-filter="text"]', '');
    await page.waitForFunction(() => document.querySelectorAll('tr[data-entity-type]:not([hidden])').length > 1900);
    await frames(page);
    const all = await bodySizes(page);
    for (const body of all) expect(Math.abs(body.height - body.rows)).toBeLessThanOrEqual(1);
    await page.close();
  });
});
