// When the panel shows what, and when it says it is busy: optional reads that are slow, waves that
// overlap, and a page without an app id.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Panel } from '../../src/ui/panel/Panel';
import { translator } from '../../src/i18n';
import { requestPolicy } from '../../src/api/request';
import { loaderPolicy } from '../../src/ui/panel/panel-loader';
import { settle } from './support/settle';
import { installKintone, plainPath, routes } from './support/fake-kintone';
import { healthyApp, LIVE } from './support/fixtures';

let root: HTMLElement;
const originalRequests = { ...requestPolicy };
const originalLoader = { ...loaderPolicy };

beforeEach(() => {
  sessionStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  Object.assign(requestPolicy, originalRequests);
  Object.assign(loaderPolicy, originalLoader);
});

const busy = () => root.querySelector('.knm')?.getAttribute('aria-busy') === 'true';
const rows = () => root.querySelectorAll('tr[data-entity-type]').length;

/** Answers from healthyApp, except that the paths in `held` wait until released. */
function holding(held: Map<string, () => void>, paths: string[]) {
  const answers = routes(healthyApp());
  return installKintone((call) => {
    const path = plainPath(call.url);
    if (!paths.includes(path) || held.has(path)) return answers(call);
    return new Promise((resolve) => held.set(path, () => resolve(answers(call))));
  });
}

describe('optional reads', () => {
  it('a slow optional read does not hold the matrix back; it fills in when it answers', async () => {
    loaderPolicy.optionalGraceMs = 20;
    const held = new Map<string, () => void>();
    holding(held, ['/k/v1/app/form/fields.json']);
    render(<Panel appId="1" t={translator('en')} language="en" />, root);
    await settle(() => rows() === LIVE.notifications.length);
    // Drawn with codes while the live form fields are still on their way, and still busy.
    expect(root.querySelector('tr[data-entity-code="Department"]')?.textContent).not.toContain('Requesting department');
    expect(busy()).toBe(true);
    held.get('/k/v1/app/form/fields.json')!();
    await settle(() => !busy());
    expect(root.querySelector('tr[data-entity-code="Department"]')?.textContent).toContain('Requesting department');
  });

  it('an optional read that fails leaves the matrix as it is, quietly', async () => {
    installKintone(routes(healthyApp({ '/k/v1/preview/app/status.json': { code: 'CB_NO02' } })));
    render(<Panel appId="1" t={translator('en')} language="en" />, root);
    await settle(() => rows() > 0 && !busy());
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('aria-busy', () => {
  it('is true exactly while a read of the newest wave runs: an older wave’s late names cannot clear it', async () => {
    const answers = routes(healthyApp());
    const holds: Array<{ path: string; release: () => void }> = [];
    let holdPaths = ['/v1/users.json'];
    installKintone((call) => {
      const path = plainPath(call.url);
      if (!holdPaths.includes(path)) return answers(call);
      return new Promise((resolve) => holds.push({ path, release: () => resolve(answers(call)) }));
    });
    const heldRead = (path: string) => holds.find((hold) => hold.path === path);
    render(<Panel appId="1" t={translator('en')} language="en" />, root);
    // Wave 1 draws its matrix and waits for names.
    await settle(() => rows() > 0 && heldRead('/v1/users.json') !== undefined);
    expect(busy()).toBe(true);
    // Wave 2 starts, and its live read is held.
    holdPaths = ['/k/v1/app/notifications/general.json'];
    root.querySelector<HTMLButtonElement>('.knm-header .knm-button')!.click();
    await settle(() => heldRead('/k/v1/app/notifications/general.json') !== undefined);
    // Wave 1's names arrive late.
    heldRead('/v1/users.json')!.release();
    await new Promise((r) => setTimeout(r, 30));
    expect(busy()).toBe(true);
    // Wave 2 answers: done.
    holdPaths = [];
    heldRead('/k/v1/app/notifications/general.json')!.release();
    await settle(() => !busy());
    expect(rows()).toBe(LIVE.notifications.length);
  });
});

describe('no app id', () => {
  it('says so without sending a request', async () => {
    const { calls } = installKintone(routes(healthyApp()));
    render(<Panel appId="" t={translator('en')} language="en" />, root);
    await settle(() => root.querySelector('[role="alert"]') !== null);
    expect(root.querySelector('[role="alert"]')?.getAttribute('data-error-code')).toBe('NO_APP');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('No app ID');
    expect(busy()).toBe(false);
    expect(calls).toHaveLength(0);
  });
});
