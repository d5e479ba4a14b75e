// "Why didn't they get it?" in Chromium on the built zip: with a person and a record checked, each line of the
// record answer says yes, no or unknown and the rule that decides — record permissions included. Sample app 3
// (Equipment requests) has one record permission: records titled "confidential" are viewable by their creator,
// approver and department only (everyone last, no view). Record 2 is such a record, record 1 is not.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APPS, screenshot, setUpHarness } from './harness';

const h = setUpHarness();

/** Opens app 3's settings with a person and a record checked, through the deep link. */
async function open(person: string, record: string, language?: 'ja') {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const lang = language ? `&lang=${language}` : '';
  await page.goto(
    `${h.standIn.url}/k/admin/app/${APPS.fields}/plugin/config?app=${APPS.fields}${lang}#person=${person}&record=${record}`,
  );
  await page.waitForSelector('[data-record-result][data-person-gets]');
  return page;
}

/** Each line as kind:key=gets/why. */
const verdicts = (page: Page) =>
  page.$$eval('[data-record-result]', (items) =>
    items.map((item) => {
      const { kind, key, personGets, personWhy } = (item as HTMLElement).dataset;
      return `${kind}:${key}=${personGets}/${personWhy}`;
    }),
  );

const line = (kind: string, key: string) => `[data-record-result][data-kind="${kind}"][data-key="${key}"]`;

describe('the verdict per person and record', () => {
  it('a recipient who may not view the record (a record permission it meets) gets no: NO_RECORD_VIEW', async () => {
    const page = await open('sato', '2');
    // sato is named for Status changed; record 2 is confidential and names neither him nor his department.
    expect(await page.getAttribute(line('general', 'statusChanged'), 'data-person-gets')).toBe('no');
    expect(await page.getAttribute(line('general', 'statusChanged'), 'data-person-why')).toBe('NO_RECORD_VIEW');
    expect(await page.textContent(line('general', 'statusChanged'))).toContain('record permission');
    // The person lens says it per record permission too.
    expect(await page.textContent('[data-person-caveat="record-acl"]')).toContain(
      'Record 2: No — record permissions, row 1,',
    );
    // What kintone cannot be asked about is named once under the answer.
    const notes = await page.textContent('.knm-verdict-notes');
    for (const words of ['their own action', 'File imported', 'mail settings', 'Update App'])
      expect(notes).toContain(words);
    await screenshot(page, 'verdict');
    await page.close();
  });

  it('the same person on a record outside the rule gets yes', async () => {
    const page = await open('sato', '1');
    expect(await page.getAttribute(line('general', 'statusChanged'), 'data-person-gets')).toBe('yes');
    expect(await page.getAttribute(line('general', 'statusChanged'), 'data-person-why')).toBe('');
    expect(await page.textContent('[data-person-caveat="record-acl"]')).toBe('Record 1: no record permission applies');
    // Each line links to its place: General's row that reaches him, a notification in its list.
    await page.click(`${line('general', 'statusChanged')} [data-show]`);
    await page.waitForFunction(() => document.activeElement?.id === 'knm-row-USER:sato');
    await page.click(`${line('perRecord', '1')} [data-show]`);
    await page.waitForFunction(() => document.activeElement?.id === 'knm-row-perRecord:1');
    expect(await page.getAttribute('[data-kind-tab="perRecord"]', 'aria-selected')).toBe('true');
    await page.close();
  });

  it('a stopped user gets no: STOPPED, and is marked in the chips', async () => {
    // retired.yamada approves record 2: a recipient of Record added through the Approver field.
    const page = await open('retired.yamada', '2');
    expect(await page.getAttribute(line('general', 'recordAdded'), 'data-person-gets')).toBe('no');
    expect(await page.getAttribute(line('general', 'recordAdded'), 'data-person-why')).toBe('STOPPED');
    const chip = `${line('general', 'recordAdded')} [data-record-recipient][data-entity-code="retired.yamada"]`;
    expect(await page.getAttribute(chip, 'data-flag')).toBe('USER_STOPPED');
    await page.close();
  });

  it('a person who is not a recipient gets no: NOT_RECIPIENT; a refused condition gives unknown', async () => {
    const page = await open('kimura', '1');
    expect(await page.getAttribute(line('general', 'statusChanged'), 'data-person-why')).toBe('NOT_RECIPIENT');
    await page.close();
    // suzuki approves record 1; per-record #1's condition names a deleted field, which kintone refuses.
    const refused = await open('suzuki', '1');
    expect(await verdicts(refused)).toContain('perRecord:0=unknown/UNKNOWN_CONDITION');
    expect(await refused.textContent(line('perRecord', '0'))).toContain('GAIA_IQ11');
    await refused.close();
  });

  it('one chip for a person reached through two fields, and an empty field named', async () => {
    const page = await open('tanaka', '2');
    // Created by and Updated by both hold tanaka: kintone sends one notification, so one chip names both.
    const chips = await page.$$eval(`${line('general', 'recordEdited')} [data-record-recipient]`, (items) =>
      items.map((e) => `${(e as HTMLElement).dataset.entityCode}<${(e as HTMLElement).dataset.from}`),
    );
    expect(chips).toContain('tanaka<Created_by Updated_by');
    // Record 2 leaves its Department empty: the line names it rather than dropping it silently.
    expect(await page.textContent(`${line('general', 'recordAdded')} [data-empty-field="Department"]`)).toBe(
      'Requesting department: empty on this record',
    );
    await page.close();
  });

  it('reads the record permissions once per panel load, and not at all without a person', async () => {
    const page = await h.openConfig(APPS.fields);
    const before = h.standIn.requests.length;
    await page.fill('[data-record-input]', '2');
    await page.press('[data-record-input]', 'Enter');
    await page.waitForSelector('[data-record-result]');
    const acl = () => h.standIn.requests.slice(before).filter((r) => r.path === '/k/v1/record/acl.json');
    expect(acl()).toHaveLength(0);
    const asked = () => h.standIn.requests.slice(before).filter((r) => r.path === '/k/v1/records.json').length;
    const withoutPerson = asked();
    // The person after the record: the rule's condition is asked then, once.
    await page.fill('[data-person-input]', 'sato');
    await page.press('[data-person-input]', 'Enter');
    await page.waitForSelector('[data-record-result][data-person-gets]');
    await page.fill('[data-person-input]', 'kimura');
    await page.press('[data-person-input]', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-person-result]') !== null);
    await page.fill('[data-record-input]', '1');
    await page.press('[data-record-input]', 'Enter');
    await page.waitForSelector('[data-record-result][data-person-gets]');
    expect(acl()).toHaveLength(1);
    // Record 2: the notifications' conditions, then the rule's; record 1: all of them in one wave.
    expect(asked()).toBe(withoutPerson + 1 + withoutPerson + 1);
    await page.close();
  });

  it('without a record, the person lens says record permissions may stop a notification and offers the record input', async () => {
    const page = await h.openConfig(APPS.fields);
    await page.fill('[data-person-input]', 'sato');
    await page.press('[data-person-input]', 'Enter');
    const caveat = '[data-person-caveat="record-acl"]';
    await page.waitForSelector(caveat);
    expect(await page.textContent(caveat)).toContain('Record permissions exist (rules: 1)');
    await page.click(`${caveat} button`);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-record-input'))).toBe(true);
    await page.close();
  });

  it('says it in Japanese', async () => {
    const page = await open('sato', '2', 'ja');
    expect(await page.textContent(line('general', 'statusChanged'))).toContain('レコードのアクセス権');
    await screenshot(page, 'verdict-ja');
    await page.close();
  });
});
