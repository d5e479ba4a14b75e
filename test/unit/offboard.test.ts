// Offboarding across apps below the browser, against a small fake domain that keeps each app's pre-live settings
// and revision: which apps Save writes (the ones ticked at Save, read first when they have no plan), conditions
// rewritten or left by hand, each app's outcome, and Update App for the saved ones only, at their own revision.
import { afterEach, describe, expect, it } from 'vitest';
import { installKintone, plainPath, type ApiCall } from './support/fake-kintone';
import { n } from './support/fixtures';
import { deployPolicy } from '../../src/api/write';
import { deployOffboard, planOffboard, saveOffboard, type Handover } from '../../src/ui/apps/offboard';
import { atMostSix } from '../../src/api/request';
import type { AppRow } from '../../src/model/apps';

const original = { ...deployPolicy };
afterEach(() => Object.assign(deployPolicy, original));

const handover: Handover = { key: 'USER:yamada', by: { type: 'USER', code: 'tanaka', includeSubs: false } };
const row = (id: string, space = ''): AppRow => ({ id, name: `App ${id}`, space });

interface FakeApp {
  revision: number;
  general: string;
  filterCond?: string;
  /** Refuse the n-th PUT of this app (1-based) as a conflict. */
  conflictOn?: number;
  /** What the deploy status answers. */
  status?: string;
  malformed?: boolean;
  puts?: number;
}

/** A domain of apps at revision 5 that name `general` in General and `filterCond` in a per-record condition. */
function domain(apps: Record<string, FakeApp>) {
  const put = (call: ApiCall) => {
    const app = apps[String(call.params.app)];
    app.puts = (app.puts ?? 0) + 1;
    if (String(call.params.revision) !== String(app.revision) || app.puts === app.conflictOn)
      throw { code: 'GAIA_CO02', id: 'x', message: 'stale' };
    const kind = plainPath(call.url).match(/notifications\/(\w+)\.json/)![1];
    const list = call.params.notifications as Array<{ entity?: { code: string }; filterCond?: string }>;
    if (kind === 'general') app.general = list[0].entity!.code;
    if (kind === 'perRecord') app.filterCond = list[0]?.filterCond;
    return { revision: String(++app.revision) };
  };
  const get = (call: ApiCall) => {
    const path = plainPath(call.url);
    if (path.endsWith('deploy.json'))
      return {
        apps: [
          {
            app: (call.params.apps as string[])[0],
            status: apps[(call.params.apps as string[])[0]].status ?? 'SUCCESS',
          },
        ],
      };
    const app = apps[String(call.params.app)];
    const revision = String(app.revision);
    if (path.endsWith('form/fields.json'))
      return { properties: { Assignee: { type: 'USER_SELECT', code: 'Assignee', label: 'Assignee' } }, revision };
    if (path.endsWith('general.json'))
      return app.malformed
        ? { notifications: [{ entity: { type: 'USER' } }], revision }
        : { notifications: [n('USER', app.general, '10000')], notifyToCommenter: false, revision };
    if (path.endsWith('perRecord.json'))
      return {
        notifications: app.filterCond === undefined ? [] : [{ filterCond: app.filterCond, title: 'Mine', targets: [] }],
        revision,
      };
    return { notifications: [], timezone: 'Asia/Tokyo', revision };
  };
  return installKintone((call) => {
    if (call.method === 'PUT') return put(call);
    return call.method === 'POST' ? {} : get(call);
  });
}

const app = (over: Partial<FakeApp> = {}): FakeApp => ({ revision: 5, general: 'yamada', ...over });
const writes = (calls: ApiCall[]) => calls.filter((c) => c.method !== 'GET').map((c) => String(c.params.app ?? ''));

describe('planOffboard', () => {
  it('lists every place, conditions included, with those a human must change', async () => {
    domain({
      '1': app({ filterCond: 'Assignee in ("yamada", "ito")' }),
      '2': app({ general: 'sato', filterCond: 'Assignee in ("yamada") and Assignee not in ("x") or Title = "yamada"' }),
    });
    const [one, two] = await planOffboard([row('1'), row('2')], handover);
    expect(one.places).toEqual([
      { kind: 'general' },
      { kind: 'perRecord', index: 0, title: 'Mine', cond: 'Assignee in ("yamada", "ito")', byHand: false },
    ]);
    expect(two.places).toMatchObject([{ kind: 'perRecord', index: 0, byHand: true }]);
  });

  it('fails an app whose pre-live answer is of another shape, and plans nothing to write for it', async () => {
    const { calls } = domain({ '1': app({ malformed: true }) });
    const [plan] = await planOffboard([row('1')], handover);
    expect(plan).toMatchObject({ error: 'INVALID', places: [] });
    expect(plan.bodies).toBeUndefined();
    const [saved] = await saveOffboard([row('1')], { '1': plan }, handover);
    expect(saved.outcome).toBeUndefined();
    expect(writes(calls)).toEqual([]);
  });
});

