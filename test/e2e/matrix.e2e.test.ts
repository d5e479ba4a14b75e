// The settings page on each sample app, in Chromium, on the built zip: the DOM hooks of shared/DESIGN.md.
import { describe, expect, it } from 'vitest';
import { APPS, cellStates, rowIds, screenshot, setUpHarness } from './harness';
import { expectedCells, expectedRowIds, sampleApp } from './expected';

const h = setUpHarness();

describe.each([
  ['team', APPS.team],
  ['guest', APPS.guest],
  ['fields', APPS.fields],
  ['pending', APPS.pending],
  ['processOff', APPS.processOff],
])('sample app %s', (name, id) => {
  it('shows every recipient in API order with its five trigger cells, revision and commenter flag', async () => {
    const app = sampleApp(id);
    const page = await h.openConfig(id);
    expect(await page.getAttribute('.knm', 'aria-busy')).toBeNull();
    expect(await rowIds(page)).toEqual(expectedRowIds(app.live));
    for (const row of app.live.notifications) {
      expect(await cellStates(page, row.entity.code)).toEqual(expectedCells(row));
    }
    expect(await page.textContent('[data-revision="live"]')).toContain(app.live.revision);
    expect(await page.getAttribute('[data-notify-to-commenter]', 'data-notify-to-commenter')).toBe(
      String(app.live.notifyToCommenter),
    );
    expect(await page.$('[role="alert"]')).toBeNull();
    await screenshot(page, `app-${name}`);
    await page.close();
  });
});

describe('sample apps with nothing or no access', () => {
  it('the app without recipients shows the empty state and no table', async () => {
    const page = await h.openConfig(APPS.empty);
    expect(await page.$('[data-empty="true"]')).not.toBeNull();
    expect(await page.$$('tr[data-entity-type]')).toHaveLength(0);
    expect(await page.getAttribute('[data-finding="NO_RECIPIENTS"]', 'data-finding')).toBe('NO_RECIPIENTS');
    await screenshot(page, 'app-empty');
    await page.close();
  });

  it('the app the user may not manage shows CB_NO02 with the permission message', async () => {
    const page = await h.openConfig(APPS.forbidden);
    const alert = page.locator('[role="alert"]');
    expect(await alert.getAttribute('data-error-code')).toBe('CB_NO02');
    expect(await alert.textContent()).toContain('App Management permission');
    expect(await page.$$('tr[data-entity-type]')).toHaveLength(0);
    await screenshot(page, 'app-forbidden');
    await page.close();
  });

  it('the large app renders all 2,000 rows and correct totals', async () => {
    const page = await h.openConfig(APPS.large);
    const ids = await rowIds(page);
    expect(ids).toHaveLength(2000);
    expect(new Set(ids).size).toBe(2000);
    const totals = await page.$$eval('td[data-total]', (tds) => tds.map((td) => Number(td.textContent)));
    const onCounts = await page.$$eval('tr[data-entity-type]', (rows) =>
      [0, 1, 2, 3, 4].map(
        (i) => rows.filter((r) => r.querySelectorAll('td[data-trigger]')[i].getAttribute('data-on') === 'true').length,
      ),
    );
    expect(totals).toEqual(onCounts);
    await page.close();
  });

  it('keeps every row in the DOM at 5,000 recipients', async () => {
    const page = await h.openConfig(APPS.large, { recipients: 5000 });
    expect(await page.$$eval('tr[data-entity-type]', (rows) => rows.length)).toBe(5000);
    await page.close();
  });
});

describe('guest space', () => {
  it('reads the guest-space app only through /k/guest/{spaceId}/ paths made by kintone.api.url', async () => {
    const app = sampleApp(APPS.guest);
    const before = h.standIn.requests.length;
    const page = await h.openConfig(APPS.guest);
    const appReads = h.standIn.requests.slice(before).filter((r) => r.path.startsWith('/k/'));
    expect(appReads.length).toBeGreaterThanOrEqual(7);
    for (const read of appReads) expect(read.path).toMatch(new RegExp(`^/k/guest/${app.spaceId}/v1/`));
    expect(await page.textContent('.knm-badges')).toContain('Guest');
    await page.close();
  });
});

describe('accessibility tree', () => {
  it('leaves a list out of it, and out of reach of focus, once another tab is chosen', async () => {
    const page = await h.openConfig(APPS.team);
    const summary = 'Task completed: tell the sales managers';
    const takesFocus = () =>
      page.evaluate(() => {
        const item = document.querySelector<HTMLElement>('[id="knm-row-perRecord:0"]');
        item?.focus();
        return Boolean(item) && document.activeElement === item;
      });
    await page.click('[data-kind-tab="perRecord"]');
    expect(await takesFocus()).toBe(true);
    await page.click('[data-kind-tab="general"]');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ ignored?: boolean; name?: { value: string } }>;
    };
    expect(nodes.filter((n) => !n.ignored && n.name?.value.includes(summary))).toEqual([]);
    // Still in the page, so that coming back costs nothing.
    expect(await takesFocus()).toBe(false);
    await page.close();
  });

  it('keeps table semantics under the grid layout, and cells are named in words: the alternative text of the drawn mark', async () => {
    const page = await h.openConfig(APPS.team);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value: string }; name?: { value: string } }>;
    };
    const named = (role: string) => nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');
    const recipients = sampleApp(APPS.team).live.notifications.length;
    expect(named('table')).toHaveLength(1);
    expect(named('columnheader')).toEqual([
      'Recipient',
      'Record added',
      'Record edited',
      'Comment added',
      'Status changed',
      'File imported',
    ]);
    // Every trigger cell is read as "Notified" or "Not notified", the words the stylesheet gives its ✓ or –.
    const cells = named('cell').filter((name) => /notified/i.test(name));
    expect(cells).toHaveLength(recipients * 5);
    expect(new Set(cells)).toEqual(new Set(['Notified', 'Not notified']));
    expect(named('rowheader').length).toBeGreaterThanOrEqual(recipients);
    await page.close();
  });
});
