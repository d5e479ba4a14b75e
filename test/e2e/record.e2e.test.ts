// The record lens in Chromium on the built zip: for record N, who gets each notification — kintone (the
// stand-in's refusing evaluator) says whether the record meets each condition — with the requests it costs,
// the #record= deep link with a person, pasted addresses, kintone's refusals, and the record details link.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APPS, screenshot, setUpHarness } from './harness';

const h = setUpHarness();

/** Each answer as kind:key=met@at (reach), and its recipients as TYPE:code<field. */
const answers = (page: Page) =>
  page.$$eval('[data-record-result]', (items) =>
    items.map((item) => {
      const e = item as HTMLElement;
      const recipients = [...e.querySelectorAll<HTMLElement>('[data-record-recipient]')].map(
        (r) =>
          `${r.dataset.entityType}:${r.dataset.entityCode}${r.dataset.includeSubs ? '+subs' : ''}${r.dataset.from ? `<${r.dataset.from}` : ''}`,
      );
      const reach = e.dataset.personReach ? ` (${e.dataset.personReach})` : '';
      return `${e.dataset.kind}:${e.dataset.key}=${e.dataset.met}@${e.dataset.at ?? '-'}${reach} ${recipients.join(' ')}`;
    }),
  );

/** The record lens's answer (or its error). */
const ANSWER = '.knm-lens-answer[aria-label="Check a record"]';

const check = async (page: Page, input: string) => {
  await page.fill('[data-record-input]', input);
  await page.press('[data-record-input]', 'Enter');
  await page.waitForFunction(() => !document.querySelector('.knm-lens-form[aria-busy]'));
  await page.waitForSelector(ANSWER);
};

