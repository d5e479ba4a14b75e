import { launchBrowser } from './lib/browser.mjs';
import { configPageUrl, APPS } from '../stand-in/urls.mjs';
import { spawn } from 'node:child_process';
import { editToggle, everyoneAndTabs, filterLatency, timeToMatrix } from './lib/bench-probes.mjs';
const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { env: { ...process.env, PORT: '0' } });
const url = await new Promise((resolve) => { let out=''; child.stdout.on('data', (c) => { out += c; const u = out.match(/sample apps:\s+(http\S+?)\/\s/)?.[1]; if (u) resolve(u); }); });
const browser = await launchBrowser();
const large = configPageUrl(url, APPS.large, { userApi: 'forbidden' });
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(1);
const what = process.argv.slice(2);
if (what.includes('edit')) { const e = await editToggle(browser, large, 7); console.log('edit toggle', med(e.times), e.times.map((t) => t.toFixed(0)).join(' ')); }
if (what.includes('tabs')) { const t = await everyoneAndTabs(browser, large, 7); for (const [tab, times] of Object.entries(t.switches)) console.log('switch', tab, med(times.map((x) => x.frame)), times.map((x) => x.frame.toFixed(0)).join(' ')); console.log('first everyone', t.firstEveryone.frame.toFixed(0)); }
if (what.includes('ttm')) {
  const runs = []; for (let i = 0; i < 11; i++) runs.push(await timeToMatrix(browser, configPageUrl(url, APPS.team, { latency: 200 })));
  console.log('ttm', med(runs.map((r) => r.ms)), 'startup', med(runs.map((r) => r.startupMs)), 'wave', med(runs.map((r) => r.waveMs)), 'render', med(runs.map((r) => r.renderMs)));
}
await browser.close(); child.kill();
