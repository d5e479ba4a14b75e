// A scan across apps below the browser: the rows' figures as the panel counts them, Cancel (apps started are read
// whole, the others keep the scan before), what a person is offered for (pre-live only, a condition only), and
// the scan kept for the session when the browser's storage refuses it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installKintone, routes } from './support/fake-kintone';
import { healthyApp, LIVE, n, PER_RECORD, REMINDER } from './support/fixtures';
import { requestQueue, type AppEntry } from '../../src/api/apps';
import { keep, scanApps, storedScan } from '../../src/ui/apps/apps-scan';
import { offerOf, reachIn, type AppRow } from '../../src/model/apps';
import type { PersonFacts } from '../../src/model/person';

const entry = (id: string): AppEntry => ({ id, name: `App ${id}` });
const person = (code: string): PersonFacts => ({
  code,
  guest: false,
  groups: [],
  organizations: [],
  parents: new Map(),
});

/** A domain where each app answers as healthyApp, with its own overrides by plain path. */
function domain(overrides: Record<string, Record<string, unknown>> = {}) {
  return installKintone((call) => routes(healthyApp(overrides[String(call.params.app)]))(call));
}

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('scanApps', () => {
  it('counts like the panel: reminders among the notifications, pending changes not a finding', async () => {
    domain({ '2': { '/k/v1/preview/app/notifications/general.json': LIVE } });
    const [pending, same] = await scanApps([entry('1'), entry('2')], requestQueue(), () => undefined);
    expect(pending.notifications).toBe(
      LIVE.notifications.length + PER_RECORD.notifications.length + REMINDER.notifications.length,
    );
    expect([pending.pending, same.pending]).toEqual([true, false]);
    // The same live settings: the same findings, whether or not changes wait for Update App.
    expect(pending.findings).toBe(same.findings);
  });

  /** Cancels the scan as soon as kintone is first asked: the six apps started by then, and only they, are read. */
  function cancelAtOnce(queue: ReturnType<typeof requestQueue>) {
    const answers = routes(healthyApp());
    return installKintone((call) => {
      queue.cancel();
      return answers(call);
    });
  }
  const twelve = Array.from({ length: 12 }, (_, i) => entry(String(i + 1)));

  it('Cancel: apps started are read whole, the others keep the row of the scan before with its time', async () => {
    const queue = requestQueue();
    const { calls } = cancelAtOnce(queue);
    const before = { at: 1_000, rows: twelve.map(({ id }) => ({ id, name: 'old', recipients: 99 })) };
    const progress: number[] = [];
    const rows = await scanApps(twelve, queue, (done) => progress.push(done), before);
    const read = rows.filter((row) => row.at === undefined);
    const kept = rows.filter((row) => row.at === 1_000);
    expect([read.length, kept.length]).toEqual([6, 6]);
    expect(kept.every((row) => row.recipients === 99 && !row.error)).toBe(true);
    // Every app read, read whole; nothing sent for the apps kept; progress counts the apps read, no more.
    for (const row of read) expect(calls.filter((c) => c.params.app === row.id)).toHaveLength(8);
    for (const row of kept) expect(calls.filter((c) => c.params.app === row.id)).toHaveLength(0);
    expect(progress.at(-1)).toBe(6);
  });

  it('a cancelled first scan says which apps were not read', async () => {
    const queue = requestQueue();
    cancelAtOnce(queue);
    const rows = await scanApps(twelve, queue, () => undefined);
    expect(rows.map((row) => row.error ?? 'read')).toEqual([...Array(6).fill('read'), ...Array(6).fill('CANCELLED')]);
  });

  it('offers an app naming the person in pre-live only, or in a condition only, and says which', async () => {
    const conditions = {
      ...PER_RECORD,
      notifications: [{ filterCond: 'Created_by in ("yamada")', title: 'Mine', targets: [] }],
    };
    domain({
      '1': {
        '/k/v1/preview/app/notifications/general.json': {
          ...LIVE,
          notifications: [n('USER', 'yamada', '10000')],
          revision: '13',
        },
      },
      '2': { '/k/v1/preview/app/notifications/perRecord.json': conditions },
    });
    const rows = await scanApps([entry('1'), entry('2'), entry('3')], requestQueue(), () => undefined);
    const offer = (row: AppRow) => offerOf(person('yamada'), row, reachIn(person('yamada'), row));
    expect(rows.map(offer)).toEqual(['preLive', 'condition', undefined]);
    expect(rows[1].named).toEqual([{ kind: 'perRecord', index: 0, keys: ['USER:yamada'] }]);
    expect(offer({ ...rows[2], live: [{ ...rows[2].live![0] }, [], []] })).toBeUndefined();
  });
});

describe('keep', () => {
  it('keeps the scan for the session', () => {
    const result = { at: 5, rows: [{ id: '1', name: 'A' }] };
    expect(keep(result)).toEqual(result);
    expect(storedScan()).toEqual(result);
  });

  it('when the browser refuses, removes the scan kept before and says this one lives on the page only', () => {
    keep({ at: 1, rows: [] });
    vi.spyOn(sessionStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(keep({ at: 2, rows: [] })).toEqual({ at: 2, rows: [], unsaved: true });
    expect(storedScan()).toBeUndefined();
  });
});
