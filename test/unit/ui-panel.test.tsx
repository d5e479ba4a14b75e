import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Panel } from '../../src/ui/panel/Panel';
import { translator } from '../../src/i18n';
import { requestPolicy } from '../../src/api/request';
import { settle } from './support/settle';
import { installKintone, plainPath, routes, type Handler } from './support/fake-kintone';
import { healthyApp, LIVE, n, PER_RECORD, REMINDER } from './support/fixtures';

let root: HTMLElement;
const original = { ...requestPolicy };

beforeEach(() => {
  sessionStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
  requestPolicy.retryDelaysMs = [1, 1];
});
afterEach(() => {
  render(null, root);
  root.remove();
  Object.assign(requestPolicy, original);
});

const ready = () => settle(() => root.querySelector('.knm')?.getAttribute('aria-busy') === null);

async function mount(handler: Handler, language: 'en' | 'ja' = 'en') {
  const fake = installKintone(handler);
  render(<Panel appId="1" t={translator(language)} language={language} />, root);
  await ready();
  return fake;
}

const rowIds = () =>
  [...root.querySelectorAll('tr[data-entity-type]')].map(
    (r) => `${r.getAttribute('data-entity-type')}:${r.getAttribute('data-entity-code')}`,
  );

describe('Panel', () => {
  it('shows one row per recipient in API order, five trigger cells each, revision and commenter flag', async () => {
    await mount(routes(healthyApp()));
    expect(rowIds()).toEqual(LIVE.notifications.map((x) => `${x.entity.type}:${x.entity.code}`));
    LIVE.notifications.forEach((x, i) => {
      const cells = [...root.querySelectorAll('tr[data-entity-type]')[i].querySelectorAll('td[data-trigger]')];
      expect(cells.map((c) => `${c.getAttribute('data-trigger')}=${c.getAttribute('data-on')}`)).toEqual(
        ['recordAdded', 'recordEdited', 'commentAdded', 'statusChanged', 'fileImported'].map(
          (t) => `${t}=${(x as Record<string, unknown>)[t]}`,
        ),
      );
    });
    expect(root.querySelector('[data-revision="live"]')?.textContent).toContain('12');
    expect(root.querySelector('[data-notify-to-commenter]')?.getAttribute('data-notify-to-commenter')).toBe('true');
    expect(root.querySelector('[data-notify-to-commenter]')?.textContent).toContain('Yes');
    const totals = [...root.querySelectorAll('td[data-total]')].map((td) => Number(td.textContent));
    const expected = ['recordAdded', 'recordEdited', 'commentAdded', 'statusChanged', 'fileImported'].map(
      (t) => LIVE.notifications.filter((x) => (x as Record<string, unknown>)[t]).length,
    );
    expect(totals).toEqual(expected);
  });

  it('describes each recipient: kind, guest, sub-departments, unknown type, names', async () => {
    await mount(routes(healthyApp()));
    await settle(() => root.querySelector('tr[data-entity-code="sato"] .knm-name') !== null);
    const row = (code: string) => root.querySelector(`tr[data-entity-code="${code}"]`)!.textContent!;
    expect(row('sato')).toContain('Sato Hiroshi');
    expect(row('sato')).toContain('All');
    expect(row('Created_by')).toContain('To Me');
    expect(row('Created_by')).toContain('Created by');
    expect(row('guest/alice@partner.example')).toContain('Guest');
    expect(row('sales')).toContain('incl. sub-departments');
    expect(row('r2d2')).toContain('Unknown (ROBOT)');
    expect(row('kimura')).toContain('stopped user');
  });

  it('renders HTML in codes as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    await mount(
      routes(
        healthyApp({
          '/k/v1/app/notifications/general.json': { ...LIVE, notifications: [n('USER', payload, '10000')] },
        }),
      ),
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('tr[data-entity-type] .knm-code')?.textContent).toBe(payload);
    expect(root.querySelector('tr[data-entity-type]')?.getAttribute('data-entity-code')).toBe(payload);
  });

  it('shows the empty state for an app without recipients', async () => {
    await mount(routes(healthyApp({ '/k/v1/app/notifications/general.json': { ...LIVE, notifications: [] } })));
    expect(root.querySelector('[data-empty="true"]')).not.toBeNull();
    expect(root.querySelector('table')).toBeNull();
  });

  it('is busy while loading, and not once every answer is in', async () => {
    const held: Array<() => void> = [];
    const answers = routes(healthyApp());
    installKintone((call) => new Promise((resolve) => held.push(() => resolve(answers(call)))));
    render(<Panel appId="1" t={translator('en')} language="en" />, root);
    await settle(() => held.length === 10);
    expect(root.querySelector('.knm')?.getAttribute('aria-busy')).toBe('true');
    expect(root.textContent).toContain('Loading');
    expect(root.querySelector('tr[data-entity-type]')).toBeNull();
    // Answer everything, the names' requests too as they come.
    const answerAll = setInterval(() => held.splice(0).forEach((answer) => answer()), 5);
    await ready();
    clearInterval(answerAll);
    expect(rowIds()).toHaveLength(LIVE.notifications.length);
    expect(root.textContent).not.toContain('Loading');
  });

  it.each([
    [{ code: 'CB_NO02', message: 'No privilege' }, 'CB_NO02', 'App Management permission'],
    [{ code: 'GAIA_AP01', message: 'Not found' }, 'GAIA_AP01', 'not found'],
    [{ code: 'GAIA_IL23', message: 'Guest' }, 'GAIA_IL23', 'guest-space'],
    [{ code: 'GAIA_RE18', message: 'Too many' }, 'GAIA_RE18', 'busy'],
    [new TypeError('Failed to fetch'), 'NETWORK', 'could not be reached'],
    [{ notifications: [{}] }, 'INVALID', 'cannot read'],
  ])('shows %o as an alert with data-error-code %s, and Retry recovers', async (answer, code, words) => {
    let fail = true;
    const healthy = routes(healthyApp());
    await mount((call) => {
      if (fail && plainPath(call.url) === '/k/v1/app/notifications/general.json') {
        if (answer instanceof Error || 'code' in answer) throw answer;
        return answer;
      }
      return healthy(call);
    });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('data-error-code')).toBe(code);
    expect(alert.textContent).toContain(words);
    fail = false;
    (alert.querySelector('button') as HTMLButtonElement).click();
    await settle(() => rowIds().length === LIVE.notifications.length);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('twenty quick Refresh clicks cost at most two waves and render one set of rows', async () => {
    const healthy = routes(healthyApp());
    const { calls } = await mount((call) => new Promise((resolve) => setTimeout(() => resolve(healthy(call)), 20)));
    const liveReads = () => calls.filter((c) => plainPath(c.url) === '/k/v1/app/notifications/general.json').length;
    const before = liveReads();
    const refresh = root.querySelector('.knm-header button') as HTMLButtonElement;
    for (let i = 0; i < 20; i++) refresh.click();
    await settle(() => root.querySelector('.knm')?.getAttribute('aria-busy') === 'true');
    await ready();
    expect(liveReads() - before).toBeLessThanOrEqual(2);
    expect(rowIds()).toEqual(LIVE.notifications.map((x) => `${x.entity.type}:${x.entity.code}`));
  });

  it("draws the matrix before it sends the names' requests", async () => {
    const fake = installKintone(routes(healthyApp()));
    const namesAsked = () => fake.calls.some((c) => c.url.startsWith('/v1/') || plainPath(c.url) === '/k/v1/app.json');
    let namesAskedWhenRowsAppeared: boolean | undefined;
    const observer = new MutationObserver(() => {
      if (namesAskedWhenRowsAppeared === undefined && root.querySelector('tr[data-entity-type]'))
        namesAskedWhenRowsAppeared = namesAsked();
    });
    observer.observe(root, { childList: true, subtree: true });
    render(<Panel appId="1" t={translator('en')} language="en" />, root);
    await ready();
    observer.disconnect();
    expect(namesAskedWhenRowsAppeared).toBe(false);
    expect(namesAsked()).toBe(true);
  });

  it('filters and sorts by hiding and moving the same row elements, not rebuilding them', async () => {
    await mount(routes(healthyApp()));
    const rowsNow = () => [...root.querySelectorAll<HTMLTableRowElement>('tr[data-entity-type]')];
    const before = rowsNow();
    const input = root.querySelector('input[data-filter="text"]') as HTMLInputElement;
    input.value = 'sato';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(() => rowsNow().filter((tr) => !tr.hidden).length === 1);
    expect(rowsNow()).toEqual(before);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(() => rowsNow().every((tr) => !tr.hidden));
    (root.querySelector('th[data-column="recipient"] button') as HTMLButtonElement).click();
    await settle(() => root.querySelector('th[data-column="recipient"]')?.getAttribute('aria-sort') === 'ascending');
    const sorted = rowsNow();
    expect(sorted).not.toEqual(before);
    expect(new Set(sorted)).toEqual(new Set(before));
  });

  it('shows a sub-departments switch turned off in pre-live on the Differences view', async () => {
    await mount(routes(healthyApp()));
    (root.querySelector('[data-view="diff"]') as HTMLButtonElement).click();
    await settle(() => root.querySelector('[data-diff-summary]') !== null);
    const badge = root.querySelector(
      'tr[data-entity-type="ORGANIZATION"][data-entity-code="sales"] .knm-badge[data-change]',
    );
    expect(badge?.getAttribute('data-change')).toBe('removed');
    expect(badge?.textContent).toBe('incl. sub-departments');
    expect(root.querySelector('tr[data-entity-type="ORGANIZATION"]')?.getAttribute('data-row-change')).toBe('changed');
  });

  it('speaks Japanese with kintone’s trigger names', async () => {
    await mount(routes(healthyApp()), 'ja');
    const heads = [...root.querySelectorAll('th[data-column]')].map(
      (th) => th.querySelector('button')?.firstChild?.textContent,
    );
    expect(heads).toEqual([
      '通知先',
      'レコード追加',
      'レコード編集',
      'コメント書き込み',
      'ステータスの更新',
      'ファイル読み込み',
    ]);
  });
});

