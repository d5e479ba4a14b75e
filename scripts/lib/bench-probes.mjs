// In-page probes for the benchmark. Each opens a fresh page on the stand-in, so runs don't share state.
// Times come from the page's own clock (performance.now) and Resource Timing, never from Node.

/** Records, from the first moment of the page, when the first recipient row is in the DOM (after layout). */
const WATCH_ROWS = () => {
  window.__bench = { rowsAt: 0 };
  new MutationObserver((_, observer) => {
    if (document.querySelector('tr[data-entity-type]')) {
      document.body.getBoundingClientRect(); // include style and layout, as a user would wait for them
      window.__bench.rowsAt = performance.now();
      // The same end mark as the yardsticks': the task after the next frame (style, layout and paint done).
      requestAnimationFrame(() => setTimeout(() => (window.__bench.rowsFrameAt = performance.now())));
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
 * Our render of the large app against two yardsticks built from the same JSON in the same page, each
 * timed from the data in hand to the task after the next frame:
 * - the same markup (attributes, classes, CSS) built by a plain DOM loop: what our code adds;
 * - a minimal table: one text cell per recipient and one per trigger, default table layout: what the
 *   information itself costs a browser.
 */
export async function renderAtScale(browser, url) {
  const page = await openPage(browser, url);
  await page.waitForFunction(() => window.__bench.rowsFrameAt > 0, null, { polling: 100 });
  // Data in hand: every settings read has been answered and handed over by kintone.api (the stand-in
  // marks that moment), so network and IPC delays count for neither side.
  const { ours, text } = await page.evaluate(async (settingsRead) => {
    const answers = performance
      .getEntriesByName('standin:answer')
      .filter((m) => new RegExp(settingsRead).test(m.detail));
    const liveUrl = answers
      .map((m) => m.detail)
      .find((u) => u.includes('notifications/general') && !u.includes('/preview/'));
    const response = await fetch(liveUrl, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    document.querySelector('.knm-scroll')?.remove();
    // A read that answered after the rows were drawn (the matrix gives optional reads 150 ms of grace) did not
    // hold them back: the render is timed from the last answer it had.
    const inHand = answers.filter((m) => m.startTime <= window.__bench.rowsAt).map((m) => m.startTime);
    return {
      ours: window.__bench.rowsFrameAt - Math.max(...inHand),
      text: await response.text(),
    };
  }, SETTINGS_READ);
  const sameMarkup = await page.evaluate(buildSameMarkupTable, text);
  const minimal = await page.evaluate(buildMinimalTable, text);
  await page.close();
  return { ours, sameMarkup, minimal };
}

/** In the page: our rows' markup, classes and CSS, built by a plain DOM loop; ms to the next frame's end. */
async function buildSameMarkupTable(text) {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const triggers = ['recordAdded', 'recordEdited', 'commentAdded', 'statusChanged', 'fileImported'];
  const el = (tag, cls, txt) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (txt !== undefined) e.textContent = txt;
    return e;
  };
  await nextFrame();
  const t0 = performance.now();
  const table = el('table', 'knm-matrix');
  const tbody = table.appendChild(el('tbody'));
  for (const n of JSON.parse(text).notifications) {
    const tr = tbody.appendChild(el('tr'));
    tr.id = `knm-row-${n.entity.type}:${n.entity.code}`;
    tr.tabIndex = -1;
    tr.dataset.entityType = n.entity.type;
    tr.dataset.entityCode = n.entity.code;
    const th = tr.appendChild(el('th', 'knm-recipient'));
    th.scope = 'row';
    const badges = el('span', 'knm-badges');
    badges.append(el('span', 'knm-badge', 'All'));
    th.append(
      el('span', `knm-type knm-icon-${n.entity.type}`, n.entity.type),
      el('code', 'knm-code', n.entity.code),
      badges,
    );
    for (const trigger of triggers) {
      const td = tr.appendChild(el('td', 'knm-cell', n[trigger] ? 'Notified' : 'Not notified'));
      td.dataset.trigger = trigger;
      td.dataset.on = String(n[trigger]);
    }
  }
  const host = el('div', 'knm');
  host.append(table);
  document.body.append(host);
  await nextFrame();
  const ms = performance.now() - t0;
  host.remove();
  return ms;
}

/** In the page: one text cell per recipient and one per trigger, default table layout; ms to the next frame's end. */
async function buildMinimalTable(text) {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const triggers = ['recordAdded', 'recordEdited', 'commentAdded', 'statusChanged', 'fileImported'];
  await nextFrame();
  const t0 = performance.now();
  const table = document.createElement('table');
  const body = table.createTBody();
  for (const n of JSON.parse(text).notifications) {
    const tr = body.insertRow();
    tr.insertCell().textContent = `${n.entity.type} ${n.entity.code}`;
    for (const trigger of triggers) tr.insertCell().textContent = n[trigger] ? '✓' : '–';
  }
  document.body.append(table);
  await nextFrame();
  const ms = performance.now() - t0;
  table.remove();
  return ms;
}

/**
 * A filter keystroke at the large app, narrowing to a handful of rows and then clearing, from the input
 * event to the task after the next frame, against the same change made by a bare loop: on our rows (same
 * markup), and on a minimal table of the same rows (one text cell per recipient and per trigger).
 */
export async function filterLatency(browser, url, runs) {
  const page = await openPage(browser, url);
  const result = await page.evaluate(async (count) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const input = document.querySelector('input[data-filter="text"]');
    const table = document.querySelector('.knm-matrix');
    // Names arrive after the matrix and may replace its rows: measure once the rows have settled.
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
      observer.observe(table, { childList: true, subtree: true });
    });
    const rows = [...table.querySelectorAll('tr[data-entity-code]')];
    // A query that matches a handful of rows: the code of one row without its last character.
    const query = rows[Math.min(7, rows.length - 1)].dataset.entityCode.slice(0, -1);
    const type = async (value) => {
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextFrame();
      return performance.now() - t0;
    };
    const hideByLoop = async (targets, hidden) => {
      const t0 = performance.now();
      targets.forEach((row, i) => (row.hidden = hidden[i]));
      await nextFrame();
      return performance.now() - t0;
    };
    const out = { narrow: [], widen: [], sameNarrow: [], sameWiden: [], minimalNarrow: [], minimalWiden: [] };
    let hiddenWhenNarrow = [];
    for (let i = 0; i < count; i++) {
      out.narrow.push(await type(query));
      hiddenWhenNarrow = rows.map((row) => row.hidden);
      out.widen.push(await type(''));
    }
    const none = hiddenWhenNarrow.map(() => false);
    for (let i = 0; i < count; i++) {
      out.sameNarrow.push(await hideByLoop(rows, hiddenWhenNarrow));
      out.sameWiden.push(await hideByLoop(rows, none));
    }
    // The minimal table of the same rows, alone on the page.
    document.querySelector('.knm-scroll').remove();
    const minimal = document.createElement('table');
    const body = minimal.createTBody();
    const minimalRows = rows.map((row) => {
      const tr = body.insertRow();
      tr.insertCell().textContent = `${row.dataset.entityType} ${row.dataset.entityCode}`;
      for (const td of row.querySelectorAll('td[data-trigger]')) {
        tr.insertCell().textContent = td.dataset.on === 'true' ? '✓' : '–';
      }
      return tr;
    });
    document.body.append(minimal);
    await nextFrame();
    for (let i = 0; i < count; i++) {
      out.minimalNarrow.push(await hideByLoop(minimalRows, hiddenWhenNarrow));
      out.minimalWiden.push(await hideByLoop(minimalRows, none));
    }
    return out;
  }, runs);
  await page.close();
  return result;
}

/**
 * The record-list script's API budget: kintone REST requests plus kintone.app.getPermissions() calls per
 * record-list load, for the first load of a day and the loads after it (same browser profile), with the
 * option on; and the same with getPermissions absent (older kintone), where one REST read decides.
 */
export async function recordListLoads(browser, base, app) {
  const countLoads = async (query, loads) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/k/${app}/${query}`);
    await page.evaluate(() => window.kintone.plugin.app.setConfig({ listButton: 'true' }, () => undefined));
    const counts = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(`${base}/k/${app}/${query}`);
      await page.waitForTimeout(300);
      counts.push(
        await page.evaluate(() => ({
          rest: performance.getEntriesByType('resource').filter((e) => /\/(k\/)?v1\//.test(new URL(e.name).pathname))
            .length,
          probes: window.standinPermissionCalls ?? 0,
        })),
      );
    }
    await context.close();
    return counts;
  };
  const withPermissions = await countLoads('', 4);
  const withoutPermissions = await countLoads('?permissionsApi=off', 4);
  const total = (c) => c.rest + c.probes;
  return {
    first: total(withPermissions[0]),
    later: Math.max(...withPermissions.slice(1).map(total)),
    restFirst: withoutPermissions[0].rest,
    restLater: Math.max(...withoutPermissions.slice(1).map((c) => c.rest)),
  };
}

/**
 * The Everyone view of the large app (2,000 general recipients, 50 per-record and 50 reminder
 * notifications): the first switch to it (which builds its rows), later tab switches, and a plain DOM loop
 * making the same table (same markup and CSS, one cell per trigger and per notification) from the same
 * answers. Each switch is timed twice: to the task after its first frame, and until every row is placed
 * (a big matrix fills over several frames while the panel is aria-busy; see Matrix.tsx).
 */
export async function everyoneAndTabs(browser, url, runs) {
  const page = await openPage(browser, url);
  const result = await page.evaluate(async (count) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const click = async (tab) => {
      const t0 = performance.now();
      document.querySelector(`[data-kind-tab="${tab}"]`).click();
      await nextFrame();
      const frame = performance.now() - t0;
      while (document.querySelector('.knm[aria-busy]')) await nextFrame();
      return { frame, placed: performance.now() - t0 };
    };
    await nextFrame();
    const firstEveryone = await click('everyone');
    const switches = { general: [], everyone: [], perRecord: [], reminder: [] };
    for (let i = 0; i < count; i++) {
      for (const tab of Object.keys(switches)) switches[tab].push(await click(tab));
    }
    return { firstEveryone, switches };
  }, runs);
  const data = await page.evaluate(everyoneData);
  const loop = [];
  for (let i = 0; i < runs; i++) loop.push(await page.evaluate(buildEveryoneLoop, data));
  await page.close();
  return { ...result, loop };
}

/** In the page: the live general, per-record and reminder answers of the app on screen. */
async function everyoneData() {
  const get = async (path) => {
    const app = new URLSearchParams(location.search).get('app');
    const response = await fetch(`/k/v1/${path}?app=${app}`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    return response.json();
  };
  const [general, perRecord, reminder] = await Promise.all([
    get('app/notifications/general.json'),
    get('app/notifications/perRecord.json'),
    get('app/notifications/reminder.json'),
  ]);
  return { general, perRecord, reminder };
}

/** In the page: the Everyone table built by a plain DOM loop from those answers; ms to the next frame's end. */
async function buildEveryoneLoop({ general, perRecord, reminder }) {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const triggers = ['recordAdded', 'recordEdited', 'commentAdded', 'statusChanged', 'fileImported'];
  const cell = (tr, on, key, value) => {
    const td = tr.insertCell();
    td.className = 'knm-cell';
    td.dataset[key] = value;
    td.dataset.on = String(on);
    td.textContent = on ? 'Notified' : 'Not notified';
  };
  await nextFrame();
  const t0 = performance.now();
  const columns = [
    ...perRecord.notifications.map((n, i) => [`perRecord:${i}`, n]),
    ...reminder.notifications.map((n, i) => [`reminder:${i}`, n]),
  ];
  const rows = new Map(general.notifications.map((n) => [`${n.entity.type}:${n.entity.code}`, { n, on: new Set() }]));
  for (const [id, notification] of columns) {
    for (const { entity } of notification.targets) {
      const key = `${entity.type}:${entity.code}`;
      if (!rows.has(key)) rows.set(key, { n: { entity }, on: new Set() });
      rows.get(key).on.add(id);
    }
  }
  const table = document.createElement('table');
  table.className = 'knm-matrix';
  table.style.setProperty(
    '--knm-columns',
    `minmax(220px,3fr) repeat(5,minmax(124px,1fr)) repeat(${columns.length},minmax(80px,1fr))`,
  );
  const body = table.createTBody();
  for (const { n, on } of rows.values()) {
    const tr = body.insertRow();
    tr.dataset.entityType = n.entity.type;
    tr.dataset.entityCode = n.entity.code;
    const th = tr.appendChild(document.createElement('th'));
    th.className = 'knm-recipient';
    th.textContent = `${n.entity.type} ${n.entity.code}`;
    for (const trigger of triggers) cell(tr, Boolean(n[trigger]), 'trigger', trigger);
    for (const [id] of columns) cell(tr, on.has(id), 'notification', id);
  }
  const host = document.createElement('div');
  host.className = 'knm';
  host.append(table);
  document.body.append(host);
  await nextFrame();
  const ms = performance.now() - t0;
  host.remove();
  return ms;
}

/**
 * A person check on the department app (a person five levels deep) at a given latency: the User API and
 * permission requests it sends, and the time from the click to the answer on screen; then a second person of
 * the same department, which must reuse the tree and the permissions.
 */
export async function personCheck(browser, url) {
  const page = await openPage(browser, url);
  const result = await page.evaluate(async () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const lensRequests = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => /^\/v1\/(users|user\/|organizations)|\/acl\.json$/.test(p));
    const check = async (login) => {
      const before = lensRequests().length;
      const input = document.querySelector('[data-person-input]');
      input.value = login;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextFrame();
      const t0 = performance.now();
      document.querySelector('[data-person-check]').click();
      const busy = () => document.querySelector('[data-person-check]').closest('form').hasAttribute('aria-busy');
      const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
      while (!busy()) await tick();
      while (busy()) await tick();
      const ms = performance.now() - t0;
      return { ms, requests: lensRequests().slice(before) };
    };
    const first = await check('ito');
    const second = await check('suzuki');
    return { first, second };
  });
  await page.close();
  return result;
}

/**
 * Edit mode on the large app: the time from a click on a trigger cell to the next frame (the edit applied to
 * the pre-live answers, re-read by the guards, and the matrix redrawn), and the requests other than GET the
 * page sent from opening to the last toggle — none may leave before Save.
 */
export async function editToggle(browser, url, runs) {
  const page = await openPage(browser, url);
  const writes = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') writes.push(`${request.method()} ${request.url()}`);
  });
  await page.click('[data-action="edit"]');
  await page.waitForSelector('td[data-trigger][tabindex]');
  // Each: a click, timed to the task after the next frame. Toggles, then removals of a row near the top (every row
  // after it moves up), then Discard, which brings back the rows as read.
  const timed = await page.evaluate(async (count) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const time = async (target) => {
      await nextFrame();
      const t0 = performance.now();
      target().click();
      await nextFrame();
      return performance.now() - t0;
    };
    const times = { toggle: [], remove: [], discard: [] };
    for (let i = 0; i < count; i++)
      times.toggle.push(await time(() => document.querySelectorAll('td[data-trigger="recordEdited"]')[i % 10]));
    for (let i = 0; i < count; i++) {
      times.remove.push(await time(() => document.querySelectorAll('[data-action="remove-recipient"]')[3]));
      times.discard.push(await time(() => document.querySelector('[data-action="discard"]')));
    }
    return times;
  }, runs);
  await page.close();
  return { times: timed.toggle, removals: timed.remove, discards: timed.discard, writes };
}
