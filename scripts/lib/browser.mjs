// Finds and launches a headless Chromium for the browser tests and the benchmark. Order: $CHROMIUM_PATH,
// Debian's /usr/bin/chromium, then the binary shipped by the @sparticuz/chromium npm package (a
// devDependency, so `npm ci` alone provides a browser). No browser is an error, never a silent skip.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

// Without the background-networking flags Chromium keeps dialling Google on a closed network.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return await sparticuz.executablePath();
  } catch (error) {
    throw new Error(
      'No Chromium found for the browser tests. Install one with `npm ci` (ships @sparticuz/chromium), ' +
        '`sudo apt-get install -y chromium`, or set CHROMIUM_PATH. Cause: ' +
        (error?.message ?? error),
    );
  }
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: ARGS });
}
