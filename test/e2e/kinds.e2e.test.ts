// The three kinds of notification and the Everyone view, in Chromium on the built zip: tabs, per-record
// and reminder lists with their DOM hooks, Everyone's columns, differences, findings, errors of one kind,
// Japanese, and hostile strings under a strict CSP.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APPS, screenshot, setUpHarness } from './harness';
import { sampleApp } from './expected';

const h = setUpHarness();

const openTab = async (page: Page, tab: string) => {
  await page.click(`[data-kind-tab="${tab}"]`);
  await page.waitForSelector(`[data-kind-tab="${tab}"][aria-selected="true"]`);
};
const attrs = (page: Page, selector: string, names: string[]) =>
  page.$$eval(selector, (els, keys) => els.map((el) => keys.map((k) => el.getAttribute(k) ?? '').join('|')), names);

describe('kind tabs', () => {
  it('are tabs with counts; arrow keys move the selection, which survives a reload', async () => {
    const page = await h.openConfig(APPS.team);
    const app = sampleApp(APPS.team) as unknown as {
      perRecord: { notifications: unknown[] };
      reminder: { notifications: unknown[] };
    };
    expect(await page.getAttribute('[role="tablist"]', 'aria-label')).toBeTruthy();
    expect(await page.textContent('[data-kind-tab="perRecord"]')).toContain(String(app.perRecord.notifications.length));
    expect(await page.textContent('[data-kind-tab="reminder"]')).toContain(String(app.reminder.notifications.length));
    expect(await page.getAttribute('[data-kind-tab="general"]', 'aria-selected')).toBe('true');
    await page.focus('[data-kind-tab="general"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-kind-tab="perRecord"][aria-selected="true"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-kind-tab'))).toBe('perRecord');
    await page.keyboard.press('End');
    await page.waitForSelector('[data-kind-tab="everyone"][aria-selected="true"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-kind-tab="general"][aria-selected="true"]');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('[data-kind-tab="everyone"][aria-selected="true"]');
    await page.reload();
    await page.waitForSelector('.knm:not([aria-busy]) [data-kind-tab="everyone"][aria-selected="true"]');
    await page.close();
  });
});

describe('per-record notifications', () => {
  it('list each notification with its condition in words, the raw query, and its recipients', async () => {
    const page = await h.openConfig(APPS.team);
    await openTab(page, 'perRecord');
    const app = sampleApp(APPS.team) as unknown as {
      perRecord: {
        notifications: Array<{ filterCond: string; targets: Array<{ entity: { type: string; code: string } }> }>;
      };
    };
    expect(await attrs(page, '[data-per-record]', ['data-per-record', 'data-filter-cond'])).toEqual(
      app.perRecord.notifications.map((n, i) => `${i}|${n.filterCond}`),
    );
    const second = page.locator('[data-per-record="1"]');
    // Field codes read as their labels; operators in words.
    expect(await second.locator('.knm-cond').textContent()).toContain('Deal amount');
    expect(await second.locator('.knm-cond').textContent()).toContain('is greater than');
    expect(
      await attrs(page, '[data-per-record="1"] [data-entity-type]', [
        'data-entity-type',
        'data-entity-code',
        'data-include-subs',
      ]),
    ).toEqual(
      app.perRecord.notifications[1].targets.map(
        (t) => `${t.entity.type}|${t.entity.code}|${t.entity.type === 'ORGANIZATION' ? 'true' : ''}`,
      ),
    );
    expect(await second.textContent()).toContain('To Me');
    await second.locator('summary').click();
    expect(await second.locator('.knm-query code').textContent()).toBe(app.perRecord.notifications[1].filterCond);
    await screenshot(page, 'per-record');
    await page.close();
  });

  it('says so for an empty condition and an empty summary', async () => {
    const page = await h.openConfig(APPS.processOff);
    await openTab(page, 'perRecord');
    expect(await page.textContent('[data-per-record="0"] .knm-cond')).toBe('All records');
    expect(await page.textContent('[data-per-record="0"] h3')).toContain('(no summary)');
    await page.close();
  });
});

