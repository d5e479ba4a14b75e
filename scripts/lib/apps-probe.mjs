// The view across apps in the bench: one scan of a domain of `apps` generated apps (plus the sample apps) at a
// given latency — its time against the ideal of (requests ÷ 6 in flight × latency), the requests it sent, the
// most in flight, and the size of the result kept for the session.

/** The most of these [start, end] intervals (requests) that overlap at once. */
export function mostInFlight(intervals) {
  const events = intervals.flatMap(([start, end]) => [
    [start, 1],
    [end, -1],
  ]);
  // At equal times an answer ends before the next request starts.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, step] of events) most = Math.max(most, (now += step));
  return most;
}

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
    const scan = await page.evaluate(async () => {
      performance.clearResourceTimings();
      performance.setResourceTimingBufferSize(100_000);
      const heapBefore = performance.memory?.usedJSHeapSize;
      const t0 = performance.now();
      document.querySelector('[data-apps-scan]').click();
      while (!document.querySelector('tr[data-app-id]')) await new Promise((resolve) => setTimeout(resolve, 20));
      const ms = performance.now() - t0;
      const entries = performance.getEntriesByType('resource').filter((e) => /\/v1\//.test(e.name));
      return {
        ms,
        apps: document.querySelectorAll('tr[data-app-id]').length,
        intervals: entries.map((e) => [e.startTime, e.responseEnd]),
        // eslint-disable-next-line n/no-unsupported-features/node-builtins -- runs in the page, not in Node
        stored: window.sessionStorage.getItem('knm-apps')?.length ?? 0,
        heap: heapBefore === undefined ? undefined : performance.memory.usedJSHeapSize - heapBefore,
      };
    });
    const { intervals, ...figures } = scan;
    return { ...figures, requests: intervals.length, most: mostInFlight(intervals) };
  } finally {
    await page.close();
  }
}
