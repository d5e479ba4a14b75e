import { launchBrowser } from './lib/browser.mjs';
import { configPageUrl, APPS } from '../stand-in/urls.mjs';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { env: { ...process.env, PORT: '0' } });
const url = await new Promise((resolve) => { let out=''; child.stdout.on('data', (c) => { out += c; const u = out.match(/sample apps:\s+(http\S+?)\/\s/)?.[1]; if (u) resolve(u); }); });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(configPageUrl(url, APPS.large, { userApi: 'forbidden' }));
await page.waitForSelector('tr[data-entity-type]');
const mode = process.argv[2] ?? 'edit';
if (mode === 'edit') { await page.click('[data-action="edit"]'); await page.waitForSelector('td[data-trigger][tabindex]'); }
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times = await page.evaluate(async (mode) => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const result = [];
  for (let i = 0; i < 5; i++) {
    await nextFrame();
    const t0 = performance.now();
    if (mode === 'edit') document.querySelectorAll('td[data-trigger="recordEdited"]')[i % 10].click();
    else document.querySelector(`[data-kind-tab="${i % 2 ? 'general' : mode}"]`).click();
    await nextFrame();
    result.push(performance.now() - t0);
  }
  return result;
}, mode);
const { profile } = await cdp.send('Profiler.stop');
console.log(times.map((t) => t.toFixed(0)).join(' '));
// self time by function
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + us); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms ${k}`).join('\n'));
writeFileSync('/tmp/prof.cpuprofile', JSON.stringify(profile));
await browser.close(); child.kill();
