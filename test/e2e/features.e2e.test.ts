// Beyond kintone's own screen, in Chromium on the built zip: differences, labels, process management,
// findings, filter/sort/persistence, export, Japanese, and the record-list button.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APPS, rowIds, screenshot, setUpHarness } from './harness';
import { expectedRowIds, sampleApp } from './expected';

const h = setUpHarness();

describe('live ↔ pre-live', () => {
  it('says pre-live differs, and the Differences view marks rows and cells', async () => {
    const app = sampleApp(APPS.pending);
    const page = await h.openConfig(APPS.pending);
    expect(await page.textContent('[data-pending="true"]')).toContain('Update App');
    expect(await page.textContent('[data-revision="preview"]')).toContain(app.preview!.revision);

    await page.click('[data-view="preview"]');
    expect(await rowIds(page)).toEqual(expectedRowIds(app.preview!));

    await page.click('[data-view="diff"]');
    const rows = await page.$$eval('tr[data-entity-type]', (trs) =>
      trs.map(
        (tr) =>
          `${tr.getAttribute('data-entity-type')}:${tr.getAttribute('data-entity-code')}=${tr.getAttribute('data-row-change') ?? ''}`,
      ),
    );
    expect(rows).toEqual([
      'USER:sato=changed',
      'GROUP:sales-managers=',
      'ORGANIZATION:sales=changed',
      'USER:tanaka=removed',
      'FIELD_ENTITY:Created_by=changed',
      'USER:suzuki=added',
      'GROUP:sales=added',
    ]);
    const satoChanges = await page.$$eval('tr[data-entity-code="sato"] td[data-change]', (tds) =>
      tds.map((td) => `${td.getAttribute('data-trigger')}:${td.getAttribute('data-change')}`),
    );
    expect(satoChanges).toEqual(['recordEdited:removed']);
    // The department's only change is "incl. sub-departments", turned on in pre-live: its badge says so.
    expect(
      await page.getAttribute(
        'tr[data-entity-type="ORGANIZATION"][data-entity-code="sales"] .knm-badge[data-change]',
        'data-change',
      ),
    ).toBe('added');
    expect(await page.$$('tr[data-entity-code="sato"] .knm-badge[data-change]')).toHaveLength(0);
    const summary = await page.textContent('[data-diff-summary]');
    expect(summary).toContain('2 added, 1 removed, 3 changed');
    expect(summary).toContain('Notify commenters: Yes → No');
    await screenshot(page, 'differences');
    await page.close();
  });
});

describe('names, labels and process management', () => {
  it('shows field labels, built-in field names and a field that no longer exists', async () => {
    const page = await h.openConfig(APPS.fields);
    const text = (code: string) => page.textContent(`tr[data-entity-code="${code}"]`);
    expect(await text('Created_by')).toContain('Created by');
    expect(await text('Updated_by')).toContain('Updated by');
    expect(await text('Department')).toContain('Requesting department');
    expect(await text('Department')).toContain('incl. sub-departments');
    expect(await text('Approver')).toContain('To Me');
    expect(await text('Old_reviewer')).toContain('field no longer exists');
    // A user selection inside a table: labelled, not "no longer exists".
    expect(await text('Item_owner')).toContain('Item owner');
    expect(await text('Item_owner')).not.toContain('field no longer exists');
    expect(await page.getAttribute('[data-finding="FIELD_MISSING"] [data-row-key]', 'data-row-key')).toBe(
      'FIELD_ENTITY:Old_reviewer',
    );
    await page.close();
  });

  it('names users, flags stopped and unknown ones, and stays quiet when the User API is forbidden', async () => {
    const page = await h.openConfig(APPS.team);
    await page.waitForSelector('tr[data-entity-code="sato"] .knm-name');
    expect(await page.textContent('tr[data-entity-code="sato"]')).toContain('Sato Hiroshi');
    expect(await page.textContent('tr[data-entity-code="retired.yamada"]')).toContain('stopped user');
    expect(await page.textContent('tr[data-entity-code="ghost.user"]')).toContain('not found in the directory');
    await page.close();

    const quiet = await h.openConfig(APPS.team, { userApi: 'forbidden' });
    await quiet.waitForTimeout(200);
    expect(await quiet.$('[role="alert"]')).toBeNull();
    expect(await quiet.$$('.knm-name')).toHaveLength(1); // only the field label; users keep their codes
    expect(await rowIds(quiet)).toHaveLength(sampleApp(APPS.team).live.notifications.length);
    await quiet.close();
  });

  it('says statusChanged never fires when process management is off', async () => {
    const page = await h.openConfig(APPS.processOff);
    expect(await page.textContent('th[data-column="statusChanged"]')).toContain('never fires');
    // The cells that are set but cannot fire are hatched; the column header says why.
    const cell = 'tr[data-entity-code="sato"] td[data-trigger="statusChanged"]';
    expect(await page.getAttribute(cell, 'data-inert')).toBe('PROCESS_OFF');
    // What a screen reader says of it: the words the stylesheet gives its mark, as Chromium's accessibility tree has it.
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: cell });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    expect(nodes[0]?.name?.value).toBe('Set, but never sent');
    expect(await page.$('[data-finding="STATUS_WITHOUT_PROCESS"]')).not.toBeNull();
    await screenshot(page, 'process-off');
    await page.close();
  });

  it('says Created by on Record added and Updated by on Record edited never fire, with a finding', async () => {
    const page = await h.openConfig(APPS.fields);
    const inert = await page.$$eval('td[data-inert]', (tds) =>
      tds.map(
        (td) =>
          `${td.closest('tr')?.getAttribute('data-entity-code')}:${td.getAttribute('data-trigger')}=${td.getAttribute('data-inert')}`,
      ),
    );
    expect(inert).toEqual(['Created_by:recordAdded=ACTOR', 'Updated_by:recordEdited=ACTOR']);
    const finding = await page.textContent('[data-finding="ACTOR_NEVER_NOTIFIED"]');
    expect(finding).toContain('own action');
    expect(finding).toContain('Created by');
    await page.close();
  });

  it('a pending form change alone (another revision, same notifications) raises no banner', async () => {
    const page = await h.openConfig(APPS.formChangePending);
    expect(await page.$('[data-pending]')).toBeNull();
    expect(await page.$('[data-finding="PENDING_CHANGES"]')).toBeNull();
    expect(await page.textContent('[data-revision="live"]')).toContain('20');
    expect(await page.textContent('[data-revision="preview"]')).toContain('21');
    await page.close();
  });
});