describe('edit mode', () => {
  it('offers Edit only when the pre-live settings were read, and sends nothing until Save', async () => {
    const { calls } = await mount(routes(healthyApp()));
    const edit = root.querySelector<HTMLButtonElement>('[data-action="edit"]');
    expect(edit).not.toBeNull();
    edit?.click();
    await ready();
    expect(root.querySelector('[data-editing="true"]')).not.toBeNull();
    root.querySelector<HTMLElement>('tr[data-entity-type] td[data-trigger="fileImported"]')?.click();
    await ready();
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);
    expect(root.querySelector('[data-action="save"]')?.hasAttribute('disabled')).toBe(false);
  });

  it('Discard drops unsaved edits; Update App waits while edits are unsaved', async () => {
    await mount(routes(healthyApp()));
    root.querySelector<HTMLButtonElement>('[data-action="edit"]')?.click();
    await ready();
    const save = () => root.querySelector('[data-action="save"]');
    const updateApp = () => root.querySelector('[data-action="update-app"]');
    // The sample's pre-live differs from live: Update App is offered, and can be used with nothing unsaved.
    expect(updateApp()?.hasAttribute('disabled')).toBe(false);
    expect(save()?.hasAttribute('disabled')).toBe(true);
    root.querySelector<HTMLElement>('tr[data-entity-type] td[data-trigger="fileImported"]')?.click();
    await ready();
    expect(save()?.hasAttribute('disabled')).toBe(false);
    expect(updateApp()?.hasAttribute('disabled')).toBe(true);
    root.querySelector<HTMLButtonElement>('[data-action="discard"]')?.click();
    await ready();
    expect(save()?.hasAttribute('disabled')).toBe(true);
    expect(updateApp()?.hasAttribute('disabled')).toBe(false);
    expect(root.querySelector('[data-action="discard"]')).toBeNull();
  });

  it('offers no Edit when the pre-live general settings could not be read', async () => {
    await mount(
      routes(
        healthyApp({ '/k/v1/preview/app/notifications/general.json': { code: 'CB_NO02', id: 'x', message: 'No' } }),
      ),
    );
    expect(root.querySelector('tr[data-entity-type]')).not.toBeNull();
    expect(root.querySelector('[data-action="edit"]')).toBeNull();
  });
});

