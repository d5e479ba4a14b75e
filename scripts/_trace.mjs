import { launchBrowser } from './lib/browser.mjs';
import { configPageUrl, APPS } from '../stand-in/urls.mjs';
import { spawn } from 'node:child_process';
const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { env: { ...process.env, PORT: '0' } });
const url = await new Promise((resolve) => { let out=''; child.stdout.on('data', (c) => { out += c; const u = out.match(/sample apps:\s+(http\S+?)\/\s/)?.[1]; if (u) resolve(u); }); });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(configPageUrl(url, APPS.large, { userApi: 'forbidden' }));
await page.waitForSelector('tr[data-entity-type]');
const mode = process.argv[2] ?? 'edit';
if (mode === 'edit') { await page.click('[data-action="edit"]'); await page.waitForSelector('td[data-trigger][tabindex]'); }
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
const times = await page.evaluate(async (mode) => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const result = [];
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    const t0 = performance.now();
    if (mode === 'edit') document.querySelectorAll('td[data-trigger="recordEdited"]')[i % 10].click();
    else document.querySelector(`[data-kind-tab="${i % 2 ? 'general' : mode}"]`).click();
    await nextFrame();
    result.push(performance.now() - t0);
  }
  return result;
}, mode);
await cdp.send('Tracing.end'); await done;
console.log(times.map((t) => t.toFixed(0)).join(' '));
const sum = new Map();
for (const e of events) if (e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur);
console.log([...sum].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([n, d]) => `${(d / 1000).toFixed(1).padStart(8)} ms ${n}`).join('\n'));
for (const e of events) if (e.name === 'UpdateLayoutTree' && e.dur > 3000) console.log('style', (e.dur/1000).toFixed(1), JSON.stringify(e.args?.beginData ?? e.args).slice(0,200));
for (const e of events) if (e.name === 'Layout' && e.dur > 3000) console.log('layout', (e.dur/1000).toFixed(1), JSON.stringify(e.args).slice(0,300));
await browser.close(); child.kill();