describe('findings, filter, sort and export', () => {
  it('a finding moves focus to its row, clearing a filter that hides it', async () => {
    const page = await h.openConfig(APPS.team);
    await page.fill('input[data-filter="text"]', 'sato');
    expect(await rowIds(page)).toEqual(['USER:sato']);
    await page.click('[data-finding="ALL_TRIGGERS_OFF"] [data-row-key]');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-entity-code') === 'kimura');
    expect(await page.inputValue('input[data-filter="text"]')).toBe('');
    await page.close();
  });

  it('filters by text, type and trigger with totals that follow, sorts, and keeps the view on reload', async () => {
    const page = await h.openConfig(APPS.team);
    await page.selectOption('select[data-filter="type"]', 'USER');
    await page.selectOption('select[data-filter="trigger"]', 'recordAdded');
    const ids = await rowIds(page);
    const app = sampleApp(APPS.team);
    const expected = app.live.notifications.filter((n) => n.entity.type === 'USER' && n.recordAdded);
    expect(ids).toEqual(expected.map((n) => `USER:${n.entity.code}`));
    expect(await page.textContent('td[data-total="recordAdded"]')).toBe(String(expected.length));
    await page.click('th[data-column="recipient"] button');
    await page.click('th[data-column="recipient"] button'); // descending
    const names = await page.$$eval('tr[data-entity-type] th', (ths) =>
      ths.map((th) => th.querySelector('.knm-name, .knm-code')!.textContent!),
    );
    expect(names).toEqual(
      [...names].sort((a, b) => b.localeCompare(a, undefined, { numeric: true, sensitivity: 'base' })),
    );
    await page.reload();
    await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]');
    expect(await page.inputValue('select[data-filter="type"]')).toBe('USER');
    expect(await page.getAttribute('th[data-column="recipient"]', 'aria-sort')).toBe('descending');
    expect(await rowIds(page)).toHaveLength(expected.length);
    await page.close();
  });

  it('downloads the current view as CSV with a BOM, quoting and neutralised formulas', async () => {
    const page = await h.openConfig(APPS.hostile);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + sampleApp(APPS.hostile).live.notifications.length);
    await page.close();
  });
});