describe('the record lens', () => {
  it('answers for one record with one record read and one read per distinct condition, GET only', async () => {
    const page = await h.openConfig(APPS.team);
    const before = h.standIn.requests.length;
    await check(page, '2');
    const sent = h.standIn.requests.slice(before);
    expect(sent.every((r) => r.method === 'GET')).toBe(true);
    expect(sent.filter((r) => r.path === '/k/v1/record.json')).toHaveLength(1);
    // Three distinct conditions: two per-record, one reminder; the other reminder has none.
    // Asked at once: the order they arrive in is not theirs to keep.
    expect(
      sent
        .filter((r) => r.path === '/k/v1/records.json')
        .map((r) => String(r.query?.query))
        .sort(),
    ).toEqual([
      '$id = 2 and (Amount > 1000000 and Priority in ("High"))',
      '$id = 2 and (Status in ("Done"))',
      '$id = 2 and (Status not in ("Done"))',
    ]);
    expect(sent).toHaveLength(4);
    expect(await answers(page)).toEqual([
      'general:recordAdded=true@- USER:sato GROUP:sales-managers ORGANIZATION:sales+subs USER:retired.yamada USER:ghost.user',
      'general:recordEdited=true@- USER:sato USER:tanaka ORGANIZATION:sales+subs USER:ito<Created_by',
      'general:commentAdded=true@- USER:sato USER:tanaka USER:retired.yamada USER:ito<Created_by',
      'general:statusChanged=true@- USER:sato GROUP:sales-managers USER:ito<Created_by',
      'general:fileImported=true@- ',
      'perRecord:0=false@- GROUP:sales-managers',
      'perRecord:1=true@- USER:sato ORGANIZATION:sales+subs',
      // Due date 2026-12-20, one day before at 09:00 Tokyo = 2026-12-19T00:00Z.
      'reminder:0=true@2026-12-19T00:00:00Z USER:ito<Created_by USER:tanaka',
      // Customer visit is empty: no reminder for this record.
      'reminder:1=true@ USER:kimura GROUP:sales-managers',
    ]);
    expect(await page.textContent('[data-record-result][data-kind="reminder"][data-key="1"]')).toContain(
      'the date is empty',
    );
    expect(new URL(page.url()).hash).toBe('#record=2');
    await screenshot(page, 'record-lens');
    await page.close();
  });

  it('asks the conditions of settings read after a #record= link checked the record', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The reminder settings arrive last (they fill in as they arrive; the link checks the record at once).
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/k/v1/app/notifications/reminder.json*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${h.standIn.url}/k/admin/app/${APPS.team}/plugin/config?app=${APPS.team}#record=2`);
    await page.waitForSelector('[data-record-result][data-kind="perRecord"]');
    expect(await page.locator('[data-record-result][data-kind="reminder"]').count()).toBe(0);
    release();
    await page.waitForSelector('[data-record-result][data-kind="reminder"][data-key="0"][data-met="true"]');
    expect(
      await page.$$eval('[data-record-result][data-kind="reminder"]', (items) =>
        items.map((e) => (e as HTMLElement).dataset.met),
      ),
    ).toEqual(['true', 'true']);
    await page.close();
  });

  it('opens from #record= with #person=, and says how the record reaches that person', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${h.standIn.url}/k/admin/app/${APPS.team}/plugin/config?app=${APPS.team}#person=ito&record=2`);
    await page.waitForSelector('[data-record-result][data-person-reach]');
    const reach = await page.$$eval('[data-record-result]', (items) =>
      items.map(
        (e) =>
          `${(e as HTMLElement).dataset.kind}:${(e as HTMLElement).dataset.key}=${(e as HTMLElement).dataset.personReach}`,
      ),
    );
    // ito created record 2 (Created by) and works in Shinjuku Office, under Sales Division.
    expect(reach).toEqual([
      'general:recordAdded=organization',
      'general:recordEdited=field',
      'general:commentAdded=field',
      'general:statusChanged=field',
      'general:fileImported=none',
      'perRecord:0=none',
      'perRecord:1=organization',
      'reminder:0=field',
      'reminder:1=none',
    ]);
    await page.close();
  });

  it('takes a pasted record address, and refuses one of another app without a request', async () => {
    const page = await h.openConfig(APPS.team);
    await check(page, `${h.standIn.url}/k/${APPS.team}/show#record=1`);
    expect(await page.getAttribute('[data-record-result][data-kind="perRecord"][data-key="0"]', 'data-met')).toBe(
      'true',
    );
    const before = h.standIn.requests.length;
    await check(page, `${h.standIn.url}/k/99/show#record=1`);
    expect(await page.getAttribute(`${ANSWER} [role="alert"]`, 'data-error-code')).toBe('OTHER_APP');
    expect(h.standIn.requests.length).toBe(before);
    await page.close();
  });

  it.each([
    ['an unknown record', '99', 'GAIA_RE01'],
    ['a record the user may not view', '4', 'CB_NO02'],
  ])('says so for %s, and the matrix stays', async (_, id, code) => {
    const page = await h.openConfig(APPS.team);
    await check(page, id);
    expect(await page.getAttribute(`${ANSWER} [role="alert"]`, 'data-error-code')).toBe(code);
    expect(await page.$$('[data-record-result]')).toHaveLength(0);
    expect(await page.$$('tr[data-entity-type]')).not.toHaveLength(0);
    await page.close();
  });

  it('answers unknown, with kintone’s reason, where kintone refuses a condition (a deleted field)', async () => {
    const page = await h.openConfig(APPS.fields);
    await check(page, '1');
    const refused = '[data-record-result][data-kind="perRecord"][data-key="0"]';
    expect(await page.getAttribute(refused, 'data-met')).toBe('unknown');
    expect(await page.textContent(refused)).toContain('GAIA_IQ11');
    // Title like "laptop": met; Department resolves to the record's department, incl. sub-departments kept.
    const met = '[data-record-result][data-kind="perRecord"][data-key="1"]';
    expect(await page.getAttribute(met, 'data-met')).toBe('true');
    expect(await page.getAttribute(`${met} [data-record-recipient]`, 'data-from')).toBe('Department');
    await page.close();
  });
});

describe('the record details link', () => {
  it('links app administrators from a record to the lens on it', async () => {
    const page = await h.openRecordList(APPS.team);
    await page.evaluate(() => kintone.plugin.app.setConfig({ listButton: 'true' }, () => undefined));
    await page.goto(`${h.standIn.url}/k/${APPS.team}/show#record=2`);
    const link = await page.waitForSelector('#standin-record-menu-space .knm-list-button');
    expect(await link.textContent()).toBe('Who is notified about this record?');
    await Promise.all([page.waitForNavigation(), link.click()]);
    expect(new URL(page.url()).hash).toBe('#record=2');
    await page.waitForSelector('[data-record-result]');
    expect(await page.$$('[data-record-result]')).toHaveLength(9);
    await page.close();
  });

  it('shows nothing to a user who may not manage the app', async () => {
    const page = await h.openRecordList(APPS.forbidden);
    await page.evaluate(() => kintone.plugin.app.setConfig({ listButton: 'true' }, () => undefined));
    await page.goto(`${h.standIn.url}/k/${APPS.forbidden}/show#record=1`);
    await page.waitForTimeout(300);
    expect(await page.$('.knm-list-button')).toBeNull();
    await page.close();
  });
});
