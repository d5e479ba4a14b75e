// Edit mode's multi-step paths (issue "sound under every path"): replay by identity after a conflict, Undo
// that keeps unsaved edits and goes back to before the first save, partial saves and Undos, a second Save
// while one runs, and what Update App reports when kintone's answers are not SUCCESS.
import { describe, expect, it } from 'vitest';
import { applyEdits, stamped, unplaced, type Bodies, type Edit } from '../../src/model/edit';
import { installKintone, plainPath } from './support/fake-kintone';
import { kintoneAt, read, sessions } from './support/edit-fixtures';

const { session } = sessions();

const notification = (title: string, filterCond = '') => ({ filterCond, title, targets: [] });
const lists = (...titles: string[]): Bodies => ({
  perRecord: { notifications: titles.map((t) => notification(t)), revision: '1' },
});
const titles = (bodies: Bodies) => bodies.perRecord?.notifications.map((n) => n.title);

describe('replay after someone else saved: by identity, not position', () => {
  const mine = lists('Big deal', 'Urgent');
  // Renaming "Urgent" (index 1) and adding a recipient to it, as made on screen.
  const rename = stamped({ op: 'title', at: { kind: 'perRecord', index: 1 }, title: 'Very urgent' }, mine);
  const add = stamped(
    {
      op: 'add',
      at: { kind: 'perRecord', index: 1 },
      target: { type: 'USER', code: 'ito', includeSubs: false },
    },
    applyEdits(mine, [rename]),
  );

  it('follows a notification that someone else moved (one inserted above it)', () => {
    const theirs = lists('New one', 'Big deal', 'Urgent');
    const draft = applyEdits(theirs, [rename, add]);
    expect(titles(draft)).toEqual(['New one', 'Big deal', 'Very urgent']);
    expect(draft.perRecord!.notifications[2].targets).toEqual([
      { entity: { type: 'USER', code: 'ito' }, includeSubs: false },
    ]);
    expect(draft.perRecord!.notifications[1].targets).toEqual([]);
    expect(unplaced.get(draft)).toBeUndefined();
  });

  it('does not apply an edit whose notification someone else changed or removed: it waits for review', () => {
    const changed = {
      perRecord: { notifications: [notification('Big deal'), notification('Urgent', 'A = 1')], revision: '2' },
    };
    const draft = applyEdits(changed, [rename, add]);
    expect(titles(draft)).toEqual(['Big deal', 'Urgent']);
    expect(unplaced.get(draft)).toEqual([rename, add]);
    const removed = applyEdits(lists('Big deal'), [rename]);
    expect(titles(removed)).toEqual(['Big deal']);
    expect(unplaced.get(removed)).toEqual([rename]);
  });

  it('a Save keeps edits that were not applied, even when their kind was written', async () => {
    kintoneAt(7);
    const edit = session();
    const gone: Edit = { op: 'title', at: { kind: 'perRecord', index: 0, was: '{"title":"gone"}' }, title: 'x' };
    const applied: Edit = {
      op: 'drop',
      at: { kind: 'perRecord', index: 0, was: JSON.stringify(read().perRecord!.notifications[0]) },
    };
    edit.add(applied);
    edit.add(gone);
    await edit.save(read());
    expect(edit.state.result).toMatchObject({ outcome: 'saved', written: ['perRecord'] });
    expect(edit.state.edits).toEqual([gone]);
  });
});

describe('Undo', () => {
  it('keeps unsaved edits when it is refused', async () => {
    kintoneAt(7);
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    await edit.save(read());
    edit.add({ op: 'trigger', key: 'USER:sato', trigger: 'fileImported', on: true });
    kintoneAt(12); // someone else saved since: Undo is refused
    await edit.undoSaves();
    expect(edit.state.result).toMatchObject({ outcome: 'conflict', undoing: true });
    expect(edit.state.edits).toEqual([{ op: 'trigger', key: 'USER:sato', trigger: 'fileImported', on: true }]);
  });

  it('keeps unsaved edits left from a partly failed save when it succeeds', async () => {
    const refused = { code: 'CB_VA01', id: 'x', message: 'bad' };
    kintoneAt(7, { '/k/v1/preview/app/notifications/perRecord.json': refused });
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    edit.add({ op: 'title', at: { kind: 'perRecord', index: 0 }, title: 'x' });
    await edit.save(read());
    expect(edit.state.edits).toHaveLength(1);
    kintoneAt(8);
    await edit.undoSaves();
    expect(edit.state.result).toMatchObject({ outcome: 'saved', undoing: true });
    expect(edit.state.edits).toEqual([{ op: 'title', at: { kind: 'perRecord', index: 0 }, title: 'x' }]);
  });

  it('after two saves of the same kind goes back to before the first', async () => {
    const { calls } = kintoneAt(7);
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    await edit.save(read());
    const saved = { ...read().general!, notifyToCommenter: true, revision: '8' };
    edit.add({ op: 'trigger', key: 'USER:sato', trigger: 'fileImported', on: true });
    await edit.save({ ...read(), general: saved });
    calls.length = 0;
    await edit.undoSaves();
    expect(calls.map((c) => c.params)).toEqual([{ ...read().general, app: '1', revision: '9' }]);
  });

  it('retried after a partial failure writes only the kinds not yet restored', async () => {
    kintoneAt(7);
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    edit.add({ op: 'title', at: { kind: 'perRecord', index: 0 }, title: 'x' });
    await edit.save(read());
    const refused = { code: 'CB_VA01', id: 'x', message: 'bad' };
    kintoneAt(9, { '/k/v1/preview/app/notifications/perRecord.json': refused });
    await edit.undoSaves();
    expect(edit.state.result).toMatchObject({ outcome: 'failed', written: ['general'] });
    const { calls } = kintoneAt(10);
    await edit.undoSaves();
    expect(calls.map((c) => `${plainPath(c.url)} r${c.params.revision}`)).toEqual([
      '/k/v1/preview/app/notifications/perRecord.json r10',
    ]);
  });
});

