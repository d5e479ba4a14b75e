import { describe, expect, it } from 'vitest';
import {
  parseApp,
  parseDirectoryEntries,
  parseFormFields,
  parseNotificationSettings,
  parseProcessEnabled,
} from '../../src/api/validate';
import { n } from './support/fixtures';

/** The sample response from kintone's reference page. */
const REFERENCE_SAMPLE = {
  notifications: [
    {
      entity: { type: 'USER', code: 'user1' },
      includeSubs: false,
      recordAdded: true,
      recordEdited: true,
      commentAdded: false,
      statusChanged: false,
      fileImported: true,
    },
  ],
  notifyToCommenter: true,
  revision: '2',
};

const invalidDetail = (body: unknown) => {
  try {
    parseNotificationSettings(body);
  } catch (error) {
    return error as { code: string; detail: string };
  }
  throw new Error('expected INVALID');
};

describe('parseNotificationSettings', () => {
  it('accepts the reference sample', () => {
    expect(parseNotificationSettings(REFERENCE_SAMPLE)).toEqual({
      recipients: [
        {
          type: 'USER',
          code: 'user1',
          includeSubs: false,
          triggers: {
            recordAdded: true,
            recordEdited: true,
            commentAdded: false,
            statusChanged: false,
            fileImported: true,
          },
        },
      ],
      notifyToCommenter: true,
      revision: '2',
    });
  });

  it('keeps an unknown entity type verbatim', () => {
    const body = { ...REFERENCE_SAMPLE, notifications: [n('ROBOT', 'r2d2', '10101')] };
    expect(parseNotificationSettings(body).recipients[0].type).toBe('ROBOT');
  });

  it.each([
    [
      {
        ...REFERENCE_SAMPLE,
        notifications: [n('USER', 'a', '10000'), { ...n('USER', 'b', '10000'), recordEdited: 'yes' }],
      },
      'notifications[1].recordEdited',
    ],
    [
      { ...REFERENCE_SAMPLE, notifications: [{ ...n('USER', 'a', '10000'), entity: { type: 'USER' } }] },
      'notifications[0].entity.code',
    ],
    [{ ...REFERENCE_SAMPLE, notifications: [{ ...n('USER', 'a', '10000'), entity: null }] }, 'notifications[0].entity'],
    [
      { ...REFERENCE_SAMPLE, notifications: [{ ...n('USER', 'a', '10000'), includeSubs: undefined }] },
      'notifications[0].includeSubs',
    ],
    [{ ...REFERENCE_SAMPLE, notifications: [42] }, 'notifications[0]'],
    [{ ...REFERENCE_SAMPLE, notifications: {} }, 'response.notifications'],
    [{ ...REFERENCE_SAMPLE, revision: 2 }, 'response.revision'],
    [{ ...REFERENCE_SAMPLE, notifyToCommenter: 'true' }, 'response.notifyToCommenter'],
    [[], 'response'],
    [null, 'response'],
    ['{"notifications":[]}', 'response'],
  ])('rejects %j as INVALID naming %s', (body, path) => {
    const error = invalidDetail(body);
    expect(error.code).toBe('INVALID');
    expect(error.detail).toContain(path);
  });
});

describe('lenient parsers', () => {
  const garbage = [null, undefined, 42, 'text', [], {}, { properties: [] }, { users: 'x' }];

  it('never throw on garbage', () => {
    for (const body of garbage) {
      expect(() => parseApp(body)).not.toThrow();
      expect(() => parseFormFields(body)).not.toThrow();
      expect(() => parseProcessEnabled(body)).not.toThrow();
    }
  });

  it('read good entries and drop bad ones', () => {
    expect(parseApp({ name: 'Sales', creator: { code: 'sato', name: 'Sato' } })).toEqual({
      name: 'Sales',
      creator: 'sato',
    });
    expect(parseApp({ name: '' })).toEqual({ name: undefined, creator: undefined });
    const fields = parseFormFields({
      properties: {
        A: { type: 'USER_SELECT', code: 'A', label: 'Approver' },
        B: { code: 'B' },
        C: 'oops',
        D: { type: 'CREATOR', code: 'D' },
      },
    });
    expect([...fields.keys()]).toEqual(['A', 'D']);
    expect(fields.get('D')?.label).toBe('');
    expect(parseProcessEnabled({ enable: false })).toBe(false);
    expect(parseProcessEnabled({ enable: 'false' })).toBeUndefined();
  });

  it('read the fields inside tables (SUBTABLE → fields) too, with their table', () => {
    const fields = parseFormFields({
      properties: {
        Items: {
          type: 'SUBTABLE',
          code: 'Items',
          fields: {
            Owner: { type: 'USER_SELECT', code: 'Owner', label: 'Item owner' },
            Bad: 7,
          },
        },
      },
    });
    expect([...fields.values()]).toEqual([
      { code: 'Items', type: 'SUBTABLE', label: '' },
      { code: 'Owner', type: 'USER_SELECT', label: 'Item owner', table: 'Items' },
    ]);
  });
});

describe('parseDirectoryEntries', () => {
  it('reads users with their stopped state', () => {
    expect(
      parseDirectoryEntries(
        {
          users: [
            { code: 'a', name: 'A', valid: false },
            { code: 'c', name: 'C' },
          ],
        },
        'users',
      ),
    ).toEqual([
      { code: 'a', name: 'A', valid: false },
      { code: 'c', name: 'C' },
    ]);
    expect(parseDirectoryEntries({ users: [] }, 'users')).toEqual([]);
  });

  it('calls an answer of another shape INVALID, so that names are unavailable rather than "nobody exists"', () => {
    for (const body of [null, 42, 'text', [], {}, { users: 'x' }, { groups: [] }, { users: [{ code: 'b' }] }]) {
      expect(() => parseDirectoryEntries(body, 'users')).toThrow(expect.objectContaining({ code: 'INVALID' }));
    }
  });
});
