// "Copy as Markdown" and "Print", in Chromium on the built zip: what reaches the clipboard, the download
// when the clipboard says no, and what a printed page keeps.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { APPS, screenshot, setUpHarness } from './harness';

const h = setUpHarness();
const pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

/** The sales team app's live settings as a Markdown table, names looked up, as an admin would paste it. */
const TEAM_MARKDOWN = [
  '| Type | Code | Name | Notifications | incl. sub-departments | Record added | Record edited | Comment added | Status changed | File imported |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  '| User | sato | Sato Hiroshi | All |  | ✓ | ✓ | ✓ | ✓ |  |',
  '| User | tanaka | Tanaka Yuki | All |  |  | ✓ | ✓ |  |  |',
  '| Group | sales-managers | Sales managers | All |  | ✓ |  |  | ✓ |  |',
  '| Department | sales | Sales Division | All | ✓ | ✓ | ✓ |  |  |  |',
  '| User | kimura | Kimura Aoi | All |  |  |  |  |  |  |',
  '| User | retired.yamada | Yamada Taro | All |  | ✓ |  | ✓ |  |  |',
  '| User | ghost.user |  | All |  | ✓ |  |  |  |  |',
  '| Field | Created\\_by | Created by | To Me |  |  | ✓ | ✓ | ✓ |  |',
  '',
].join('\n');

interface Recorder {
  __offered?: string[];
  __printed?: number;
}

/**
 * Opens an app's settings page through the harness; with `init` (run in the page before the plugin loads)
 * or `prepare` (given the page's own context), loads it again with them in place. Waits until the matrix is
 * drawn and, for the sales team app, the users' names are in.
 */
async function open(app: number, init?: () => void, prepare?: (context: BrowserContext) => Promise<void>) {
  const page = await h.openConfig(app);
  pages.push(page);
  if (init || prepare) {
    await prepare?.(page.context());
    if (init) await page.context().addInitScript(init);
    await page.reload();
    await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]', { timeout: 45_000 });
  }
  if (app === APPS.team) await page.waitForSelector('tr[data-entity-code="sato"] .knm-name');
  return page;
}

const recorded = (page: Page) => page.evaluate(() => ({ ...(window as Recorder) }));

/** A clipboard that takes every text and keeps it in window.__offered. */
function acceptingClipboard() {
  const offered: string[] = [];
  (window as Recorder).__offered = offered;
  navigator.clipboard.writeText = (text: string) => {
    offered.push(text);
    return Promise.resolve();
  };
}

/** A clipboard that refuses (as a browser does without permission), noting what it was offered. */
function refusingClipboard() {
  const offered: string[] = [];
  (window as Recorder).__offered = offered;
  navigator.clipboard.writeText = (text: string) => {
    offered.push(text);
    return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  };
}

/** No clipboard at all, as outside a secure context. */
function missingClipboard() {
  Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
}

const copyButton = '[data-export="markdown"]';

/** Waits until the copy button says the table was copied. */
const saysCopied = (page: Page) =>
  page.waitForFunction((selector) => document.querySelector(selector)?.textContent === 'Copied', copyButton, {
    timeout: 10_000,
  });

