// npm run screenshots: the README's screenshots, at 1280 × 800 as a user sees the first screen, in English and
// Japanese, from the built zip on the stand-in. Japanese needs a CJK font (Debian: fonts-noto-cjk).
import { mkdirSync } from 'node:fs';
import { startStandIn } from '../stand-in/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { APPS, configPageUrl } from '../stand-in/urls.mjs';

/** Name, app, page switches, what to do before the picture, and the page's hash. */
const SHOTS = [
  ['matrix', APPS.team, {}],
  ['matrix-ja', APPS.team, { lang: 'ja' }],
  ['everyone', APPS.team, {}, (page) => page.click('[data-kind-tab="everyone"]')],
  ['everyone-ja', APPS.team, { lang: 'ja' }, (page) => page.click('[data-kind-tab="everyone"]')],
  ['differences', APPS.pending, {}, (page) => page.click('[data-view="diff"]')],
  ['differences-ja', APPS.pending, { lang: 'ja' }, (page) => page.click('[data-view="diff"]')],
  ['per-record', APPS.team, {}, (page) => page.click('[data-kind-tab="perRecord"]')],
  ['per-record-ja', APPS.team, { lang: 'ja' }, (page) => page.click('[data-kind-tab="perRecord"]')],
  ['reminders', APPS.team, { lang: 'ja' }, (page) => page.click('[data-kind-tab="reminder"]')],
  ['large', APPS.large, { userApi: 'forbidden' }],
  [
    'record-lens',
    APPS.team,
    {},
    (page) => page.waitForSelector('[data-record-result][data-person-reach]'),
    '#person=ito&record=2',
  ],
  ['record-lens-ja', APPS.team, { lang: 'ja' }, (page) => page.waitForSelector('[data-record-result]'), '#record=2'],
  ['verdict', APPS.fields, {}, (page) => page.waitForSelector('[data-person-gets]'), '#person=sato&record=2'],
  [
    'verdict-ja',
    APPS.fields,
    { lang: 'ja' },
    (page) => page.waitForSelector('[data-person-gets]'),
    '#person=sato&record=2',
  ],
  ['person-lens', APPS.departments, {}, checkIto],
  ['person-lens-ja', APPS.departments, { lang: 'ja' }, checkIto],
  ['edit-replace', APPS.handover, {}, replaceYamada],
  ['edit-replace-ja', APPS.handover, { lang: 'ja' }, replaceYamada],
  ['edit-saved', APPS.handover, {}, saveAnEdit],
  ['edit-saved-ja', APPS.handover, { lang: 'ja' }, saveAnEdit],
  ['all-apps', APPS.team, {}, (page) => allApps(page, 'retired.yamada')],
  ['all-apps-ja', APPS.team, { lang: 'ja' }, (page) => allApps(page)],
  ['offboard', APPS.team, { apps: 40 }, (page) => offboard(page)],
  ['offboard-ja', APPS.team, { apps: 40, lang: 'ja' }, (page) => offboard(page)],
  ['all-apps-crowded-ja', APPS.team, { apps: 40, others: 93, latency: 100, lang: 'ja' }, crowdedScan],
];

/** The person lens on ito, who is reached through departments five levels up. */
async function checkIto(page) {
  await page.fill('[data-person-input]', 'ito');
  await page.click('[data-person-check]');
  await page.waitForSelector('[data-person-result]');
}

/** Edit mode, and the stopped user's Replace everywhere, listing every place. */
async function replaceYamada(page) {
  await page.click('[data-action="edit"]');
  await page.click('tr[data-entity-code="retired.yamada"] [data-action="replace"]');
}

/** Edit mode, one trigger turned on, saved to pre-live. */
async function saveAnEdit(page) {
  await page.click('[data-action="edit"]');
  await page.click('tbody tr:first-child td[data-trigger="fileImported"]');
  await page.click('[data-action="save"]');
  await page.waitForSelector('[data-write-result="saved"]');
}

/** The handover of p.leaver (pre-live-only, condition-only apps) to p.new, previewed, scrolled into view. */
async function offboard(page) {
  await allApps(page, 'p.leaver');
  await page.fill('[data-offboard-by]', 'p.new');
  await page.click('[data-action="offboard-preview"]');
  await page.waitForSelector('.knm-offboard [data-places]');
  await page.locator('.knm-offboard').scrollIntoViewIfNeeded();
}

/** A scan held back by other integrations' load: its progress says so. */
async function crowdedScan(page) {
  await page.click('[data-apps-open]');
  await page.click('[data-apps-scan]');
  await page.waitForFunction(
    () => Number(document.querySelector('[data-apps-progress]')?.getAttribute('data-done')) >= 3,
  );
}

/** Opens All apps, scans the stand-in's 332 apps, and checks a person across them when given. */
async function allApps(page, person) {
  await page.click('[data-apps-open]');
  await page.click('[data-apps-scan]');
  await page.waitForSelector('tr[data-app-id]', { timeout: 120_000 });
  if (!person) return;
  await page.fill('[data-apps-person-input]', person);
  await page.click('[data-apps-person-check]');
  await page.waitForSelector('tr[data-person-reach]');
}

mkdirSync('docs', { recursive: true });
const standIn = await startStandIn({ port: 0 });
const browser = await launchBrowser();
try {
  for (const [name, app, params, before, hash = ''] of SHOTS) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(configPageUrl(standIn.url, app, params) + hash);
    await page.waitForSelector('.knm:not([aria-busy])');
    await before?.(page);
    // A scan still running is what the crowded shot shows.
    if (name !== 'all-apps-crowded-ja') await page.waitForSelector('.knm:not([aria-busy])');
    await page.screenshot({ path: `docs/screenshot-${name}.png` });
    await page.close();
    console.log(`docs/screenshot-${name}.png`);
  }
} finally {
  await browser.close();
  await standIn.close();
}