describe('saveOffboard', () => {
  it('writes the apps ticked at Save only: unticked after Preview, nothing; ticked after Preview, read then written', async () => {
    const fake = { '1': app(), '2': app(), '3': app() };
    const { calls } = domain(fake);
    const plans = Object.fromEntries((await planOffboard([row('1'), row('2')], handover)).map((p) => [p.row.id, p]));
    calls.length = 0;
    // App 2 unticked after the preview; app 3 ticked after it.
    const saved = await saveOffboard([row('1'), row('3')], plans, handover);
    expect(saved.map((p) => [p.row.id, p.outcome])).toEqual([
      ['1', 'saved'],
      ['3', 'saved'],
    ]);
    expect(writes(calls)).toEqual(['1', '3']);
    expect([fake['1'].general, fake['2'].general, fake['3'].general]).toEqual(['tanaka', 'yamada', 'tanaka']);
    // App 3 was read (its three kinds and its form) before it was written.
    expect(calls.filter((c) => c.method === 'GET' && c.params.app === '3')).toHaveLength(4);
  });

  it('rewrites a condition naming the person exactly, in the same save as General', async () => {
    const fake = { '1': app({ filterCond: 'Assignee in ("ito", "yamada")' }) };
    domain(fake);
    const [saved] = await saveOffboard([row('1')], {}, handover);
    expect(saved.outcome).toBe('saved');
    expect(fake['1'].filterCond).toBe('Assignee in ("ito", "tanaka")');
    expect(saved.revision).toBe('7');
  });

  it('a conflict before anything was written is a conflict; after General was written, a failure', async () => {
    domain({ '1': app({ conflictOn: 1 }), '2': app({ filterCond: 'Assignee in ("yamada")', conflictOn: 2 }) });
    const saved = await saveOffboard([row('1'), row('2')], {}, handover);
    expect(saved.map((p) => [p.outcome, p.error])).toEqual([
      ['conflict', 'GAIA_CO02'],
      ['failed', 'GAIA_CO02'],
    ]);
  });

  it('saves every one of many apps, six at a time, and nothing twice', async () => {
    const ids = Array.from({ length: 13 }, (_, i) => String(i + 1));
    const { calls } = domain(Object.fromEntries(ids.map((id) => [id, app()])));
    const saved = await saveOffboard(
      ids.map((id) => row(id)),
      {},
      handover,
    );
    expect(saved.map((p) => p.outcome)).toEqual(ids.map(() => 'saved'));
    calls.length = 0;
    const again = await saveOffboard(
      ids.map((id) => row(id)),
      Object.fromEntries(saved.map((p) => [p.row.id, p])),
      handover,
    );
    expect(again).toEqual(saved);
    expect(calls).toEqual([]);
  });

  it('writes nothing when the replacement changes nothing', async () => {
    const { calls } = domain({ '1': app() });
    const self: Handover = { key: 'USER:yamada', by: { type: 'USER', code: 'yamada', includeSubs: false } };
    const [unchanged] = await saveOffboard([row('1')], {}, self);
    expect(unchanged.outcome).toBeUndefined();
    expect(writes(calls)).toEqual([]);
  });
});

describe('deployOffboard', () => {
  it('deploys only the saved apps, once, each at its revision; says what kintone answered', async () => {
    Object.assign(deployPolicy, { pollMs: 1, maxPollMs: 1, polls: 2 });
    const ids = ['1', '2', '3', '4', '5', '6', '7', '8'];
    const fake = Object.fromEntries(ids.map((id) => [id, app()]));
    fake['3'].conflictOn = 1;
    fake['5'].status = 'PROCESSING';
    fake['6'].status = 'FAIL';
    const { calls } = domain(fake);
    const saved = await saveOffboard(
      ids.map((id) => row(id, id === '4' ? '7' : '')),
      {},
      handover,
    );
    calls.length = 0;
    const deployed = await deployOffboard(saved);
    expect(deployed.map((p) => [p.outcome, p.error])).toEqual([
      ['deployed', undefined],
      ['deployed', undefined],
      ['conflict', 'GAIA_CO02'],
      ['deployed', undefined],
      ['deploy-pending', undefined],
      ['deploy-failed', 'FAIL'],
      ['deployed', undefined],
      ['deployed', undefined],
    ]);
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => (c.params.apps as Array<{ app: string }>)[0].app)).toEqual([
      '1',
      '2',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    expect(posts.find((c) => c.url.includes('/guest/7/'))?.params.apps).toEqual([{ app: '4', revision: '6' }]);
    // A second Update App deploys nothing already deployed, nor one still running.
    calls.length = 0;
    await deployOffboard(deployed);
    expect(
      calls.filter((c) => c.method === 'POST').map((c) => (c.params.apps as Array<{ app: string }>)[0].app),
    ).toEqual([]);
  });
});

describe('atMostSix', () => {
  it('runs every item, at most six at once, results in order', async () => {
    let running = 0;
    let most = 0;
    const results = await atMostSix(
      Array.from({ length: 14 }, (_, i) => i),
      async (i) => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
        return i * 2;
      },
    );
    expect(results).toEqual(Array.from({ length: 14 }, (_, i) => i * 2));
    expect(most).toBe(6);
  });
});
