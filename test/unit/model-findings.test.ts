import { describe, expect, it } from 'vitest';
import { findFindings } from '../../src/model/findings';
import { buildRows } from '../../src/model/rows';
import { parseNotificationSettings, parseFormFields, parseDirectoryEntries } from '../../src/api/validate';
import { FIELDS, LIVE, USERS, n } from './support/fixtures';

const settings = parseNotificationSettings({
  ...LIVE,
  notifications: [...LIVE.notifications, n('FIELD_ENTITY', 'Old_reviewer', '11000'), n('USER', 'nobody', '00010')],
});
const context = {
  fields: parseFormFields(FIELDS),
  directory: { USER: new Map(parseDirectoryEntries(USERS, 'users').map((e) => [e.code, e])) },
};
const rows = buildRows(settings, { ...context, processEnabled: false });
const kinds = (findings: ReturnType<typeof findFindings>) => findings.map((f) => `${f.kind}:${f.rowKeys.join(',')}`);

describe('findFindings', () => {
  it('names the rows behind each finding, warnings first', () => {
    expect(kinds(findFindings({ rows, pendingChanges: true }))).toEqual([
      'FIELD_MISSING:FIELD_ENTITY:Old_reviewer',
      'USER_STOPPED:USER:kimura',
      'NOT_IN_DIRECTORY:USER:nobody',
      'UNKNOWN_TYPE:ROBOT:r2d2',
      'ALL_TRIGGERS_OFF:USER:kimura',
      'STATUS_WITHOUT_PROCESS:USER:sato,GROUP:sales-managers,FIELD_ENTITY:Created_by,ROBOT:r2d2,USER:nobody',
      'EDIT_NOISE:GROUP:sales-managers,ORGANIZATION:sales',
      'PENDING_CHANGES:',
    ]);
  });

  it('says nothing about process management when it is on or unknown', () => {
    for (const processEnabled of [true, undefined]) {
      const found = kinds(findFindings({ rows: buildRows(settings, { ...context, processEnabled }) }));
      expect(found).not.toContainEqual(expect.stringMatching(/^STATUS/));
    }
  });

  it('warns about an app with no recipients, and stays quiet about a healthy one', () => {
    expect(kinds(findFindings({ rows: [] }))).toEqual(['NO_RECIPIENTS:']);
    const healthy = buildRows(
      parseNotificationSettings({ ...LIVE, notifications: [n('USER', 'sato', '10000'), n('GROUP', 'g', '10100')] }),
    );
    expect(findFindings({ rows: healthy, pendingChanges: false })).toEqual([]);
  });
});
