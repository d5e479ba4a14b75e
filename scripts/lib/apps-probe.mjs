// The view across apps in the bench: one scan of a domain of `apps` generated apps (plus the sample apps) at a
// given latency — its time against the ideal of (requests ÷ 6 in flight × latency), the requests it sent, the
// most in flight, and the size of the result kept for the session.

/** Opens the settings page, opens All apps, scans, and reads what that cost. */
export async function appsScan(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForSelector('.knm:not([aria-busy]) tr[data-entity-type]', { timeout: 60_000 });
    // eslint-disable-next-line n/no-unsupported-features/node-builtins -- runs in the page, not in Node
    await page.evaluate(() => window.sessionStorage.clear());
    await page.click('[data-apps-open]');
    await page.waitForSelector('[data-apps-scan]', { timeout: 60_000 });
    return await page.evaluate(async () => {
      performance.clearResourceTimings();
      performance.setResourceTimingBufferSize(100_000);
      const heapBefore = performance.memory?.usedJSHeapSize;
      const t0 = performance.now();
      document.querySelector('[data-apps-scan]').click();
      while (!document.querySelector('tr[data-app-id]')) await new Promise((resolve) => setTimeout(resolve, 20));
      const ms = performance.now() - t0;
      const entries = performance.getEntriesByType('resource').filter((e) => /\/v1\//.test(e.name));
      // The most requests in flight at once, from the browser's own timings.
      const events = entries.flatMap((e) => [
        [e.startTime, 1],
        [e.responseEnd, -1],
      ]);
      events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      let now = 0;
      let most = 0;
      for (const [, step] of events) most = Math.max(most, (now += step));
      return {
        ms,
        apps: document.querySelectorAll('tr[data-app-id]').length,
        requests: entries.length,
        most,
        // eslint-disable-next-line n/no-unsupported-features/node-builtins -- runs in the page, not in Node
        stored: window.sessionStorage.getItem('knm-apps')?.length ?? 0,
        heap: heapBefore === undefined ? undefined : performance.memory.usedJSHeapSize - heapBefore,
      };
    });
  } finally {
    await page.close();
  }
}
