// Offboarding across apps below the browser: which apps Save writes (only those naming the person, not saved
// yet, and changed by the replacement), each app's outcome, and Update App for the saved ones only, at their
// own revision and under their own guest space.
import { afterEach, describe, expect, it } from 'vitest';
import { installKintone, type ApiCall } from './support/fake-kintone';
import { n } from './support/fixtures';
import { deployPolicy } from '../../src/api/write';
import { deployOffboard, saveOffboard, type Planned } from '../../src/ui/apps/offboard';
import { placesOf, type Bodies, type Edit } from '../../src/model/edit';

const original = { ...deployPolicy };
afterEach(() => Object.assign(deployPolicy, original));

const bodies = (code: string, revision: string): Bodies => ({
  general: { notifications: [n('USER', code, '10000')], notifyToCommenter: false, revision },
  perRecord: { notifications: [], revision },
  reminder: { notifications: [], timezone: 'Asia/Tokyo', revision },
});

const plan = (id: string, code: string, space = ''): Planned => {
  const read = bodies(code, '5');
  return { row: { id, name: `App ${id}`, space }, bodies: read, places: placesOf(read, 'USER:yamada') };
};

const replace: Edit = { op: 'replace', key: 'USER:yamada', by: { type: 'USER', code: 'tanaka', includeSubs: false } };

/** A kintone at revision 5 everywhere, except app 3, which someone else moved on to 6. */
function domain() {
  return installKintone((call: ApiCall) => {
    if (call.method === 'PUT') {
      if (call.params.app === '3') throw { code: 'GAIA_CO02', id: 'x', message: 'stale' };
      return { revision: String(Number(call.params.revision) + 1) };
    }
    if (call.method === 'POST') return {};
    return { apps: [{ app: String((call.params.apps as string[])[0]), status: 'SUCCESS' }] };
  });
}

describe('saveOffboard', () => {
  it('writes each app naming the person, with its revision; a conflict is that app’s alone', async () => {
    const { calls } = domain();
    const plans = [plan('1', 'yamada'), plan('2', 'sato'), plan('3', 'yamada'), plan('4', 'yamada', '7')];
    const saved = await saveOffboard(plans, replace);
    expect(saved.map((p) => [p.row.id, p.outcome, p.revision])).toEqual([
      ['1', 'saved', '6'],
      ['2', undefined, undefined],
      ['3', 'conflict', undefined],
      ['4', 'saved', '6'],
    ]);
    // Only General changed: one PUT per app, none for the app that does not name them; app 4 under its space.
    expect(calls.map((c) => [c.url, c.params.app, c.params.revision])).toEqual([
      ['/k/v1/preview/app/notifications/general.json', '1', '5'],
      ['/k/v1/preview/app/notifications/general.json', '3', '5'],
      ['/k/guest/7/v1/preview/app/notifications/general.json', '4', '5'],
    ]);
    expect(JSON.stringify(calls[0].params)).toContain('tanaka');
    expect(JSON.stringify(calls[0].params)).not.toContain('yamada');
  });

  it('writes nothing for apps saved already, or when the replacement changes nothing', async () => {
    const { calls } = domain();
    const once = await saveOffboard([plan('1', 'yamada')], replace);
    await saveOffboard(once, replace);
    const self: Edit = { op: 'replace', key: 'USER:yamada', by: { type: 'USER', code: 'yamada', includeSubs: false } };
    const unchanged = await saveOffboard([plan('2', 'yamada')], self);
    expect(calls).toHaveLength(1);
    expect(unchanged[0].outcome).toBeUndefined();
  });
});

describe('deployOffboard', () => {
  it('deploys only the saved apps, each at the revision its save answered', async () => {
    Object.assign(deployPolicy, { pollMs: 1, maxPollMs: 1 });
    const { calls } = domain();
    const saved = await saveOffboard([plan('1', 'yamada'), plan('3', 'yamada'), plan('4', 'yamada', '7')], replace);
    calls.length = 0;
    const deployed = await deployOffboard(saved);
    expect(deployed.map((p) => p.outcome)).toEqual(['deployed', 'conflict', 'deployed']);
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.url, c.params.apps])).toEqual([
      ['/k/v1/preview/app/deploy.json', [{ app: '1', revision: '6' }]],
      ['/k/guest/7/v1/preview/app/deploy.json', [{ app: '4', revision: '6' }]],
    ]);
  });
});