describe('reminders', () => {
  it('show the time zone once and each timing in words with its hooks', async () => {
    const page = await h.openConfig(APPS.team);
    await openTab(page, 'reminder');
    expect(await page.getAttribute('[data-reminder-timezone]', 'data-reminder-timezone')).toBe('Asia/Tokyo');
    expect(
      await attrs(page, '[data-reminder]', [
        'data-reminder',
        'data-timing-code',
        'data-days-later',
        'data-hours-later',
        'data-time',
      ]),
    ).toEqual(['0|Due_date|-1||09:00', '1|Customer_visit|0|-2|']);
    expect(await page.textContent('[data-reminder="0"] .knm-timing')).toBe('1 day before Due date at 09:00');
    expect(await page.textContent('[data-reminder="1"] .knm-timing')).toBe('2 hours before Customer visit');
    await screenshot(page, 'reminders');
    await page.close();
  });

  it('say when no time zone was set, with a finding', async () => {
    const page = await h.openConfig(APPS.processOff);
    await openTab(page, 'reminder');
    expect(await page.getAttribute('[data-reminder-timezone]', 'data-reminder-timezone')).toBe('');
    expect(await page.$('[data-finding="NO_TIMEZONE"]')).not.toBeNull();
    await page.close();
  });

  it('read Japanese', async () => {
    const page = await h.openConfig(APPS.team, { lang: 'ja' });
    expect(await page.textContent('[data-kind-tab="reminder"]')).toContain('リマインダー');
    await openTab(page, 'reminder');
    expect(await page.textContent('[data-reminder="0"] .knm-timing')).toBe('Due dateの1日前 09:00');
    await page.close();
  });
});

describe('everyone', () => {
  it('is one matrix of every recipient: the general triggers, then a column per notification', async () => {
    const page = await h.openConfig(APPS.team);
    const app = sampleApp(APPS.team) as unknown as { perRecord: { notifications: Array<{ title: string }> } };
    await openTab(page, 'everyone');
    const columns = await page.$$eval('thead th[data-column]', (ths) =>
      ths.map((th) => th.getAttribute('data-column')),
    );
    expect(columns.slice(6)).toEqual(['perRecord:0', 'perRecord:1', 'reminder:0', 'reminder:1']);
    // tanaka gets Record edited (general) and the first reminder: one row says both.
    const tanaka = page.locator('tr[data-entity-type="USER"][data-entity-code="tanaka"]');
    expect(await tanaka.count()).toBe(1);
    expect(await tanaka.locator('td[data-notification="reminder:0"]').getAttribute('data-on')).toBe('true');
    expect(await tanaka.locator('td[data-notification="perRecord:0"]').getAttribute('data-on')).toBe('false');
    expect(await tanaka.locator('td[data-trigger="recordEdited"]').getAttribute('data-on')).toBe('true');
    const sales = page.locator('tr[data-entity-type="ORGANIZATION"][data-entity-code="sales"]');
    expect(await sales.locator('td[data-notification="perRecord:1"]').getAttribute('data-on')).toBe('true');
    expect(await page.textContent('td[data-total="perRecord:1"]')).toBe('2');
    // Headed compactly ("P1" over the summary cut to the column), in full in the header's title and the legend.
    const head = 'th[data-column="perRecord:0"]';
    expect(await page.textContent(`${head} .knm-column-id`)).toBe('P1');
    expect(await page.textContent(`${head} .knm-column-title`)).toBe(app.perRecord.notifications[0].title);
    const full = await page.getAttribute(head, 'title');
    expect(full).toContain(`Per-record #1: ${app.perRecord.notifications[0].title} — Status is "Done"`);
    expect(await page.textContent('.knm-legend')).toContain(`P1 ${full}`);
    await screenshot(page, 'everyone');
    await page.close();
  });
});

