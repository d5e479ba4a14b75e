// The stand-in's pages: an index of sample apps, a plugin settings page and a record list page that load
// the BUILT plugin as kintone does (config.html into the page, then the manifest's css and js in order).
// Nothing inline: the pages work under a strict Content-Security-Policy.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlugin } from './plugin-zip.mjs';
import { appOf } from './apps/domain.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.png': 'image/png',
  '.json': 'application/json',
};
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const LANGS = ['en', 'ja', 'zh'];

export const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function html(res, status, body, { csp } = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(csp ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  res.end(body);
}

function layout({ title, lang, attrs = '', head = '', body, query }) {
  const hostile = query.get('css') === 'hostile' ? '<link rel="stylesheet" href="/stand-in/hostile.css">' : '';
  return `<!doctype html><html lang="${escapeHtml(lang)}" ${attrs}><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/stand-in/standin.css">${hostile}${head}</head><body>
<header class="standin-bar"><span class="standin-logo">kintone</span><span class="standin-note">local stand-in</span></header>
${body}</body></html>`;
}

function switcher(apps, query, base) {
  const app = query.get('app') ?? '1';
  const lang = query.get('lang') ?? 'en';
  const options = [...apps.values()]
    .filter((a) => !a.generated)
    .map(
      (a) =>
        `<option value="${a.id}"${String(a.id) === app ? ' selected' : ''}>${a.id}: ${escapeHtml(a.name)}</option>`,
    )
    .join('');
  const langs = LANGS.map((l) => `<option${l === lang ? ' selected' : ''}>${l}</option>`).join('');
  return `<form class="standin-switcher" method="get" action="${base}"><label>Sample app <select name="app">${options}</select></label>
<label>Language <select name="lang">${langs}</select></label><button>Open</button></form>`;
}

/** The plugin's files for one screen, straight from the zip, or a reason it cannot be loaded. */
function pluginFor(zipPath) {
  if (!existsSync(zipPath)) return { error: `${zipPath} not found. Run npm run build first.` };
  try {
    return { plugin: readPlugin(readFileSync(zipPath)) };
  } catch (error) {
    return { error: `${zipPath} is not a plugin zip: ${error.message}` };
  }
}

function pluginPage(res, url, ctx, screen, appId, view = 'list') {
  const query = url.searchParams;
  const app = appOf(ctx.apps, appId);
  const { plugin, error } = pluginFor(ctx.zipPath);
  if (error)
    return html(
      res,
      500,
      layout({
        title: 'Build first',
        lang: 'en',
        query,
        body: `<main class="standin-frame"><p>${escapeHtml(error)}</p></main>`,
      }),
    );
  const files = plugin.manifest[screen] ?? { js: [], css: [] };
  const lang = LANGS.includes(query.get('lang')) ? query.get('lang') : 'en';
  const css = (files.css ?? []).map((p) => `<link rel="stylesheet" href="/plugin/${p}">`).join('');
  const js = ['/stand-in/kintone.js', ...(files.js ?? []).map((p) => `/plugin/${p}`)]
    .map((src) => `<script src="${src}"></script>`)
    .join('');
  const attrs = `data-plugin-id="${plugin.id}" data-app-id="${escapeHtml(appId)}" data-screen="${screen}" data-view="${view}" data-may-manage="${app?.manageable !== false}"${app?.spaceId && query.get('guest') !== 'off' ? ` data-guest-space-id="${app.spaceId}"` : ''}`;
  const appName = escapeHtml(app?.name ?? `App ${appId}`);
  const recordScreen =
    view === 'detail'
      ? { crumb: 'Record', title: 'Record details', space: 'standin-record-menu-space', text: '(record)' }
      : { crumb: 'Records', title: 'All records', space: 'standin-header-menu-space', text: '(record list)' };
  const body =
    screen === 'config'
      ? `<nav class="standin-crumbs">${appName} › App Settings › Plug-ins › ${escapeHtml(plugin.manifest.name?.[lang] ?? plugin.manifest.name?.en)}</nav>
${switcher(ctx.apps, query, url.pathname.replace(/\/k\/admin\/app\/\d+/, `/k/admin/app/${appId}`))}
<main class="standin-frame">${plugin.files[files.html]?.toString('utf8') ?? ''}</main>${js}`
      : `<nav class="standin-crumbs">${appName} › ${recordScreen.crumb}</nav><div class="standin-list-header"><div class="standin-view">${recordScreen.title}</div><div id="${recordScreen.space}" class="standin-menu-space"></div></div>
<main class="standin-frame standin-records"><p>${recordScreen.text}</p></main>${js}`;
  html(res, 200, layout({ title: `${app?.name ?? appId} — kintone stand-in`, lang, attrs, head: css, body, query }), {
    csp: query.get('csp') === 'strict',
  });
}

function indexPage(res, url, ctx) {
  const items = [...ctx.apps.values()]
    .filter((a) => !a.generated)
    .map(
      (a) =>
        `<li><a href="/k/admin/app/${a.id}/plugin/config?app=${a.id}">${a.id}: ${escapeHtml(a.name)}</a> — ${escapeHtml(a.purpose ?? '')} · <a href="/k/${a.id}/">record list</a></li>`,
    )
    .join('');
  html(
    res,
    200,
    layout({
      title: 'kintone stand-in',
      lang: 'en',
      query: url.searchParams,
      body: `<main class="standin-frame"><h1>Sample apps</h1><p>Each opens the plugin settings page with the built dist/plugin.zip. Add <code>&amp;lang=ja</code>, <code>&amp;guest=off</code> (hide the guest space from kintone.api.url), <code>&amp;latency=200</code>, <code>&amp;fail=429</code> (with <code>&amp;failBody=json</code>: JSON without a kintone code), <code>&amp;busy=2</code> (GAIA_TO04 for each app's first 2 reads), <code>&amp;others=40</code> (others' requests in getConcurrencyLimit), <code>&amp;csp=strict</code> or <code>&amp;css=hostile</code> to a settings URL.</p><ul class="standin-apps">${items}</ul></main>`,
    }),
  );
}

export function servePage(req, res, url, ctx) {
  const path = url.pathname;
  let m;
  if (path === '/' || path === '/index.html') return indexPage(res, url, ctx);
  if ((m = path.match(/^\/k\/admin\/app\/(\d+)\/plugin\/config\/?$/)))
    return pluginPage(res, url, ctx, 'config', url.searchParams.get('app') ?? m[1]);
  // An app in a guest space has its settings under the space's path, like every other page of it.
  if ((m = path.match(/^\/k\/guest\/(\d+)\/admin\/app\/(\d+)\/plugin\/config\/?$/))) {
    const app = appOf(ctx.apps, m[2]);
    if (app && String(app.spaceId) === m[1]) return pluginPage(res, url, ctx, 'config', m[2]);
  }
  if (path === '/plugin-config') return pluginPage(res, url, ctx, 'config', url.searchParams.get('app') ?? '1');
  if ((m = path.match(/^\/k\/(\d+)\/?$/))) return pluginPage(res, url, ctx, 'desktop', m[1]);
  // The record details screen: /k/{app}/show#record={id} (the hash is the browser's; kintone.js reads it).
  if ((m = path.match(/^\/k\/(\d+)\/show$/))) return pluginPage(res, url, ctx, 'desktop', m[1], 'detail');
  if ((m = path.match(/^\/stand-in\/([\w.-]+)$/)) && existsSync(join(here, 'public', m[1]))) {
    res.writeHead(200, {
      'Content-Type': TYPES[extname(m[1])] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    return res.end(readFileSync(join(here, 'public', m[1])));
  }
  if ((m = path.match(/^\/plugin\/(.+)$/))) {
    const { plugin } = pluginFor(ctx.zipPath);
    const file = plugin?.files[decodeURIComponent(m[1])];
    if (file) {
      res.writeHead(200, {
        'Content-Type': TYPES[extname(m[1])] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      return res.end(file);
    }
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found');
}
