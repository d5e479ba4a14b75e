// Edit mode's writes (src/ui/edit-session.ts over src/api/write.ts): what each one sends, in which order,
// with which revision, and that a conflict or a failure loses no edit.
import { describe, expect, it } from 'vitest';
import { installKintone, plainPath } from './support/fake-kintone';
import { kintoneAt, read, sessions } from './support/edit-fixtures';

const { seen, session } = sessions();

describe('Save', () => {
  it('writes only the kinds the edits changed, each expecting the revision the previous write answered', async () => {
    const { calls } = kintoneAt(7);
    const edit = session();
    edit.add({ op: 'trigger', key: 'USER:sato', trigger: 'recordEdited', on: true });
    edit.add({ op: 'title', at: { kind: 'perRecord', index: 0 }, title: 'Bigger deal' });
    await edit.save(read());
    expect(calls.map((c) => `${c.method} ${plainPath(c.url)} r${c.params.revision}`)).toEqual([
      'PUT /k/v1/preview/app/notifications/general.json r7',
      'PUT /k/v1/preview/app/notifications/perRecord.json r8',
    ]);
    expect(calls[0].params).toEqual({
      ...read().general,
      app: '1',
      revision: '7',
      notifications: [{ ...read().general!.notifications[0], recordEdited: true }],
    });
    expect(edit.state.result).toMatchObject({ outcome: 'saved', written: ['general', 'perRecord'] });
    expect(edit.state.edits).toEqual([]);
    expect(edit.state.undo).toEqual({
      bodies: { general: read().general, perRecord: read().perRecord },
      revision: '9',
    });
    expect(seen.rereads).toBe(1);
  });

  it('sends nothing when the edits change nothing', async () => {
    const { calls } = kintoneAt(7);
    const edit = session();
    edit.add({ op: 'trigger', key: 'USER:sato', trigger: 'recordAdded', on: true });
    await edit.save(read());
    expect(calls).toEqual([]);
  });

  it('a conflict writes nothing and keeps every edit, to replay on the re-read settings', async () => {
    const { calls } = kintoneAt(8);
    const edit = session();
    edit.add({ op: 'trigger', key: 'USER:sato', trigger: 'recordEdited', on: true });
    edit.add({ op: 'replace', key: 'USER:sato', by: { type: 'USER', code: 'ito', includeSubs: false } });
    await edit.save(read());
    expect(calls).toHaveLength(1);
    expect(edit.state.result).toMatchObject({ outcome: 'conflict', written: [] });
    expect(edit.state.edits).toHaveLength(2);
    expect(edit.state.undo).toBeUndefined();
    expect(seen.rereads).toBe(1);
  });

  it('a failed kind keeps its edits and says which kinds were written and not attempted', async () => {
    const refused = { code: 'CB_VA01', id: 'x', message: 'Missing or invalid input.' };
    const { calls } = kintoneAt(7, { '/k/v1/preview/app/notifications/perRecord.json': refused });
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    edit.add({ op: 'title', at: { kind: 'perRecord', index: 0 }, title: 'x' });
    edit.add({
      op: 'add',
      at: { kind: 'perRecord', index: 0 },
      target: { type: 'USER', code: 'ito', includeSubs: false },
    });
    await edit.save({
      ...read(),
      reminder: {
        notifications: [{ title: 'r', targets: [{ entity: { type: 'USER', code: 'sato' }, includeSubs: false }] }],
        revision: '7',
      },
    });
    expect(calls.map((c) => plainPath(c.url))).toEqual([
      '/k/v1/preview/app/notifications/general.json',
      '/k/v1/preview/app/notifications/perRecord.json',
    ]);
    expect(edit.state.result).toMatchObject({
      outcome: 'failed',
      kinds: ['general', 'perRecord'],
      written: ['general'],
      failed: { kind: 'perRecord', error: { code: 'CB_VA01' } },
    });
    expect(edit.state.edits.map((e) => e.op)).toEqual(['title', 'add']);
    expect(edit.state.undo?.revision).toBe('8');
  });
});

