// Which users, groups and departments a condition names by code, by the type of the field it compares.
import { describe, expect, it } from 'vitest';
import { conditionEntities } from '../../src/model/condition-codes';
import type { FormField } from '../../src/model/types';

const fields = new Map<string, FormField>(
  [
    ['Owner', 'USER_SELECT'],
    ['Created_by', 'CREATOR'],
    ['Dept', 'ORGANIZATION_SELECT'],
    ['Team', 'GROUP_SELECT'],
    ['Title', 'SINGLE_LINE_TEXT'],
  ].map(([code, type]) => [code, { code, type, label: code }]),
);
const codes = (condition: string) => conditionEntities(condition, fields).map((t) => `${t.type}:${t.code}`);

describe('conditionEntities', () => {
  it('takes the quoted values of conditions on people, department and group fields', () => {
    expect(codes('Owner in ("sato", "ito") and (Dept in ("hr") or Team not in ("auditors"))')).toEqual([
      'USER:sato',
      'USER:ito',
      'ORGANIZATION:hr',
      'GROUP:auditors',
    ]);
    expect(codes('Created_by in ("kimura")')).toEqual(['USER:kimura']);
  });

  it('names nobody for functions, other fields, unreadable conditions or an unknown form', () => {
    expect(codes('Owner in (LOGINUSER()) and Title = "sato"')).toEqual([]);
    expect(codes('Owner in ("sato"')).toEqual([]);
    expect(conditionEntities('Owner in ("sato")', undefined)).toEqual([]);
    expect(codes('')).toEqual([]);
  });
});
