// Edit mode in Chromium on the built zip, against the stand-in's write endpoints and its write log: nothing
// is written before Edit, a toggle saves to pre-live and lands on Differences, a stopped user is replaced
// everywhere, a conflict and a failed kind lose nothing, Update App succeeds and fails, Undo restores.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { APPS, screenshot, setUpHarness } from './harness';

const h = setUpHarness();

const GENERAL = '/k/v1/preview/app/notifications/general.json';
const PER_RECORD = '/k/v1/preview/app/notifications/perRecord.json';
const REMINDER = '/k/v1/preview/app/notifications/reminder.json';

/** What the stand-in holds now (a GET from the test, not the page). */
const get = async (path: string, app: number) =>
  (await fetch(`${h.standIn.url}${path}?app=${app}`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).json();
/** Another administrator saving meanwhile. */
const put = (path: string, body: unknown) =>
  fetch(`${h.standIn.url}${path}`, {
    method: 'PUT',
    headers: { 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const writes = () => h.standIn.writes;
const cell = (code: string, trigger: string) => `tr[data-entity-code="${code}"] td[data-trigger="${trigger}"]`;

async function startEditing(page: Page) {
  await page.click('[data-action="edit"]');
  await page.waitForSelector('[data-editing="true"]');
}

async function save(page: Page, outcome = 'saved') {
  await page.click('[data-action="save"]');
  await page.waitForSelector(`[data-write-result="${outcome}"]`);
  await page.waitForSelector('.knm:not([aria-busy])');
}

beforeEach(() => h.standIn.resetApps());

describe('read-only until Edit', () => {
  it('opening, switching, filtering, exporting and the person lens send GET requests only', async () => {
    const page = await h.openConfig(APPS.team);
    for (const tab of ['perRecord', 'reminder', 'everyone', 'general']) await page.click(`[data-kind-tab="${tab}"]`);
    await page.fill('[data-filter="text"]', 'sa');
    const download = page.waitForEvent('download');
    await page.click('[data-export="csv"]');
    await download;
    await page.fill('[data-person-input]', 'tanaka');
    await page.click('[data-person-check]');
    await page.waitForSelector('[data-person-result]');
    expect(writes()).toEqual([]);
    expect(h.standIn.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    // Only the way in is there: no control that changes anything.
    expect(await page.locator('[data-action="edit"]').count()).toBe(1);
    for (const action of ['save', 'update-app', 'undo', 'replace', 'remove-recipient', 'confirm'])
      expect(await page.locator(`[data-action="${action}"]`).count()).toBe(0);
    await page.close();
  });

  it('an account without App Management permission never sees edit controls', async () => {
    const page = await h.openConfig(APPS.forbidden);
    expect(await page.getAttribute('[role="alert"]', 'data-error-code')).toBe('CB_NO02');
    expect(await page.locator('[data-action]').count()).toBe(0);
    await page.close();
    const list = await h.openRecordList(APPS.team);
    await list.waitForSelector('#standin-header-menu-space', { state: 'attached' });
    expect(await list.locator('[data-action]').count()).toBe(0);
    await list.close();
  });
});

describe('edit, save, review', () => {
  it('toggles a trigger cell, saves it to pre-live with the read revision, and lands on Differences', async () => {
    const before = await get(GENERAL, APPS.handover);
    const page = await h.openConfig(APPS.handover);
    await startEditing(page);
    expect(await page.getAttribute(cell('sales-managers', 'recordEdited'), 'data-on')).toBe('false');
    await page.click(cell('sales-managers', 'recordEdited'));
    expect(await page.getAttribute(cell('sales-managers', 'recordEdited'), 'data-on')).toBe('true');
    // Keyboard: a focused cell toggles with Space, like a checkbox (and back).
    await page.focus(cell('sales-managers', 'commentAdded'));
    await page.keyboard.press(' ');
    expect(await page.getAttribute(cell('sales-managers', 'commentAdded'), 'data-on')).toBe('true');
    await page.keyboard.press(' ');
    expect(await page.getAttribute(cell('sales-managers', 'commentAdded'), 'data-on')).toBe('false');
    await screenshot(page, 'edit-mode');
    await save(page);

    expect(writes()).toHaveLength(1);
    const [write] = writes();
    expect(write).toMatchObject({ method: 'PUT', path: GENERAL, status: 200 });
    const expected = structuredClone(before);
    expected.notifications[1].recordEdited = true;
    expect(write.body).toEqual({ ...expected, app: String(APPS.handover), revision: before.revision });
    const after = await get(GENERAL, APPS.handover);
    expect(after.notifications).toEqual(expected.notifications);
    expect(Number(after.revision)).toBe(Number(before.revision) + 1);

    expect(await page.getAttribute('[data-view="diff"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('tr[data-entity-code="sales-managers"]', 'data-row-change')).toBe('changed');
    expect(await page.getAttribute(cell('sales-managers', 'recordEdited'), 'data-change')).toBe('added');
    await screenshot(page, 'edit-saved');
    await page.close();
  });

  it('writes hostile codes and summaries back exactly as read', async () => {
    const before = await get(GENERAL, APPS.hostile);
    const page = await h.openConfig(APPS.hostile, { csp: 'strict' });
    await startEditing(page);
    await page.click('[data-action="commenter"]');
    // kintone refuses this app's list as it stands (a recipient of an unknown type, deleted fields): the write
    // fails, and says so, but what was sent is the list exactly as read, with only the edit changed.
    await save(page, 'failed');
    expect(writes()).toHaveLength(1);
    expect(writes()[0].body).toEqual({
      ...before,
      notifyToCommenter: !before.notifyToCommenter,
      app: String(APPS.hostile),
      revision: before.revision,
    });
    expect(await page.textContent('[data-write-result]')).toContain('CB_VA01');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('replaces a stopped user everywhere, after a preview of every place', async () => {
    const page = await h.openConfig(APPS.handover);
    await startEditing(page);
    await page.click('tr[data-entity-code="retired.yamada"] [data-action="replace"]');
    // Every place, the condition that names them too, in words.
    expect(await page.locator('[data-replace-places] li').allTextContents()).toEqual([
      'General',
      'Per-record #1 Large order',
      'Reminders #1 Due tomorrow',
      'Per-record #3 Orders of Yamada and Sato condition: Owner is one of "retired.yamada", "sato"',
    ]);
    await page.fill('[data-picker="confirm"] [data-pick="code"]', 'ito');
    await page.setViewportSize({ width: 1280, height: 1800 });
    await screenshot(page, 'edit-replace');
    await page.click('[data-picker="confirm"] [data-action="confirm"]');
    expect(writes()).toEqual([]);
    // The replacement was looked up as it was added: its name shows.
    await page.waitForSelector('tr[data-entity-code="ito"] .knm-name:text("Ito Mei")');
    await save(page);
    expect(writes().map((w) => `${w.path} ${w.status}`)).toEqual([
      `${GENERAL} 200`,
      `${PER_RECORD} 200`,
      `${REMINDER} 200`,
    ]);
    const held = JSON.stringify(await Promise.all([GENERAL, PER_RECORD, REMINDER].map((p) => get(p, APPS.handover))));
    expect(held).not.toContain('retired.yamada');
    expect(held.match(/"ito"/g)).toHaveLength(3);
    // …and in the condition, in place, the rest as written.
    expect(held).toContain('Owner in (\\"ito\\", \\"sato\\")');
    await page.close();
  });
});

describe('guest spaces', () => {
  it('writes through the guest-space path, and offers no department to add there', async () => {
    const page = await h.openConfig(APPS.guest);
    await startEditing(page);
    const picker = '.knm > [data-picker="add-recipient"]';
    expect(
      await page.$$eval(`${picker} [data-pick="type"] option`, (options) =>
        options.map((o) => o.getAttribute('value')),
      ),
    ).toEqual(['USER', 'GROUP', 'FIELD_ENTITY']);
    await page.fill(`${picker} [data-pick="code"]`, 'guest/carol@partner.example');
    await page.click(`${picker} [data-action="add-recipient"]`);
    await page.click(cell('guest/carol@partner.example', 'commentAdded'));
    await save(page);
    expect(writes().map((w) => `${w.method} ${w.path} ${w.status}`)).toEqual([
      'PUT /k/guest/7/v1/preview/app/notifications/general.json 200',
    ]);
    expect(writes()[0].body.notifications.at(-1)).toMatchObject({
      entity: { type: 'USER', code: 'guest/carol@partner.example' },
      commentAdded: true,
    });
    await page.close();
  });
});

describe('nothing is lost', () => {
  it('a conflict keeps the edit, re-reads, and saves it on top of the other person’s change', async () => {
    const page = await h.openConfig(APPS.handover);
    await startEditing(page);
    await page.click(cell('sales-managers', 'fileImported'));
    // Someone else turns the commenter setting off meanwhile.
    const theirs = await get(GENERAL, APPS.handover);
    expect((await put(GENERAL, { ...theirs, app: APPS.handover, notifyToCommenter: false })).status).toBe(200);
    await save(page, 'conflict');
    expect(writes().map((w) => w.status)).toEqual([200, 409]);
    expect(writes()[1].code).toBe('GAIA_CO02');
    // The edit is still on screen, now over their version.
    expect(await page.getAttribute(cell('sales-managers', 'fileImported'), 'data-on')).toBe('true');
    expect(await page.isChecked('[data-action="commenter"]')).toBe(false);
    await save(page);
    const held = await get(GENERAL, APPS.handover);
    expect(held.notifyToCommenter).toBe(false);
    expect(held.notifications[1].fileImported).toBe(true);
    await page.close();
  });

  it('a failed kind says what was and was not written, and keeps its edits', async () => {
    const page = await h.openConfig(APPS.handover);
    await startEditing(page);
    await page.click(cell('sales-managers', 'statusChanged'));
    await page.click('[data-kind-tab="perRecord"]');
    await page.fill('[data-per-record="1"] [data-pick="code"]', 'no-such-user');
    await page.click('[data-per-record="1"] [data-action="add-recipient"]');
    await page.click('[data-kind-tab="reminder"]');
    await page.fill('[data-reminder="0"] [data-title-input]', 'Due tomorrow!');
    await page.press('[data-reminder="0"] [data-title-input]', 'Tab');
    await save(page, 'failed');
    expect(writes().map((w) => `${w.path} ${w.status}`)).toEqual([`${GENERAL} 200`, `${PER_RECORD} 400`]);
    const words = await page.textContent('[data-write-result]');
    expect(words).toContain('Saved: General');
    expect(words).toContain('Per-record');
    expect(words).toContain('CB_VA01');
    // kintone's `errors` say which recipient it refused.
    expect(words).toContain('notifications[1].targets');
    expect(words).toContain('Not attempted: Reminders');
    // Unsaved edits stay on screen.
    expect(await page.inputValue('[data-reminder="0"] [data-title-input]')).toBe('Due tomorrow!');
    await page.click('[data-kind-tab="perRecord"]');
    // Looked up as it was added: the directory does not know it.
    await page.waitForSelector('[data-per-record="1"] [data-entity-code="no-such-user"] .knm-flag');
    await page.close();
  });
});

describe('Update App and Undo', () => {
  it('Update App warns first, deploys, and says it is done; the live settings then match', async () => {
    const page = await h.openConfig(APPS.handover);
    await startEditing(page);
    await page.click(cell('sales-managers', 'recordEdited'));
    await save(page);
    await page.click('[data-action="update-app"]');
    expect(await page.textContent('.knm-confirm')).toContain('not only notifications');
    expect(writes().some((w) => w.path.endsWith('deploy.json'))).toBe(false);
    await page.click('.knm-confirm [data-action="confirm"]');
    await page.waitForSelector('[data-write-result="deployed"]');
    const deploys = writes().filter((w) => w.path.endsWith('deploy.json'));
    expect(deploys).toHaveLength(1);
    expect(deploys[0].body).toEqual({ apps: [{ app: String(APPS.handover), revision: expect.any(String) }] });
    const [live, preview] = await Promise.all([
      get('/k/v1/app/notifications/general.json', APPS.handover),
      get(GENERAL, APPS.handover),
    ]);
    expect(live.notifications).toEqual(preview.notifications);
    await page.waitForSelector('.knm:not([aria-busy])');
    expect(await page.locator('[data-pending]').count()).toBe(0);
    await page.close();
  });

  it('a failed Update App says so and leaves live as it was', async () => {
    const liveBefore = await get('/k/v1/app/notifications/general.json', APPS.handover);
    const page = await h.openConfig(APPS.handover, { deploy: 'fail' });
    await startEditing(page);
    await page.click(cell('sales-managers', 'recordEdited'));
    await save(page);
    await page.click('[data-action="update-app"]');
    await page.click('.knm-confirm [data-action="confirm"]');
    await page.waitForSelector('[data-write-result="deploy-failed"]');
    expect(await page.textContent('[data-write-result]')).toContain('FAIL');
    expect(await get('/k/v1/app/notifications/general.json', APPS.handover)).toEqual(liveBefore);
    await page.close();
  });

  it('Undo writes back the pre-live settings exactly as they were before the edit', async () => {
    const before = await Promise.all([get(GENERAL, APPS.handover), get(PER_RECORD, APPS.handover)]);
    const page = await h.openConfig(APPS.handover);
    await startEditing(page);
    await page.click(cell('sales-managers', 'recordEdited'));
    await page.click('[data-kind-tab="perRecord"]');
    await page.click('[data-per-record="0"] [data-action="remove-notification"]');
    await save(page);
    await page.click('[data-action="undo"]');
    // Undone: the way back is spent, and the result says what was written.
    await page.waitForSelector('[data-action="undo"]', { state: 'detached' });
    await page.waitForSelector('[data-write-result="saved"]');
    await page.waitForSelector('.knm:not([aria-busy])');
    const after = await Promise.all([get(GENERAL, APPS.handover), get(PER_RECORD, APPS.handover)]);
    expect(after[0].notifications).toEqual(before[0].notifications);
    expect(after[1].notifications).toEqual(before[1].notifications);
    expect(writes().map((w) => `${w.path} ${w.status}`)).toEqual([
      `${GENERAL} 200`,
      `${PER_RECORD} 200`,
      `${GENERAL} 200`,
      `${PER_RECORD} 200`,
    ]);
    expect(writes()[2].body).toEqual({
      ...before[0],
      app: String(APPS.handover),
      revision: String(Number(before[0].revision) + 2),
    });
    await page.close();
  });
});
