// Layout figures of the panel as a user sees it at 1280 × 800 (shared/DESIGN.md: "the first screen is the
// answer"), read off a page of the built plug-in. The bench prints them; the browser tests assert on them.

/** Run in the page: where the rows are, how tall, and whether any column header breaks a word. */
function readLayout() {
  const panel = document.querySelector('.knm').getBoundingClientRect();
  const rows = [...document.querySelectorAll('tbody tr[data-entity-type]')].filter((row) => !row.hidden);
  const heights = rows.map((row) => row.getBoundingClientRect().height).sort((a, b) => a - b);
  const headerRow = document.querySelector('.knm-matrix thead tr');
  // A word broken over two lines has client rects on two lines; words as the page's language segments them.
  const segmenter = new Intl.Segmenter(document.documentElement.lang || 'en', { granularity: 'word' });
  const brokenWords = [];
  const overflowing = [];
  for (const th of headerRow?.children ?? []) {
    if (th.scrollWidth > th.clientWidth + 1) overflowing.push(th.textContent);
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const { segment, index, isWordLike } of segmenter.segment(node.data)) {
        if (!isWordLike) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + segment.length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) brokenWords.push(segment);
      }
    }
  }
  return {
    firstRowTop: rows.length ? rows[0].getBoundingClientRect().top - panel.top : null,
    medianRowHeight: heights[Math.floor(heights.length / 2)] ?? null,
    tallestRow: heights.at(-1) ?? null,
    rowsWithin800: rows.filter((row) => row.getBoundingClientRect().bottom - panel.top <= 800).length,
    headerRowHeight: headerRow?.getBoundingClientRect().height ?? null,
    brokenWords,
    overflowing,
  };
}

/** Opens a settings page at 1280 × 800, optionally shows a tab or an environment view, and reads its layout. */
export async function measureLayout(browser, url, { tab, envView } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForSelector('.knm:not([aria-busy])', { timeout: 45_000 });
    if (envView) await page.click(`[data-view="${envView}"]`);
    if (tab) await page.click(`[data-kind-tab="${tab}"]`);
    await page.waitForSelector('.knm:not([aria-busy]) tbody tr[data-entity-type]');
    return await page.evaluate(readLayout);
  } finally {
    await page.close();
  }
}

/** Scrolls the matrix's box down and sideways: where its header row and recipient column end up. */
export async function stickyOffsets(page) {
  return page.evaluate(async () => {
    const box = document.querySelector('.knm-scroll');
    box.scrollTop = 300;
    box.scrollLeft = 400;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const top = box.getBoundingClientRect();
    const visibleRow = [...box.querySelectorAll('tbody tr')].find(
      (row) => row.getBoundingClientRect().top > top.top + 40,
    );
    return {
      scrolled: { top: box.scrollTop, left: box.scrollLeft },
      headerTop: box.querySelector('thead').getBoundingClientRect().top - top.top,
      firstColumnLeft: visibleRow.firstElementChild.getBoundingClientRect().left - top.left,
    };
  });
}
