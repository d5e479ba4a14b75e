// The record lens in the bench: one check of a record at a given latency — the requests it sends (one record
// read, then one per distinct condition) and the time from Check to the answer on screen, in round trips.

/** Opens the settings page, checks record `id` in the record lens, and reads what that cost. */
export async function recordCheck(browser, url, id) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]', { timeout: 60_000 });
    return await page.evaluate(async (record) => {
      const reads = () =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => /\/records?\.json$/.test(p));
      const input = document.querySelector('[data-record-input]');
      input.value = record;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const t0 = performance.now();
      document.querySelector('[data-record-check]').click();
      const answered = () => document.querySelector('[data-record-result]');
      while (!answered()) await new Promise((resolve) => setTimeout(resolve, 5));
      return { ms: performance.now() - t0, requests: reads() };
    }, String(id));
  } finally {
    await page.close();
  }
}

/**
 * The verdict: person `code` checked first (which reads the app and record permissions), then record `id` — the
 * requests the record check sends, the permission reads of the whole page, and the time from Check to the verdicts.
 */
export async function verdictCheck(browser, url, code, id) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]', { timeout: 60_000 });
    await page.fill('[data-person-input]', code);
    await page.press('[data-person-input]', 'Enter');
    await page.waitForSelector('[data-person-result]');
    return await page.evaluate(async (record) => {
      const paths = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      const before = paths().length;
      const input = document.querySelector('[data-record-input]');
      input.value = record;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const t0 = performance.now();
      document.querySelector('[data-record-check]').click();
      while (!document.querySelector('[data-person-gets]')) await new Promise((resolve) => setTimeout(resolve, 5));
      const ms = performance.now() - t0;
      return {
        ms,
        requests: paths().slice(before),
        permissionReads: paths().filter((p) => p.endsWith('/record/acl.json')).length,
      };
    }, String(id));
  } finally {
    await page.close();
  }
}