describe('Copy as Markdown', () => {
  it('puts the Markdown table on the clipboard and says it was copied', async () => {
    const page = await open(APPS.team, acceptingClipboard);
    expect(await page.textContent(copyButton)).toBe('Markdown');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click(copyButton);
    await saysCopied(page);
    expect((await recorded(page)).__offered).toEqual([TEAM_MARKDOWN]);
    await page.waitForTimeout(200);
    expect(downloads).toBe(0);
  });

  it('reaches the real clipboard when the page may write to it', async () => {
    const page = await open(APPS.team, undefined, (context) =>
      context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.standIn.url }),
    );
    await page.click(copyButton);
    await saysCopied(page);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(TEAM_MARKDOWN);
  });

  it.each([
    ['refuses', refusingClipboard],
    ['is missing', missingClipboard],
  ])('downloads the same table as a .md file when the clipboard %s', async (_, clipboard) => {
    const page = await open(APPS.team, clipboard);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.click(copyButton)]);
    expect(download.suggestedFilename()).toBe(`notifications-app${APPS.team}-general-live.md`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(TEAM_MARKDOWN);
    const { __offered } = await recorded(page);
    if (__offered) expect(__offered).toEqual([TEAM_MARKDOWN]);
    // Nothing was copied, and the button does not claim otherwise.
    expect(await page.textContent(copyButton)).toBe('Markdown');
  });

  it('copies hostile codes as text: no HTML, no link, no javascript: scheme', async () => {
    const page = await open(APPS.hostile, acceptingClipboard);
    await page.click(copyButton);
    await saysCopied(page);
    const { __offered: [markdown = ''] = [] } = await recorded(page);
    expect(markdown).toContain('| User | \\<script\\>window.\\_\\_pwned=1\\</script\\> |');
    expect(markdown).toContain('| User | \\<img src=x onerror=window.\\_\\_pwned=1\\> |');
    expect(markdown).toContain('| Group | javascript\\:alert(1) |');
    // Once every backslash escape is taken out, no character that opens HTML, a link or a scheme is left.
    expect(markdown.replace(/\\[\s\S]/g, '')).not.toMatch(/[<>[\]:`*_&]/);
  });
});

describe('Print', () => {
  it('opens the browser’s print dialog', async () => {
    const page = await open(APPS.team, () => {
      window.print = () => {
        (window as Recorder).__printed = ((window as Recorder).__printed ?? 0) + 1;
      };
    });
    expect((await recorded(page)).__printed).toBeUndefined();
    await page.click('[data-export="print"]');
    expect((await recorded(page)).__printed).toBe(1);
  });

  it('prints the matrix without the toolbar and buttons', async () => {
    const page = await open(APPS.team);
    const visible = () =>
      page.evaluate(() => {
        const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;
        return {
          toolbar: Array.from(document.querySelectorAll('.knm-toolbar'), shown),
          buttons: Array.from(document.querySelectorAll('.knm button.knm-button, .knm [data-export]'), shown),
          matrix: Array.from(document.querySelectorAll('table.knm-matrix'), shown),
          rows: document.querySelectorAll('table.knm-matrix tr[data-entity-type]:not([hidden])').length,
        };
      });
    const onScreen = await visible();
    expect(onScreen.toolbar).toEqual([true]);
    expect(onScreen.buttons.length).toBeGreaterThanOrEqual(3);
    expect(onScreen.buttons.every(Boolean)).toBe(true);
    expect(onScreen.matrix).toEqual([true]);

    await page.emulateMedia({ media: 'print' });
    const printed = await visible();
    expect(printed.toolbar).toEqual([false]);
    expect(printed.buttons).toEqual(onScreen.buttons.map(() => false));
    expect(printed.matrix).toEqual([true]);
    expect(await page.isVisible('tr[data-entity-code="sato"]')).toBe(true);
    expect(printed.rows).toBe(onScreen.rows);
    await screenshot(page, 'print');
  });
});

describe('Per-record and reminder exports', () => {
  it('copies the reminder list as on screen: summary, condition, query, timing and recipients with names', async () => {
    const page = await open(APPS.team, acceptingClipboard);
    await page.click('[data-kind-tab="reminder"]');
    await page.waitForSelector('[data-reminder="1"]');
    await page.click(copyButton);
    await saysCopied(page);
    expect((await recorded(page)).__offered).toEqual([
      [
        '| # | Summary | Condition | Query | Timing | Recipient |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 1 | Task due tomorrow | Status is not "Done" | Status not in ("Done") | 1 day before Due date at 09\\:00 | Field Created\\_by (Created by); User tanaka (Tanaka Yuki) |',
        '| 2 | Customer visit in 2 hours | All records |  | 2 hours before Customer visit | User kimura (Kimura Aoi); Group sales-managers (Sales managers) |',
        '',
      ].join('\n'),
    ]);
  });

  it('downloads the per-record list as CSV, and the page keeps one set of export buttons whatever the tab', async () => {
    const page = await open(APPS.team);
    await page.click('[data-kind-tab="perRecord"]');
    await page.waitForSelector('[data-per-record="1"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
    expect(download.suggestedFilename()).toBe(`notifications-app${APPS.team}-perRecord-live.csv`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(
      '\uFEFF' +
        [
          '#,Summary,Condition,Query,Recipient',
          '1,Task completed: tell the sales managers,"Status is ""Done""","Status in (""Done"")",Group sales-managers (Sales managers)',
          '2,"High-priority deal over ¥1,000,000","Deal amount is greater than 1000000 and Priority is ""High""","Amount > 1000000 and Priority in (""High"")",User sato (Sato Hiroshi); Department sales (Sales Division) incl. sub-departments',
          '',
        ].join('\r\n'),
    );
    // The list stays in the page, hidden, after leaving its tab: its export buttons do not.
    for (const tab of ['general', 'reminder', 'perRecord', 'general']) {
      await page.click(`[data-kind-tab="${tab}"]`);
      expect(await page.locator('[data-export="csv"]').count(), tab).toBe(1);
    }
  });

  it('adds what changed in the Differences view', async () => {
    const page = await open(APPS.pending, acceptingClipboard);
    await page.click('[data-view="diff"]');
    await page.click('[data-kind-tab="perRecord"]');
    await page.waitForSelector('[data-per-record][data-row-change]');
    await page.click(copyButton);
    await saysCopied(page);
    const [markdown = ''] = (await recorded(page)).__offered ?? [];
    const [header = '', , ...rows] = markdown.trim().split('\n');
    expect(header).toBe('| # | Summary | Condition | Query | Recipient | Change |');
    const changed = await page.$$eval('[data-per-record][data-row-change]', (items) =>
      items.map((item) => item.getAttribute('data-row-change') ?? ''),
    );
    expect(changed.length).toBeGreaterThan(0);
    // Every notification marked on screen says its change in the last column, in the same words.
    const words: Record<string, string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };
    for (const change of changed) expect(rows.some((row) => row.includes(`| ${words[change]}`))).toBe(true);
  });
});
