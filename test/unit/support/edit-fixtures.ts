// Shared by the edit-mode tests: the pre-live answers as read, a kintone whose pre-live settings move on with
// each accepted PUT, and sessions that record their states and re-reads.
import { afterEach, beforeEach } from 'vitest';
import { EditSession, type EditState } from '../../../src/ui/edit/edit-session';
import { deployPolicy } from '../../../src/api/write';
import type { Bodies } from '../../../src/model/edit';
import { n } from './fixtures';
import { installKintone, plainPath, type ApiCall } from './fake-kintone';

export const read = (): Bodies => ({
  general: {
    notifications: [n('USER', 'sato', '10000')],
    notifyToCommenter: false,
    revision: '7',
  },
  perRecord: { notifications: [{ filterCond: '', title: 'Big deal', targets: [] }], revision: '7' },
  reminder: { notifications: [], timezone: null, revision: '7' },
});

/** A kintone whose pre-live settings are at `revision`: PUTs expecting it succeed and move it on. */
export function kintoneAt(revision: number, refuse: Record<string, unknown> = {}) {
  let current = revision;
  const statuses = ['PROCESSING', 'SUCCESS'];
  return installKintone((call: ApiCall) => {
    const path = plainPath(call.url);
    if (refuse[path]) throw refuse[path];
    if (call.method === 'PUT') {
      if (String(call.params.revision) !== String(current)) throw { code: 'GAIA_CO02', id: 'x', message: 'stale' };
      current += 1;
      return { revision: String(current) };
    }
    if (call.method === 'POST') return {};
    return { apps: [{ app: '1', status: statuses.shift() ?? 'SUCCESS' }] };
  });
}

/** Registers setup in the calling test file; `session()` makes a session whose states and re-reads are kept. */
export function sessions() {
  const seen = { states: [] as EditState[], rereads: 0 };
  const made: EditSession[] = [];
  beforeEach(() => {
    seen.states = [];
    seen.rereads = 0;
    deployPolicy.pollMs = 1;
    deployPolicy.maxPollMs = 1;
  });
  afterEach(() => {
    for (const edit of made.splice(0)) edit.dispose();
  });
  const session = () => {
    const edit = new EditSession(
      '1',
      (state) => seen.states.push(state),
      () => seen.rereads++,
    );
    made.push(edit);
    return edit;
  };
  return { seen, session };
}