describe('differences of per-record and reminder notifications', () => {
  it('mark added, changed and what changed inside', async () => {
    const page = await h.openConfig(APPS.pending);
    await page.click('[data-view="diff"]');
    await openTab(page, 'perRecord');
    expect(await attrs(page, '[data-per-record]', ['data-per-record', 'data-row-change'])).toEqual([
      '0|',
      '1|changed',
      '2|added',
    ]);
    expect(await page.textContent('[data-per-record="1"] .knm-changes')).toContain('condition changed');
    expect(await page.textContent('#knm-tabpanel [data-diff-summary]:visible')).toBe('1 added, 0 removed, 1 changed');
    await openTab(page, 'reminder');
    expect(await attrs(page, '[data-reminder]', ['data-reminder', 'data-row-change'])).toEqual(['0|changed', '1|']);
    expect(await page.textContent('[data-reminder="0"] .knm-changes')).toContain('timing changed');
    expect(await page.getAttribute('[data-reminder="0"] [data-entity-code="sales-managers"]', 'data-row-change')).toBe(
      'removed',
    );
    await page.close();
  });
});

describe('findings of per-record and reminder notifications', () => {
  it('name deleted condition and timing fields and a timing field that is not a date', async () => {
    const page = await h.openConfig(APPS.fields);
    await openTab(page, 'perRecord');
    expect(await page.$('[data-finding="CONDITION_FIELD_MISSING"] [data-row-key="perRecord:0"]')).not.toBeNull();
    // A condition on a field inside a table names a field of the form.
    expect(await page.$('[data-finding="CONDITION_FIELD_MISSING"] [data-row-key="perRecord:2"]')).toBeNull();
    await openTab(page, 'reminder');
    expect(await page.$('[data-finding="TIMING_FIELD_MISSING"] [data-row-key="reminder:0"]')).not.toBeNull();
    expect(await page.$('[data-finding="TIMING_FIELD_NOT_DATE"] [data-row-key="reminder:1"]')).not.toBeNull();
    await page.click('[data-finding="TIMING_FIELD_NOT_DATE"] [data-row-key="reminder:1"]');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-reminder') === '1');
    await page.close();
  });
});

describe('a failed read of one kind', () => {
  it('is said on that kind only; the others still show', async () => {
    const page = await h.openConfig(APPS.team, { fail: '403', failCode: 'CB_NO02', failPath: 'perRecord' });
    expect(await page.$$('tr[data-entity-type]')).not.toHaveLength(0);
    await openTab(page, 'perRecord');
    expect(await page.getAttribute('[role="alert"]', 'data-error-code')).toBe('CB_NO02');
    expect(await page.textContent('[role="alert"]')).toContain('App Management');
    await openTab(page, 'reminder');
    // The per-record list stays in the page, hidden, with its alert: nothing shows on this tab.
    expect(await page.isVisible('[role="alert"]')).toBe(false);
    expect(await page.$$('[data-reminder]')).toHaveLength(2);
    await page.close();
  });
});

describe('hostile strings in titles and conditions', () => {
  it('are text, under a strict CSP', async () => {
    const page = await h.browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __csp: string[] }).__csp.push(e.violatedDirective),
      );
    });
    await page.goto(`${h.standIn.url}/k/admin/app/${APPS.hostile}/plugin/config?app=${APPS.hostile}&csp=strict`);
    await page.waitForSelector('.knm:not([aria-busy])', { timeout: 45_000 });
    for (const tab of ['perRecord', 'reminder', 'everyone']) {
      await openTab(page, tab);
      expect(await page.$$('.knm img, .knm script, .knm b')).toHaveLength(0);
    }
    await openTab(page, 'perRecord');
    expect(await page.textContent('[data-per-record="0"] h3')).toContain('<script>window.__pwned=1</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.close();
  });
});

