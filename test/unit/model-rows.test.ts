import { describe, expect, it } from 'vitest';
import { buildRows, notificationKind } from '../../src/model/rows';
import { parseNotificationSettings, parseFormFields, parseDirectoryEntries } from '../../src/api/validate';
import type { Directory } from '../../src/model/types';
import { FIELDS, LIVE, USERS, GROUPS, ORGS, n } from './support/fixtures';

const live = parseNotificationSettings(LIVE);
const byCode = (rows: ReturnType<typeof buildRows>, code: string) => rows.find((r) => r.recipient.code === code)!;
const directory: Directory = {
  USER: new Map(parseDirectoryEntries(USERS, 'users').map((e) => [e.code, e])),
  GROUP: new Map(parseDirectoryEntries(GROUPS, 'groups').map((e) => [e.code, e])),
  ORGANIZATION: new Map(parseDirectoryEntries(ORGS, 'organizations').map((e) => [e.code, e])),
};

describe('buildRows', () => {
  it('gives FIELD_ENTITY "To Me", users/groups/departments "All", unknown types "Unknown"', () => {
    const rows = buildRows(live);
    expect(rows.map((r) => `${r.recipient.type}:${r.kind}:${r.known}`)).toEqual([
      'USER:ALL:true',
      'USER:ALL:true',
      'GROUP:ALL:true',
      'ORGANIZATION:ALL:true',
      'FIELD_ENTITY:TO_ME:true',
      'FIELD_ENTITY:TO_ME:true',
      'USER:ALL:true',
      'ROBOT:UNKNOWN:false',
    ]);
    expect(notificationKind('org')).toBe('UNKNOWN');
  });

  it('marks guest users and keeps includeSubs', () => {
    const rows = buildRows(live);
    expect(rows.filter((r) => r.guest).map((r) => r.recipient.code)).toEqual(['guest/alice@partner.example']);
    expect(rows.filter((r) => r.recipient.includeSubs).map((r) => r.key)).toEqual([
      'ORGANIZATION:sales',
      'FIELD_ENTITY:Department',
    ]);
  });

  it('labels fields, and flags a missing field only when the form is known', () => {
    const withFields = buildRows(
      parseNotificationSettings({
        ...LIVE,
        notifications: [...LIVE.notifications, n('FIELD_ENTITY', 'Gone', '10000')],
      }),
      { fields: parseFormFields(FIELDS) },
    );
    expect(byCode(withFields, 'Created_by').displayName).toBe('Created by');
    expect(byCode(withFields, 'Department').displayName).toBe('Requesting department');
    expect(byCode(withFields, 'Gone').flags).toEqual(['FIELD_MISSING']);
    expect(byCode(buildRows(live), 'Created_by').flags).toEqual([]);
  });

  it('names people from the directory, flags stopped and unknown ones, never guests', () => {
    const rows = buildRows(live, { directory });
    expect(byCode(rows, 'sato')).toMatchObject({ displayName: 'Sato Hiroshi', flags: [] });
    expect(byCode(rows, 'kimura').flags).toEqual(['USER_STOPPED']);
    expect(byCode(rows, 'guest/alice@partner.example').flags).toEqual([]);
    expect(byCode(rows, 'sales').displayName).toBe('Sales Division');
    const unknownUser = buildRows(
      parseNotificationSettings({ ...LIVE, notifications: [n('USER', 'nobody', '10000')] }),
      { directory },
    );
    expect(unknownUser[0].flags).toEqual(['NOT_IN_DIRECTORY']);
    // Without the User API (403), nothing is flagged.
    expect(
      buildRows(live, { directory: { GROUP: directory.GROUP } }).every(
        (r) => r.recipient.type !== 'USER' || r.flags.length === 0,
      ),
    ).toBe(true);
  });

  it('keeps row keys unique even if a recipient is listed twice', () => {
    const twice = parseNotificationSettings({
      ...LIVE,
      notifications: [n('USER', 'a', '10000'), n('USER', 'a', '01000'), n('GROUP', 'a', '10000')],
    });
    expect(buildRows(twice).map((r) => r.key)).toEqual(['USER:a', 'USER:a#2', 'GROUP:a']);
  });
});
