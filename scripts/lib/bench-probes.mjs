// In-page probes for the benchmark. Each opens a fresh page on the stand-in, so runs don't share state.
// Times come from the page's own clock (performance.now) and Resource Timing, never from Node.

/** Records, from the first moment of the page, when the first recipient row is in the DOM (after layout). */
const WATCH_ROWS = () => {
  window.__bench = { rowsAt: 0 };
  new MutationObserver((_, observer) => {
    if (document.querySelector('tr[data-entity-type]')) {
      void document.body.offsetHeight; // include style and layout, as a user would wait for them
      window.__bench.rowsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** The six settings reads the matrix waits for (a RegExp source: page functions take strings, not closures). */
const SETTINGS_READ = String.raw`/(notifications/general|form/fields|status)\.json`;

async function openPage(browser, url) {
  const page = await browser.newPage();
  await page.addInitScript(WATCH_ROWS);
  await page.goto(url);
  // Poll a flag rather than waitForSelector: its visibility checks run on the page's main thread and
  // would be timed as ours.
  await page.waitForFunction(() => window.__bench.rowsAt > 0 && !document.querySelector('.knm[aria-busy]'), null, {
    polling: 250,
    timeout: 60_000,
  });
  return page;
}

/** ms from the plugin script's start to the first matrix rows, its parts, and how many request waves preceded them. */
export async function timeToMatrix(browser, url) {
  const page = await openPage(browser, url);
  const result = await page.evaluate((settingsRead) => {
    const entries = performance.getEntriesByType('resource');
    const script = entries.find((e) => e.name.includes('/plugin/js/config.js'));
    // The script starts when it has arrived and the stand-in's kintone.js (the script before it) has run.
    const handover = performance.getEntriesByName('standin:plugin-scripts-start')[0]?.startTime ?? 0;
    const start = Math.max(script.responseEnd, handover);
    // The settings wave: the six reads the matrix waits for. (The names' reads may start before the rows
    // are drawn, once the settings are in hand; they are not waited for.)
    const reads = entries.filter((e) => new RegExp(settingsRead).test(new URL(e.name).pathname));
    // A wave is a group of reads that started before any earlier read had answered.
    let waves = 0;
    let waveEnd = -1;
    for (const read of [...reads].sort((a, b) => a.startTime - b.startTime)) {
      if (read.startTime >= waveEnd) waves++;
      waveEnd = Math.max(waveEnd, read.responseEnd);
    }
    // An answer is in hand when the stand-in's kintone.api has parsed it and hands it over (its mark).
    const answers = performance
      .getEntriesByName('standin:answer')
      .filter((m) => new RegExp(settingsRead).test(m.detail));
    const lastAnswer = Math.max(...answers.map((m) => m.startTime));
    const firstAsk = Math.min(...reads.map((r) => r.startTime));
    return {
      ms: window.__bench.rowsAt - start,
      startupMs: firstAsk - start,
      waveMs: lastAnswer - firstAsk,
      renderMs: window.__bench.rowsAt - lastAnswer,
      waves,
    };
  }, SETTINGS_READ);
  await page.close();
  return result;
}

/**
 * Our render of the large app (from the last settings answer in hand to rows laid out) against a plain DOM loop
 * building the same table (same markup, attributes and CSS) from the same JSON in the same page.
 */
export async function renderVersusLoop(browser, url) {
  const page = await openPage(browser, url);
  const result = await page.evaluate(async (settingsRead) => {
    // Data in hand: every settings read has been answered and handed over by kintone.api (the stand-in
    // marks that moment), so network and IPC delays count for neither side.
    const answers = performance
      .getEntriesByName('standin:answer')
      .filter((m) => new RegExp(settingsRead).test(m.detail));
    const ours = window.__bench.rowsAt - Math.max(...answers.map((m) => m.startTime));
    const liveUrl = answers
      .map((m) => m.detail)
      .find((u) => u.includes('notifications/general') && !u.includes('/preview/'));
    const text = await (await fetch(liveUrl, { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).text();
    document.querySelector('.knm-scroll')?.remove();
    const host = document.createElement('div');
    host.className = 'knm';
    const triggers = ['recordAdded', 'recordEdited', 'commentAdded', 'statusChanged', 'fileImported'];
    const el = (tag, cls, txt) => {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      if (txt !== undefined) e.textContent = txt;
      return e;
    };
    const t0 = performance.now();
    const { notifications } = JSON.parse(text);
    const table = el('table', 'knm-matrix');
    const tbody = el('tbody');
    for (const n of notifications) {
      const tr = el('tr');
      tr.id = `knm-row-${n.entity.type}:${n.entity.code}`;
      tr.tabIndex = -1;
      tr.dataset.entityType = n.entity.type;
      tr.dataset.entityCode = n.entity.code;
      const th = el('th', 'knm-recipient');
      const badges = el('span', 'knm-badges');
      badges.append(el('span', 'knm-badge', 'All'));
      th.append(
        el('span', `knm-type knm-icon-${n.entity.type}`, n.entity.type),
        el('code', 'knm-code', n.entity.code),
        badges,
      );
      tr.append(th);
      for (const trigger of triggers) {
        const td = el('td', 'knm-cell');
        td.dataset.trigger = trigger;
        td.dataset.on = String(n[trigger]);
        td.textContent = n[trigger] ? 'Notified' : 'Not notified';
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(tbody);
    host.append(table);
    document.body.append(host);
    void document.body.offsetHeight;
    return { ours, loop: performance.now() - t0 };
  }, SETTINGS_READ);
  await page.close();
  return result;
}

/** ms from an input event in the filter box to the matrix updated and laid out, narrowing then clearing. */
export async function filterLatency(browser, url, runs) {
  const page = await openPage(browser, url);
  const result = await page.evaluate(async (runs) => {
    const input = document.querySelector('input[data-filter="text"]');
    const tbody = document.querySelector('.knm-matrix tbody');
    // Names arrive after the matrix and replace its rows: measure once the rows have settled.
    await new Promise((resolve) => {
      let timer = setTimeout(done, 500);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, 500);
      });
      function done() {
        observer.disconnect();
        resolve();
      }
      observer.observe(tbody, { childList: true });
    });
    const rows = tbody.querySelectorAll('tr[data-entity-code]');
    // A query that matches a handful of rows: the code of one row without its last character.
    const code = rows[Math.min(7, rows.length - 1)].dataset.entityCode;
    const query = code.slice(0, -1);
    const type = (value) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          void document.body.offsetHeight;
          resolve(performance.now() - t0);
        });
        observer.observe(tbody, { childList: true, subtree: true, attributes: true });
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    const pause = () => new Promise((r) => setTimeout(r, 50));
    const narrow = [];
    const widen = [];
    let hiddenWhenNarrow = [];
    for (let i = 0; i < runs; i++) {
      narrow.push(await type(query));
      hiddenWhenNarrow = [...rows].map((row) => row.hidden);
      await pause();
      widen.push(await type(''));
      await pause();
    }
    // The browser's floor for the same change: the same rows' hidden attributes set by a bare loop, then
    // style and layout, with no panel, model or framework involved.
    const floorNarrow = [];
    const floorWiden = [];
    const setHidden = (hidden) => {
      const t0 = performance.now();
      rows.forEach((row, i) => (row.hidden = hidden[i]));
      void document.body.offsetHeight;
      return performance.now() - t0;
    };
    for (let i = 0; i < runs; i++) {
      floorNarrow.push(setHidden(hiddenWhenNarrow));
      await pause();
      floorWiden.push(setHidden(hiddenWhenNarrow.map(() => false)));
      await pause();
    }
    return { narrow, widen, floorNarrow, floorWiden };
  }, runs);
  await page.close();
  return result;
}
