// Accessibility by measurement: axe-core (WCAG 2 A and AA rules) on every view of the built zip, in English and
// Japanese. A serious or critical violation fails the test; what it found is in the message.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APPS, setUpHarness } from './harness';

const h = setUpHarness();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's serious and critical violations inside the panel, as "rule: element, element". */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run(document.querySelector('.knm')!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  })) as Violation[];
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.help}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

/** Types into a lens (`person` or `record`), checks, and waits for its answer. */
async function askLens(page: Page, lens: 'person' | 'record', value: string) {
  await page.fill(`[data-${lens}-input]`, value);
  await page.click(`[data-${lens}-check]`);
  await page.waitForSelector(`[data-${lens}-result]`);
}

type Scene = [string, number, Record<string, string | number>, (page: Page) => Promise<unknown>];

const SCENES: Scene[] = [
  ['the matrix', APPS.team, {}, async () => undefined],
  ['Per-record', APPS.team, {}, (page) => page.click('[data-kind-tab="perRecord"]')],
  ['Reminders', APPS.team, {}, (page) => page.click('[data-kind-tab="reminder"]')],
  ['Everyone', APPS.team, {}, (page) => page.click('[data-kind-tab="everyone"]')],
  ['Differences', APPS.pending, {}, (page) => page.click('[data-view="diff"]')],
  ['the person lens', APPS.departments, {}, (page) => askLens(page, 'person', 'ito')],
  ['the record lens', APPS.team, {}, (page) => askLens(page, 'record', '2')],
  ['edit mode', APPS.handover, {}, (page) => page.click('[data-action="edit"]')],
  [
    'all apps, a person across them and their offboarding',
    APPS.team,
    { apps: 40 },
    async (page) => {
      await page.click('[data-apps-open]');
      await page.click('[data-apps-scan]');
      await page.waitForSelector('tr[data-app-id]', { timeout: 60_000 });
      await page.fill('[data-apps-person-input]', 'p.leaver');
      await page.click('[data-apps-person-check]');
      await page.waitForSelector('[data-offboard-app]');
      await page.click('[data-action="offboard-preview"]');
      await page.waitForSelector('.knm-offboard [data-places]');
    },
  ],
];

describe.each(['en', 'ja'])('axe-core finds no serious or critical violation (%s)', (lang) => {
  it.each(SCENES)('in %s', async (_, app, params, show) => {
    const page = await h.openConfig(app, { ...params, lang });
    await show(page);
    await page.waitForSelector('.knm:not([aria-busy])');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
