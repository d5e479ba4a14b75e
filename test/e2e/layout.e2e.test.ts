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
    await page.fill('input[data-filter="text"]', 'user-0012');
    await page.waitForFunction(
      () => [...document.querySelectorAll<HTMLElement>('tr[data-entity-type]')].filter((r) => !r.hidden).length < 20,
    );
    const { shown, height } = await page.evaluate(() => ({
      shown: [...document.querySelectorAll<HTMLElement>('tr[data-entity-type]')].filter((r) => !r.hidden).length,
      // From the first body's top to the last one's bottom (the sticky header moves with the scroll).
      height:
        document.querySelector('.knm-matrix tbody:last-of-type')!.getBoundingClientRect().bottom -
        document.querySelector('.knm-matrix tbody')!.getBoundingClientRect().top,
    }));
    expect(shown).toBeGreaterThan(0);
    // The bodies add up to the rows shown, not to the 2,000 rows there are.
    expect(height).toBeLessThanOrEqual(shown * 29 + 2);
    await page.close();
  });
});
