// Beyond kintone's own screen, in Chromium on the built zip: differences, labels, process management,
// findings, filter/sort/persistence, export, Japanese, and the record-list button.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPS, cellStates, rowIds, screenshot, useHarness } from './harness';
import { expectedRowIds, sampleApp } from './expected';

const h = useHarness();

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
    expect(await page.getAttribute('tr[data-entity-code="sato"] td[data-trigger="statusChanged"]', 'class')).toContain(
      'knm-inert',
    );
    expect(await page.$('[data-finding="STATUS_WITHOUT_PROCESS"]')).not.toBeNull();
    await screenshot(page, 'process-off');
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
  const turnOn = async (app: number) => {
    const page = await h.openConfig(app);
    await page.check('input[data-option="listButton"]');
    // Like kintone, saving without a callback leaves the settings page.
    await Promise.all([page.waitForNavigation(), page.click('[data-option-save]')]);
    return page;
  };

  it('is off by default, and once on opens the matrix in a dialog that Esc closes', async () => {
    const off = await h.openRecordList(APPS.team);
    await off.waitForTimeout(300);
    expect(await off.$('.knm-list-button')).toBeNull();
    await off.close();

    const settings = await turnOn(APPS.team);
    await settings.goto(`${h.standIn.url}/k/${APPS.team}/`);
    const button = await settings.waitForSelector('.knm-list-button');
    await button.click();
    await settings.waitForSelector('dialog.knm-dialog[open] .knm:not([aria-busy]) tr[data-entity-type]');
    expect(await rowIds(settings)).toEqual(expectedRowIds(sampleApp(APPS.team).live));
    // Focus stays inside the modal dialog.
    for (let i = 0; i < 30; i++) await settings.keyboard.press('Tab');
    expect(await settings.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    await screenshot(settings, 'record-list-dialog');
    await settings.keyboard.press('Escape');
    await settings.waitForSelector('dialog.knm-dialog', { state: 'detached' });
    expect(await settings.evaluate(() => document.activeElement?.classList.contains('knm-list-button'))).toBe(true);
    await settings.close();
  });

  it('hides itself without an error for a user who may not read the settings (CB_NO02)', async () => {
    const page = await h.openRecordList(APPS.forbidden);
    // Store the option the way kintone does (this user could not open the settings page to tick it).
    await page.evaluate(() => kintone.plugin.app.setConfig({ listButton: 'true' }, () => undefined));
    const before = h.standIn.requests.length;
    await page.reload();
    await page.waitForTimeout(500);
    // The option was read as on: the button asked kintone, got CB_NO02, and stayed away.
    const probes = h.standIn.requests.slice(before).filter((r) => r.path === '/k/v1/app/notifications/general.json');
    expect(probes.map((r) => r.query?.app)).toEqual([String(APPS.forbidden)]);
    expect(await page.$('.knm-list-button')).toBeNull();
    expect(await page.$('[role="alert"]')).toBeNull();
    await page.close();
  });
});