describe('Japanese', () => {
  it('uses kintone’s Japanese trigger names and Japanese messages', async () => {
    const page = await h.openConfig(APPS.pending, { lang: 'ja' });
    const heads = await page.$$eval('th[data-column]', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(heads.slice(1).map((t) => t.replace(/[▲▼↕]/g, ''))).toEqual([
      'レコード追加',
      'レコード編集',
      'コメント書き込み',
      'ステータスの更新',
      'ファイル読み込み',
    ]);
    expect(await page.textContent('[data-pending="true"]')).toContain('アプリを更新');
    await screenshot(page, 'japanese');
    await page.close();
  });
});

describe('record-list button', () => {
  const turnOn = async (app: number, params: Record<string, string> = {}) => {
    const page = await h.openConfig(app, params);
    await page.check('input[data-option="listButton"]');
    // Like kintone, saving without a callback leaves the settings page.
    await Promise.all([page.waitForNavigation(), page.click('[data-option-save]')]);
    return page;
  };
  /** kintone REST requests and getPermissions calls that one record-list load of `app` made. */
  const loadList = async (page: Page, app: number, query = '') => {
    const before = h.standIn.requests.length;
    await page.goto(`${h.standIn.url}/k/${app}/${query}`);
    // The probe is asynchronous: give it time to answer (or to be skipped) before counting.
    await page.waitForTimeout(300);
    return {
      requests: h.standIn.requests.slice(before).map((r) => r.path),
      permissionCalls: await page.evaluate(
        () => (window as { standinPermissionCalls?: number }).standinPermissionCalls ?? 0,
      ),
      link: await page.$('.knm-list-button'),
    };
  };

  it('is off by default; once on, it links app administrators to the settings page, asking once a day', async () => {
    const off = await h.openRecordList(APPS.team);
    await off.waitForTimeout(300);
    expect(await off.$('.knm-list-button')).toBeNull();
    await off.close();

    const page = await turnOn(APPS.team);
    const first = await loadList(page, APPS.team);
    expect(first.requests).toEqual([]);
    expect(first.permissionCalls).toBe(1);
    expect(await first.link?.textContent()).toBe('Notifications');
    // Later loads the same day: nothing asked at all.
    for (let i = 0; i < 3; i++) {
      const again = await loadList(page, APPS.team);
      expect([again.requests, again.permissionCalls, Boolean(again.link)]).toEqual([[], 0, true]);
    }
    // It opens the matrix in the same tab.
    await Promise.all([page.waitForNavigation(), page.click('.knm-list-button')]);
    expect(new URL(page.url()).pathname).toBe(`/k/admin/app/${APPS.team}/plugin/config`);
    await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]');
    expect(await rowIds(page)).toEqual(expectedRowIds(sampleApp(APPS.team).live));
    await page.close();
  });

  it('links a guest-space app to its settings page under the guest space path', async () => {
    const page = await turnOn(APPS.guest);
    const { link } = await loadList(page, APPS.guest);
    const pluginId = await page.evaluate(() => kintone.$PLUGIN_ID);
    expect(await link?.getAttribute('href')).toBe(
      `/k/guest/7/admin/app/${APPS.guest}/plugin/config?pluginId=${pluginId}`,
    );
    await Promise.all([page.waitForNavigation(), page.click('.knm-list-button')]);
    await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]');
    expect(await rowIds(page)).toEqual(expectedRowIds(sampleApp(APPS.guest).live));
    await page.close();
  });

  it('stays away, without an error, from a user who may not manage the app — and remembers it', async () => {
    const page = await h.openRecordList(APPS.forbidden);
    // Store the option the way kintone does (this user could not open the settings page to tick it).
    await page.evaluate(() => kintone.plugin.app.setConfig({ listButton: 'true' }, () => undefined));
    const first = await loadList(page, APPS.forbidden);
    expect([first.requests, first.permissionCalls, first.link]).toEqual([[], 1, null]);
    const again = await loadList(page, APPS.forbidden);
    expect([again.requests, again.permissionCalls, again.link]).toEqual([[], 0, null]);
    expect(await page.$('[role="alert"]')).toBeNull();
    await page.close();
  });

  it.each([
    ['refused (CB_NO02)', APPS.forbidden, ''],
    ['busy (503)', APPS.team, '&fail=503'],
    ['unreachable', APPS.team, '&drop=1'],
  ])(
    'without getPermissions, one read decides: a %s read hides the button, and is not repeated',
    async (_, app, failure) => {
      const page = await h.openRecordList(app);
      await page.evaluate(() => kintone.plugin.app.setConfig({ listButton: 'true' }, () => undefined));
      const query = `?permissionsApi=off${failure}`;
      const first = await loadList(page, app, query);
      // One read of ours (Chromium itself may resend a GET whose connection dropped before any answer).
      expect(new Set(first.requests)).toEqual(new Set(['/k/v1/app/notifications/general.json']));
      if (!failure.includes('drop')) expect(first.requests).toHaveLength(1);
      expect(first.link).toBeNull();
      const again = await loadList(page, app, query);
      expect([again.requests, again.link]).toEqual([[], null]);
      await page.close();
    },
  );

  it('without getPermissions, a successful read shows the button', async () => {
    const page = await turnOn(APPS.team);
    const first = await loadList(page, APPS.team, '?permissionsApi=off');
    expect(first.requests).toEqual(['/k/v1/app/notifications/general.json']);
    expect(first.link).not.toBeNull();
    expect((await loadList(page, APPS.team, '?permissionsApi=off')).requests).toEqual([]);
    await page.close();
  });
});
