// The person lens in Chromium on the built zip: each reach path, each exception, a directory the account
// may not read, Japanese, and the #person= deep link.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APPS, screenshot, setUpHarness } from './harness';

const h = setUpHarness();
const DEPARTMENTS = 11;

const check = async (page: Page, login: string) => {
  await page.fill('[data-person-input]', login);
  await page.click('[data-person-check]');
  await page.waitForSelector('[data-person-caveat="self"]');
  await page.waitForSelector('.knm-lens-form:not([aria-busy])');
};
/** `kind:key=reach:via` for every answer line. */
const answers = (page: Page) =>
  page.$$eval('[data-person-result]', (lines) =>
    lines.map(
      (line) =>
        `${line.getAttribute('data-kind')}:${line.getAttribute('data-key')}=${line.getAttribute('data-reach')}:${line.getAttribute('data-via') ?? ''}`,
    ),
  );
const caveats = (page: Page) =>
  page.$$eval('[data-person-caveat]', (els) => els.map((el) => el.getAttribute('data-person-caveat')));

describe('person lens', () => {
  it('follows departments up the tree, groups before departments, and says where it cannot reach', async () => {
    const page = await h.openConfig(DEPARTMENTS);
    await check(page, 'ito');
    // ito works in Shinjuku Office, under Tokyo Branch, under East Japan (a recipient incl. sub-departments).
    expect(await answers(page)).toEqual([
      'general:recordAdded=organization:sales-east',
      'general:recordEdited=organization:sales-east',
      'general:commentAdded=none:',
      'general:statusChanged=organization:sales-east',
      'general:fileImported=none:',
    ]);
    expect(await page.textContent('[data-key="recordAdded"]')).toContain('shinjuku-office › tokyo-branch');
    expect(await page.getAttribute('[data-person-caveat="view"]', 'data-may-view')).toBe('false');
    // The matrix highlights the rows that reach ito.
    expect(
      await page.$$eval('tr[data-person-reach]', (rows) => rows.map((r) => r.getAttribute('data-entity-code'))),
    ).toEqual(['sales-east']);
    await screenshot(page, 'person-lens');
    await check(page, 'watanabe');
    const watanabe = await answers(page);
    expect(watanabe[0]).toBe('general:recordAdded=group:auditors');
    expect(watanabe[4]).toBe('general:fileImported=group:auditors');
    await page.close();
  });

  it('opens from #person= and keeps the answer through Refresh', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.standIn.url}/k/admin/app/${DEPARTMENTS}/plugin/config?app=${DEPARTMENTS}#person=ito`);
    await page.waitForSelector('[data-person-result][data-key="recordAdded"][data-reach="organization"]');
    await page.click('.knm-header .knm-button');
    await page.waitForSelector('.knm:not([aria-busy]) [data-person-result][data-key="recordAdded"]');
    expect(await page.inputValue('[data-person-input]')).toBe('ito');
    await page.close();
  });

  it('never answers a wrong "no" when the directory is not readable', async () => {
    const page = await h.openConfig(DEPARTMENTS, { userApi: 'forbidden' });
    await check(page, 'ito');
    const lines = await answers(page);
    expect(lines.some((line) => line.includes('=none'))).toBe(false);
    // Any of Example Corp, East Japan or HR might be ito's: unknown, naming the first that might.
    expect(lines[0]).toBe('general:recordAdded=unknown:company');
    expect(await page.textContent('[data-key="recordAdded"]')).toContain('Could not be checked');
    await page.close();
  });

  it('names a direct recipient, and a field recipient as depending on the record', async () => {
    const page = await h.openConfig(APPS.team);
    await check(page, 'tanaka');
    const lines = await answers(page);
    expect(lines).toContain('general:recordEdited=direct:tanaka');
    // Created by receives Status changed: tanaka gets it when they created the record.
    expect(lines).toContain('general:statusChanged=field:Created_by');
    await page.close();
  });

  it('states each exception where it applies', async () => {
    const team = await h.openConfig(APPS.team);
    await check(team, 'retired.yamada');
    expect(await caveats(team)).toEqual(['self', 'view', 'stopped', 'email']);
    await check(team, 'guest/alice@partner.example');
    expect(await caveats(team)).toContain('guest');
    await check(team, 'nobody.here');
    expect(await team.$('[data-person-unknown]')).not.toBeNull();
    await team.close();

    const fields = await h.openConfig(APPS.fields);
    await check(fields, 'sato');
    expect(await caveats(fields)).toContain('record-acl');
    await fields.close();

    const pending = await h.openConfig(APPS.pending);
    await check(pending, 'sato');
    expect(await caveats(pending)).toContain('pre-live');
    expect(await pending.textContent('.knm-lens-answer')).toContain('After Update App');
    await pending.close();
  });

  it('speaks Japanese', async () => {
    const page = await h.openConfig(DEPARTMENTS, { lang: 'ja' });
    await check(page, 'ito');
    expect(await page.textContent('[data-person-result][data-key="recordAdded"]')).toContain('レコード追加');
    expect(await page.textContent('[data-person-caveat="self"]')).toContain('自分の操作');
    await page.close();
  });
});
