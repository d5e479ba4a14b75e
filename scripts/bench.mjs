// npm run bench: sizes and speed of the BUILT plugin in one Chromium session against the kintone stand-in.
// Prints one table; `--write` also records it in BENCHMARKS.md. Figures are medians of several runs with
// their spread (min–max), and every time is also given as a ratio to its yardstick, which is what the
// targets are about (machines differ; ratios travel better).
import { existsSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import { measureSizes, BUDGETS, TARGET_CONFIG } from './size.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { configPageUrl, APPS } from '../stand-in/urls.mjs';
import { timeToMatrix, renderVersusLoop, filterLatency } from './lib/bench-probes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LATENCY_MS = 200;

if (!existsSync('dist/plugin.zip')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { median, min: sorted[0], max: sorted.at(-1) };
};
const fmt = (s, unit = 'ms', digits = 1) =>
  `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

/**
 * The stand-in runs in its own process (npm start's script), so that its event loop does not share a
 * thread with this one's browser driving: the time it takes to answer is then the latency asked for.
 */
function startStandInProcess() {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { env: { ...process.env, PORT: '0' } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = out.match(/sample apps:\s+(http\S+?)\/\s/)?.[1];
      if (url) resolve({ url, close: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`the stand-in exited (${code}) before it was ready`)));
  });
}

const standIn = await startStandInProcess();
const browser = await launchBrowser();
const rows = [];
try {
  const sizes = measureSizes();
  for (const s of sizes) {
    const target = s.screen === 'config' ? ` (target ${(TARGET_CONFIG / 1024).toFixed(0)} KB)` : '';
    rows.push([
      `${s.screen} JS, gzip`,
      `${(s.jsGzip / 1024).toFixed(2)} KB`,
      `≤ ${(BUDGETS[s.screen] / 1024).toFixed(0)} KB${target}`,
      s.jsGzip <= s.budget,
    ]);
  }

  // One unrecorded run of each probe first: the browser's and the stand-in's caches start cold.
  await timeToMatrix(browser, configPageUrl(standIn.url, APPS.team, { latency: LATENCY_MS }));
  await renderVersusLoop(browser, configPageUrl(standIn.url, APPS.large, {}));

  const ttm = [];
  for (let i = 0; i < RUNS; i++)
    ttm.push(await timeToMatrix(browser, configPageUrl(standIn.url, APPS.team, { latency: LATENCY_MS })));
  const ttmMs = stats(ttm.map((r) => r.ms));
  const ttmRatio = stats(ttm.map((r) => r.ms / LATENCY_MS));
  // The target: visible within 1.3 × latency plus the render itself, i.e. what precedes the render ≤ 1.3×.
  const beforeRender = stats(ttm.map((r) => (r.ms - r.renderMs) / LATENCY_MS));
  const waves = Math.max(...ttm.map((r) => r.waves));
  rows.push([
    `time to matrix, ${LATENCY_MS} ms per request`,
    `${fmt(ttmMs)} = ${fmt(ttmRatio, '×', 2)} latency`,
    '',
    null,
  ]);
  rows.push(['… script start to first request', fmt(stats(ttm.map((r) => r.startupMs))), '', null]);
  rows.push(['… first request to last answer in hand', fmt(stats(ttm.map((r) => r.waveMs))), '', null]);
  rows.push(['… last answer in hand to rows on screen', fmt(stats(ttm.map((r) => r.renderMs))), '', null]);
  rows.push([
    '… before the render, as a ratio to latency',
    fmt(beforeRender, '×', 2),
    '≤ 1.3×',
    beforeRender.median <= 1.3,
  ]);
  rows.push(['request waves before the matrix', String(waves), '1', waves === 1]);

  const render = [];
  for (let i = 0; i < RUNS; i++)
    render.push(await renderVersusLoop(browser, configPageUrl(standIn.url, APPS.large, {})));
  const ratio = stats(render.map((r) => r.ours / r.loop));
  rows.push(['render 2,000 recipients (ours)', fmt(stats(render.map((r) => r.ours))), '', null]);
  rows.push(['render 2,000 recipients (hand-written DOM loop)', fmt(stats(render.map((r) => r.loop))), '', null]);
  rows.push(['render ratio ours / loop', fmt(ratio, '×', 2), '≤ 2×', ratio.median <= 2]);

  const filter = await filterLatency(browser, configPageUrl(standIn.url, APPS.large, {}), RUNS);
  rows.push([
    'filter keystroke at 2,000 rows (narrowing)',
    fmt(stats(filter.narrow)),
    '≤ 16 ms',
    stats(filter.narrow).median <= 16,
  ]);
  rows.push(['… the same rows hidden by a bare loop (browser floor)', fmt(stats(filter.floorNarrow)), '', null]);
  rows.push([
    'filter keystroke at 2,000 rows (clearing)',
    fmt(stats(filter.widen)),
    '≤ 16 ms',
    stats(filter.widen).median <= 16,
  ]);
  rows.push(['… the same rows shown by a bare loop (browser floor)', fmt(stats(filter.floorWiden)), '', null]);
} finally {
  await browser.close();
  await standIn.close();
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
const header = ['measure', 'figure (median, min–max)', 'target', 'ok'];
const table = [
  header,
  header.map(() => '---'),
  ...rows.map(([a, b, c, ok]) => [a, b, c, ok === null ? '' : ok ? 'yes' : '**no**']),
]
  .map((r) => `| ${r.join(' | ')} |`)
  .join('\n');
console.log(`\n${new Date().toISOString().slice(0, 10)} — ${machine} — ${RUNS} runs each\n\n${table}\n`);
if (process.argv.includes('--write')) {
  writeFileSync(
    'BENCHMARKS.md',
    `# Benchmarks\n\nRecorded by \`npm run bench -- --write\` on ${new Date().toISOString().slice(0, 10)}, ${machine}; ` +
      `${RUNS} runs each, headless Chromium, built dist/plugin.zip on the local kintone stand-in.\n\n${table}\n`,
  );
}