describe('a write refused without kintone’s error body', () => {
  it('is a failure, not a conflict: no status reaches kintone.api’s caller, so only GAIA_CO02 says conflict', async () => {
    installKintone(() => {
      throw '<html>409 Conflict</html>';
    });
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    await edit.save(read());
    expect(edit.state.result).toMatchObject({ outcome: 'failed', written: [] });
    expect(edit.state.edits).toHaveLength(1);
  });
});

describe('guest spaces and leaving the page', () => {
  it('writes through the guest-space path kintone.api.url gives', async () => {
    const { calls } = installKintone(() => ({ revision: '8' }), { spaceId: 7 });
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    await edit.save(read());
    expect(calls[0].url).toBe('https://example.cybozu.com/k/guest/7/v1/preview/app/notifications/general.json');
  });

  it('asks before the page is left with unsaved edits, and not otherwise', () => {
    const edit = session();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    edit.add({ op: 'commenter', on: true });
    expect(leave()).toBe(true);
  });
});

describe('Undo', () => {
  it('writes back the answers as they were before the first save, expecting the last saved revision', async () => {
    const { calls } = kintoneAt(7);
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    await edit.save(read());
    edit.add({
      op: 'drop',
      at: { kind: 'perRecord', index: 0, was: JSON.stringify(read().perRecord!.notifications[0]) },
    });
    await edit.save({
      ...read(),
      general: { ...read().general!, notifyToCommenter: true, revision: '8' },
      perRecord: { ...read().perRecord!, revision: '8' },
    });
    calls.length = 0;
    await edit.undoSaves();
    expect(calls.map((c) => [plainPath(c.url), c.params])).toEqual([
      ['/k/v1/preview/app/notifications/general.json', { ...read().general, app: '1', revision: '9' }],
      ['/k/v1/preview/app/notifications/perRecord.json', { ...read().perRecord, app: '1', revision: '10' }],
    ]);
    expect(edit.state.undo).toBeUndefined();
    expect(edit.state.result).toMatchObject({ outcome: 'saved' });
  });

  it('refuses to undo over someone else’s later save, says so, and withdraws the way back', async () => {
    kintoneAt(7);
    const edit = session();
    edit.add({ op: 'commenter', on: true });
    await edit.save(read());
    const { calls } = kintoneAt(12);
    await edit.undoSaves();
    expect(calls).toHaveLength(1);
    expect(edit.state.result).toMatchObject({ outcome: 'conflict', undoing: true, written: [] });
    // The revision check would refuse it for good: no button that can never succeed.
    expect(edit.state.undo).toBeUndefined();
  });
});

describe('Update App', () => {
  it('deploys the revision on screen and polls until kintone says SUCCESS', async () => {
    const { calls } = kintoneAt(7);
    const edit = session();
    await edit.deploy('7');
    expect(calls.map((c) => `${c.method} ${plainPath(c.url)}`)).toEqual([
      'POST /k/v1/preview/app/deploy.json',
      'GET /k/v1/preview/app/deploy.json',
      'GET /k/v1/preview/app/deploy.json',
    ]);
    expect(calls[0].params).toEqual({ apps: [{ app: '1', revision: '7' }] });
    expect(calls.some((c) => 'revert' in c.params)).toBe(false);
    expect(edit.state.result).toEqual({ outcome: 'deployed', status: 'SUCCESS' });
    expect(seen.rereads).toBe(1);
  });

  it('says when the deploy failed or was refused', async () => {
    installKintone((call) => (call.method === 'POST' ? {} : { apps: [{ app: '1', status: 'FAIL' }] }));
    const edit = session();
    await edit.deploy('7');
    expect(edit.state.result).toEqual({ outcome: 'deploy-failed', status: 'FAIL' });
    installKintone(() => {
      throw { code: 'CB_NO02', id: 'x', message: 'No privilege' };
    });
    await edit.deploy('7');
    expect(edit.state.result).toMatchObject({ outcome: 'deploy-failed', error: { code: 'CB_NO02' } });
  });
});
