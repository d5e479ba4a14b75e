// Shared setup for the browser tests: one stand-in and one Chromium per test file, pages on the built zip.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error plain ESM modules without types
import { startStandIn } from '../../stand-in/server.mjs';
// @ts-expect-error plain ESM modules without types
import { launchBrowser } from '../../scripts/lib/browser.mjs';
// @ts-expect-error plain ESM modules without types
import { APPS, configPageUrl, recordListUrl } from '../../stand-in/urls.mjs';

export { APPS };
export const SCREENSHOTS = 'test-results/screenshots';

/** One request the stand-in received, with when it arrived and was answered (performance.now()). */
export interface StandInRequest {
  method: string;
  path: string;
  query?: Record<string, unknown>;
  startedAt: number;
  answeredAt: number;
}

interface StandIn {
  url: string;
  close(): Promise<void>;
  setScenario(s: Record<string, unknown>): void;
  resetScenario(): void;
  requests: StandInRequest[];
  uploads: unknown[];
  /** Every non-GET request to /k/ paths, accepted or refused (see stand-in/apps/README.md, Writes). */
  writes: StandInWrite[];
  /** Reloads the sample apps, forgets deployments and clears the write log. */
  resetApps(): void;
}

export interface StandInWrite {
  method: string;
  path: string;
  /** JSON as sent; each test reads what it wrote. */
  body: any;
  status: number;
  code?: string;
  revision?: string;
}

export interface Harness {
  standIn: StandIn;
  browser: Browser;
  /** Opens an app's plugin settings page and waits until the panel has finished loading. */
  openConfig(app: number, params?: Record<string, string | number>): Promise<Page>;
  openRecordList(app: number, params?: Record<string, string | number>): Promise<Page>;
}

/** Registers beforeAll/afterAll in the calling test file and returns the live harness. */
export function setUpHarness(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    harness.standIn = await startStandIn({ port: 0 });
    harness.browser = await launchBrowser();
    harness.openConfig = async (app, params = {}) => {
      const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      await page.goto(configPageUrl(harness.standIn.url, app, params));
      await page.waitForSelector('.knm:not([aria-busy])', { timeout: 45_000 });
      return page;
    };
    harness.openRecordList = async (app, params = {}) => {
      const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(recordListUrl(harness.standIn.url, app, params));
      return page;
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.standIn?.close();
  });
  return harness;
}

/** Every shown recipient row's type and code, in DOM order (filtered-out rows stay in the DOM, hidden). */
export const rowIds = (page: Page) =>
  page.$$eval('tr[data-entity-type]:not([hidden])', (rows) =>
    rows.map((row) => `${row.getAttribute('data-entity-type')}:${row.getAttribute('data-entity-code')}`),
  );

/** The data-on values of one row's five trigger cells, in column order. */
export const cellStates = (page: Page, code: string) =>
  page.$$eval(
    'tr[data-entity-code]',
    (rows, wanted) =>
      rows.find((row) => row.getAttribute('data-entity-code') === wanted)?.querySelectorAll('td[data-trigger]')
        ? Array.from(
            rows.find((row) => row.getAttribute('data-entity-code') === wanted)!.querySelectorAll('td[data-trigger]'),
            (td) => `${td.getAttribute('data-trigger')}=${td.getAttribute('data-on')}`,
          )
        : [],
    code,
  );

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
