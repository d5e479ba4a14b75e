import { describe, expect, it } from 'vitest';
import { diffSettings } from '../../src/model/diff';
import { parseNotificationSettings } from '../../src/api/validate';
import { LIVE, PREVIEW, n } from './support/fixtures';

const live = parseNotificationSettings(LIVE);
const preview = parseNotificationSettings(PREVIEW);

describe('diffSettings', () => {
  it('marks added, removed and changed recipients where an admin last saw them', () => {
    const diff = diffSettings(live, preview);
    expect(diff.rows.map((r) => `${r.key}=${r.change ?? ''}`)).toEqual([
      'USER:sato=changed',
      'USER:guest/alice@partner.example=removed',
      'GROUP:sales-managers=',
      'ORGANIZATION:sales=changed',
      'FIELD_ENTITY:Created_by=',
      'FIELD_ENTITY:Department=removed',
      'USER:kimura=removed',
      'ROBOT:r2d2=removed',
      'USER:suzuki=added',
    ]);
  });

  it('marks each changed cell, and includeSubs changes', () => {
    const diff = diffSettings(live, preview);
    const row = (key: string) => diff.rows.find((r) => r.key === key)!;
    expect(row('USER:sato').cells).toEqual({ recordEdited: 'removed' });
    expect(row('ORGANIZATION:sales')).toMatchObject({ includeSubsChanged: true, cells: {} });
    expect(row('USER:suzuki').cells).toEqual({ recordAdded: 'added', recordEdited: 'added' });
    expect(row('ROBOT:r2d2').cells).toEqual({
      recordAdded: 'removed',
      recordEdited: 'removed',
      commentAdded: 'removed',
      statusChanged: 'removed',
      fileImported: 'removed',
    });
    expect(diff.summary).toEqual({ added: 1, removed: 4, changed: 2, triggersChanged: 1 });
    expect(diff).toMatchObject({ notifyToCommenterChanged: true, revisionChanged: true, hasDifferences: true });
  });

  it('treats the same code under another type as another recipient', () => {
    const a = parseNotificationSettings({ ...LIVE, notifications: [n('USER', 'sales', '10000')] });
    const b = parseNotificationSettings({ ...LIVE, notifications: [n('GROUP', 'sales', '10000')] });
    expect(diffSettings(a, b).rows.map((r) => `${r.key}=${r.change}`)).toEqual([
      'USER:sales=removed',
      'GROUP:sales=added',
    ]);
  });

  it('reports identical content with only a new revision as no content difference', () => {
    const same = diffSettings(live, { ...live, revision: '13' });
    expect(same).toMatchObject({ hasDifferences: false, revisionChanged: true });
    expect(same.rows.every((r) => r.change === undefined)).toBe(true);
    expect(diffSettings(live, live)).toMatchObject({ hasDifferences: false, revisionChanged: false });
  });

  it('handles empty settings on either side', () => {
    const empty = parseNotificationSettings({ ...LIVE, notifications: [] });
    expect(diffSettings(empty, live).summary.added).toBe(LIVE.notifications.length);
    expect(diffSettings(live, empty).rows.map((r) => r.change)).toEqual(LIVE.notifications.map(() => 'removed'));
  });
});