describe('everyone at 2,000 recipients × 100 notifications', () => {
  /** The union of recipients of the three kinds' live answers, as `TYPE:code`, read from the stand-in. */
  const union = (page: Page) =>
    page.evaluate(async () => {
      const app = new URLSearchParams(location.search).get('app');
      const get = (kind: string) =>
        fetch(`/k/v1/app/notifications/${kind}.json?app=${app}`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } })
          .then((response) => response.json())
          .then(({ notifications }: { notifications: Array<Record<string, unknown>> }) => notifications);
      const [general, perRecord, reminder] = await Promise.all([get('general'), get('perRecord'), get('reminder')]);
      const key = ({ type, code }: { type: string; code: string }) => `${type}:${code}`;
      return [
        ...new Set([
          ...general.map((n) => key(n.entity as { type: string; code: string })),
          ...[...perRecord, ...reminder].flatMap((n) =>
            (n.targets as Array<{ entity: { type: string; code: string } }>).map((target) => key(target.entity)),
          ),
        ]),
      ].sort();
    });
  const rowKeys = (page: Page) =>
    page.$$eval('tr[data-entity-type]', (rows) =>
      rows.map((row) => `${row.getAttribute('data-entity-type')}:${row.getAttribute('data-entity-code')}`).sort(),
    );

  it('shows its first rows in the switch, fills the rest while the panel is busy, then holds every row', async () => {
    const page = await h.openConfig(APPS.large);
    // In the click's own task: the first screenful is there and the panel says it is still busy.
    const atClick = await page.evaluate(async () => {
      (document.querySelector('[data-kind-tab="everyone"]') as HTMLElement).click();
      await new Promise((resolve) => queueMicrotask(() => resolve(null)));
      await new Promise((resolve) => queueMicrotask(() => resolve(null)));
      return {
        rows: document.querySelectorAll('tr[data-entity-type] td[data-notification="reminder:49"]').length,
        busy: document.querySelector('.knm')?.getAttribute('aria-busy'),
        // The totals and the legend wait below for the last row, rather than show under the first ones.
        footAndLegend: ['td[data-total="perRecord:0"]', '.knm-legend li'].map((s) =>
          document.querySelector(s)?.checkVisibility(),
        ),
      };
    });
    expect(atClick.rows).toBeGreaterThan(0);
    expect(atClick.rows).toBeLessThan(200);
    expect(atClick.busy).toBe('true');
    expect(atClick.footAndLegend).toEqual([false, false]);
    await page.waitForSelector('.knm:not([aria-busy])');
    expect(await page.isVisible('td[data-total="perRecord:0"]')).toBe(true);
    expect(await page.isVisible('.knm-legend li')).toBe(true);
    const expected = await union(page);
    expect(expected.length).toBeGreaterThanOrEqual(2000);
    expect(await rowKeys(page)).toEqual(expected);
    expect(await page.locator('tr[data-entity-type] td[data-notification="reminder:49"]').count()).toBe(
      expected.length,
    );
    // The total of a column counts the rows that have it on.
    const onInColumn = await page.locator('td[data-notification="perRecord:0"][data-on="true"]').count();
    expect(await page.textContent('td[data-total="perRecord:0"]')).toBe(String(onInColumn));
    await page.close();
  });

  it('completes the table when the filter changes during the fill', async () => {
    const page = await h.openConfig(APPS.large);
    await openTab(page, 'everyone');
    await page.fill('[data-filter="text"]', 'user-0199');
    await page.waitForSelector('.knm:not([aria-busy])');
    const expected = await union(page);
    expect(await rowKeys(page)).toEqual(expected);
    expect(await page.locator('tr[data-entity-type]:not([hidden])').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[data-entity-type]:not([hidden])').count()).toBeLessThan(expected.length);
    await page.close();
  });

  it('is not left busy when another tab is chosen during the fill', async () => {
    const page = await h.openConfig(APPS.large);
    await page.evaluate(() => {
      (document.querySelector('[data-kind-tab="everyone"]') as HTMLElement).click();
      queueMicrotask(() => (document.querySelector('[data-kind-tab="perRecord"]') as HTMLElement).click());
    });
    await page.waitForSelector('[data-per-record="0"]');
    await page.waitForSelector('.knm:not([aria-busy])', { timeout: 5_000 });
    expect(await page.locator('tr[data-entity-type]').count()).toBe(0);
    await page.close();
  });

  it('hides a big matrix left for another tab at once, and takes its rows out over the next frames', async () => {
    const page = await h.openConfig(APPS.large);
    await openTab(page, 'everyone');
    await page.waitForSelector('.knm:not([aria-busy])');
    // Before the switch's frame is drawn: Everyone's rows are hidden, still in the page, the list shown.
    const inFrame = await page.evaluate(async () => {
      (document.querySelector('[data-kind-tab="perRecord"]') as HTMLElement).click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const rows = [...document.querySelectorAll('tr[data-entity-type]')];
      return {
        rows: rows.length,
        visible: rows.filter((row) => row.checkVisibility()).length,
        list: document.querySelector('[data-per-record="0"]')?.checkVisibility(),
        busy: document.querySelector('.knm')?.getAttribute('aria-busy'),
      };
    });
    expect(inFrame.rows).toBeGreaterThan(0);
    expect(inFrame.visible).toBe(0);
    expect(inFrame.list).toBe(true);
    expect(inFrame.busy).toBe('true');
    await page.waitForSelector('.knm:not([aria-busy])');
    expect(await page.locator('tr[data-entity-type]').count()).toBe(0);
    expect(await page.locator('.knm-leaving').count()).toBe(0);
    await openTab(page, 'everyone');
    await page.waitForSelector('.knm:not([aria-busy])');
    expect(await rowKeys(page)).toEqual(await union(page));
    await page.close();
  });

  it('brings a matrix back whole when its tab is chosen again while it is leaving', async () => {
    const page = await h.openConfig(APPS.large);
    const general = await rowKeys(page);
    await page.evaluate(async () => {
      (document.querySelector('[data-kind-tab="everyone"]') as HTMLElement).click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      (document.querySelector('[data-kind-tab="general"]') as HTMLElement).click();
    });
    await page.waitForSelector('.knm:not([aria-busy])');
    expect(await rowKeys(page)).toEqual(general);
    expect(await page.locator('td[data-notification]').count()).toBe(0);
    expect(await page.locator('.knm-leaving').count()).toBe(0);
    expect(await page.isVisible('tr[data-entity-type]')).toBe(true);
    await page.close();
  });

  it('focuses the row a finding names when that row is placed only later in the fill', async () => {
    const page = await h.openConfig(APPS.large);
    const asked = await page.evaluate(async () => {
      (document.querySelector('[data-kind-tab="everyone"]') as HTMLElement).click();
      await new Promise((resolve) => queueMicrotask(() => resolve(null)));
      await new Promise((resolve) => queueMicrotask(() => resolve(null)));
      const buttons = [...document.querySelectorAll<HTMLElement>('button[data-row-key]')];
      // General's rows, the same ids, are still leaving the page (hidden) meanwhile: they do not count.
      const placed = (key = '') =>
        [...document.querySelectorAll(`#${CSS.escape(`knm-row-${key}`)}`)].some((row) => !row.closest('.knm-leaving'));
      const later = buttons.find((button) => !placed(button.dataset.rowKey));
      later?.click();
      return later?.dataset.rowKey;
    });
    expect(asked).toBeTruthy();
    await page.waitForSelector('.knm:not([aria-busy])');
    await page.waitForFunction((key) => document.activeElement?.id === `knm-row-${key}`, asked);
    await page.close();
  });
});