describe('partial saves', () => {
  const replace: Edit = { op: 'replace', key: 'USER:sato', by: { type: 'USER', code: 'ito', includeSubs: false } };
  const withReminder = (): Bodies => ({
    ...read(),
    reminder: {
      notifications: [{ title: 'r', targets: [{ entity: { type: 'USER', code: 'sato' }, includeSubs: false }] }],
      timezone: 'Asia/Tokyo',
      revision: '7',
    },
  });

  it('keeps an edit spanning kinds (Replace everywhere) until every kind it touches is written', async () => {
    const refused = { code: 'CB_VA01', id: 'x', message: 'bad' };
    kintoneAt(7, { '/k/v1/preview/app/notifications/reminder.json': refused });
    const edit = session();
    edit.add(replace);
    await edit.save(withReminder());
    expect(edit.state.result).toMatchObject({ outcome: 'failed', written: ['general'] });
    expect(edit.state.edits).toEqual([replace]);
  });

  it('reports a conflict after a partial write as a failure that names what was written', async () => {
    const conflict = { code: 'GAIA_CO02', id: 'x', message: 'stale' };
    kintoneAt(7, { '/k/v1/preview/app/notifications/reminder.json': conflict });
    const edit = session();
    edit.add(replace);
    await edit.save(withReminder());
    expect(edit.state.result).toMatchObject({ outcome: 'failed', written: ['general'], failed: { kind: 'reminder' } });
  });
});

describe('a refused condition', () => {
  it('names the notification kintone refused, by number and summary, not only by its place in the list', async () => {
    const refused = {
      code: 'CB_VA01',
      id: 'x',
      message: 'Missing or invalid input.',
      errors: { 'notifications[0].filterCond': { messages: ['The user (left.user) does not exist.'] } },
    };
    kintoneAt(7, { '/k/v1/preview/app/notifications/perRecord.json': refused });
    const edit = session();
    edit.add({ op: 'title', at: { kind: 'perRecord', index: 0 }, title: 'Bigger deal' });
    await edit.save(read());
    expect(edit.state.result).toMatchObject({
      outcome: 'failed',
      failed: { kind: 'perRecord', at: '#1 "Bigger deal"' },
    });
  });
});

describe('Save while saving', () => {
  it('is refused by the session itself: one write chain only', async () => {
    const { calls } = kintoneAt(7);
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    await Promise.all([edit.save(read()), edit.save(read())]);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });
});

describe('Update App outcomes', () => {
  const deployWith = async (...answers: Array<() => unknown>) => {
    installKintone((call) => {
      if (call.method === 'POST') return {};
      const next = answers.length > 1 ? answers.shift()! : answers[0];
      return next();
    });
    const edit = session();
    await edit.deploy('7');
    return edit.state.result;
  };
  const status = (value?: string) => () => ({ apps: [{ app: '1', ...(value ? { status: value } : {}) }] });

  it('CANCEL did not apply', async () => {
    expect(await deployWith(status('CANCEL'))).toEqual({ outcome: 'deploy-failed', status: 'CANCEL' });
  });

  it('an answer without status, or a failed poll, is not an outcome: polling goes on', async () => {
    // A network failure (not retried by the request layer) on one poll, then kintone's verdict.
    const failedPoll = () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await deployWith(status(), failedPoll, status('FAIL'))).toEqual({
      outcome: 'deploy-failed',
      status: 'FAIL',
    });
    expect(await deployWith(failedPoll, status('SUCCESS'))).toEqual({ outcome: 'deployed', status: 'SUCCESS' });
  });

  it('still PROCESSING when the polls run out says so: it may yet succeed', async () => {
    expect(await deployWith(status('PROCESSING'))).toEqual({ outcome: 'deploy-pending', status: 'PROCESSING' });
  });
});
