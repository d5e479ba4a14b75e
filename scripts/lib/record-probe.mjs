// The record lens in the bench: one check of a record at a given latency — the requests it sends (one record
// read, then one per distinct condition) and the time from Check to the answer on screen, in round trips.

/** In the page: types `record` in the record lens, presses Check, and times it until `until` is on screen. */
async function timeCheck({ record, until }) {
  const paths = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  const before = paths().length;
  const input = document.querySelector('[data-record-input]');
  input.value = record;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const t0 = performance.now();
  document.querySelector('[data-record-check]').click();
  while (!document.querySelector(until)) await new Promise((resolve) => setTimeout(resolve, 5));
  return { ms: performance.now() - t0, requests: paths().slice(before), all: paths() };
}

/** Opens the settings page and waits for the matrix. */
async function openSettings(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]', { timeout: 60_000 });
  return page;
}

/** Opens the settings page, checks record `id` in the record lens, and reads what that cost. */
export async function recordCheck(browser, url, id) {
  const page = await openSettings(browser, url);
  try {
    const { ms, requests } = await page.evaluate(timeCheck, { record: String(id), until: '[data-record-result]' });
    return { ms, requests: requests.filter((p) => /\/records?\.json$/.test(p)) };
  } finally {
    await page.close();
  }
}

/**
 * The verdict: person `code` checked first (which reads the app and record permissions), then record `id` — the
 * requests the record check sends, the permission reads of the whole page, and the time from Check to the verdicts.
 */
export async function verdictCheck(browser, url, code, id) {
  const page = await openSettings(browser, url);
  try {
    await page.fill('[data-person-input]', code);
    await page.press('[data-person-input]', 'Enter');
    await page.waitForSelector('[data-person-result]');
    const { ms, requests, all } = await page.evaluate(timeCheck, { record: String(id), until: '[data-person-gets]' });
    return { ms, requests, permissionReads: all.filter((p) => p.endsWith('/record/acl.json')).length };
  } finally {
    await page.close();
  }
}
