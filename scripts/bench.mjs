// npm run bench: sizes and speed of the BUILT plugin in one Chromium session against the kintone stand-in.
// Prints one table; `--write` also records it in BENCHMARKS.md. Figures are medians of several runs with
// their spread (min–max), and every time is also given as a ratio to its yardstick, which is what the
// targets are about (machines differ; ratios travel better).
import { existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { measureSizes, BUDGETS, TARGET_CONFIG } from './size.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { startStandIn } from '../test/emulator/server.mjs';
import { configPageUrl, APPS } from '../test/e2e/pages.mjs';
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

const standIn = await startStandIn({ port: 0 });
const browser = await launchBrowser();
const rows = [];
try {
  const sizes = measureSizes();
  for (const s of sizes) {
    const target = s.screen === 'config' ? ` (target ${(TARGET_CONFIG / 1024).toFixed(0)} KB)` : '';
    rows.push([`${s.screen} JS, gzip`, `${(s.jsGzip / 1024).toFixed(2)} KB`, `≤ ${(BUDGETS[s.screen] / 1024).toFixed(0)} KB${target}`, s.jsGzip <= s.budget]);
  }

  const ttm = [];
  for (let i = 0; i < RUNS; i++) ttm.push(await timeToMatrix(browser, configPageUrl(standIn.url, APPS.team, { latency: LATENCY_MS }), LATENCY_MS));
  const ttmMs = stats(ttm.map((r) => r.ms));
  const ttmRatio = stats(ttm.map((r) => r.ms / LATENCY_MS));
  const waves = Math.max(...ttm.map((r) => r.waves));
  // The target allows 1.3 × latency plus the render itself (rows on screen after the last answer).
  const ttmRender = stats(ttm.map((r) => r.renderMs));
  rows.push([`time to matrix, ${LATENCY_MS} ms per request`, `${fmt(ttmMs)} = ${fmt(ttmRatio, '×', 2)} latency`, '≤ 1.3× + render', ttmRatio.median <= 1.3 + ttmRender.median / LATENCY_MS]);
  rows.push(['  of which render after the last answer', fmt(ttmRender), '', true]);
  rows.push(['request waves before the matrix', String(waves), '1', waves === 1]);

  const render = [];
  for (let i = 0; i < RUNS; i++) render.push(await renderVersusLoop(browser, configPageUrl(standIn.url, APPS.large, {})));
  const ratio = stats(render.map((r) => r.ours / r.loop));
  rows.push(['render 2,000 recipients (ours)', fmt(stats(render.map((r) => r.ours))), '', true]);
  rows.push(['render 2,000 recipients (hand-written DOM loop)', fmt(stats(render.map((r) => r.loop))), '', true]);
  rows.push(['render ratio ours / loop', fmt(ratio, '×', 2), '≤ 2×', ratio.median <= 2]);

  const filter = await filterLatency(browser, configPageUrl(standIn.url, APPS.large, {}), RUNS);
  rows.push(['filter keystroke at 2,000 rows (narrowing)', fmt(stats(filter.narrow)), '≤ 16 ms', stats(filter.narrow).median <= 16]);
  rows.push(['filter keystroke at 2,000 rows (clearing)', fmt(stats(filter.widen)), '≤ 16 ms', stats(filter.widen).median <= 16]);
} finally {
  await browser.close();
  await standIn.close();
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
const header = ['measure', 'figure (median, min–max)', 'target', 'ok'];
const table = [header, header.map(() => '---'), ...rows.map(([a, b, c, ok]) => [a, b, c, ok ? 'yes' : '**no**'])]
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