describe('conditions naming people', () => {
  it('looks their codes up with the recipients, and names a notification whose condition names someone gone', async () => {
    const broken = {
      ...PER_RECORD,
      notifications: [{ ...PER_RECORD.notifications[0], filterCond: 'Created_by in ("sato", "gone.user")' }],
    };
    const fake = await mount(
      routes(
        healthyApp({
          '/k/v1/app/notifications/perRecord.json': broken,
          '/k/v1/preview/app/notifications/perRecord.json': broken,
        }),
      ),
    );
    const asked = fake.calls.filter((c) => plainPath(c.url) === '/v1/users.json').flatMap((c) => c.params.codes);
    expect(asked).toContain('gone.user');
    root.querySelector<HTMLElement>('[data-kind-tab="perRecord"]')!.click();
    await settle(() => root.querySelector('[data-finding="CONDITION_CODE_UNKNOWN"]') !== null);
    expect(
      root.querySelector('[data-finding="CONDITION_CODE_UNKNOWN"] [data-row-key]')?.getAttribute('data-row-key'),
    ).toBe('perRecord:0');
  });
});

describe('per-record and reminder reads of one side', () => {
  const tab = async (kind: string) => {
    root.querySelector<HTMLElement>(`[data-kind-tab="${kind}"]`)!.click();
    await settle(() => root.querySelector(`[data-kind-tab="${kind}"]`)?.getAttribute('aria-selected') === 'true');
  };

  it('shows the live list when the pre-live read failed, with a note saying pre-live could not be read', async () => {
    await mount(
      routes(
        healthyApp({ '/k/v1/preview/app/notifications/perRecord.json': { code: 'CB_NO02', id: 'x', message: 'No' } }),
      ),
    );
    await tab('perRecord');
    await settle(() => root.querySelector('[data-per-record]') !== null);
    expect(root.querySelectorAll('[data-per-record]')).toHaveLength(PER_RECORD.notifications.length);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    const note = root.querySelector('[data-unread]');
    expect(note?.getAttribute('data-unread')).toBe('preview');
    expect(note?.textContent).toContain('Pre-live');
    expect(note?.textContent).toContain('CB_NO02');
    // The general matrix differs, so Differences is offered: the list there claims no change.
    (root.querySelector('[data-view="diff"]') as HTMLButtonElement).click();
    await settle(() => root.querySelector('[data-view="diff"]')?.getAttribute('aria-pressed') === 'true');
    expect(root.querySelector('[data-per-record][data-row-change]')).toBeNull();
    expect(root.querySelector('[data-unread="preview"]')).not.toBeNull();
  });

  it('a reminder time zone changed alone raises the pending banner, and Differences says the change', async () => {
    await mount(
      routes(
        healthyApp({
          '/k/v1/preview/app/notifications/general.json': { ...LIVE },
          '/k/v1/preview/app/notifications/reminder.json': { ...REMINDER, timezone: 'UTC' },
        }),
      ),
      'ja',
    );
    expect(root.querySelector('[data-pending="true"]')).not.toBeNull();
    await tab('reminder');
    (root.querySelector('[data-view="diff"]') as HTMLButtonElement).click();
    await settle(() => root.querySelector('[data-reminder-timezone="UTC"][data-row-change="changed"]') !== null);
    expect(root.querySelector('[data-reminder-timezone]')?.textContent).toContain('Asia/Tokyo → UTC');
  });
});
