// Which users, groups and departments a condition names by code, by the type of the field it compares.
import { describe, expect, it } from 'vitest';
import { conditionEntities, rewriteCondition } from '../../src/model/condition-codes';
import type { FormField, Target } from '../../src/model/types';

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

describe('rewriteCondition', () => {
  const typeOf = (code: string) => fields.get(code)?.type;
  const leaver = 'USER:p.leaver';
  const to: Target = { type: 'USER', code: 'p.new', includeSubs: false };
  const rewrite = (text: string, by: Target = to, key = leaver) => rewriteCondition(text, typeOf, key, by);
  const remove = (text: string) => rewriteCondition(text, typeOf, leaver);

  it('replaces the code inside in / not in lists of a user field, keeping the rest as written', () => {
    expect(rewrite('Owner in ("p.leaver")')).toBe('Owner in ("p.new")');
    expect(rewrite('Owner  not in ("sato","p.leaver") and Dept in ("hr")')).toBe(
      'Owner  not in ("sato","p.new") and Dept in ("hr")',
    );
    expect(rewrite('(Owner in ("p.leaver") or Created_by in ("p.leaver"))')).toBe(
      '(Owner in ("p.new") or Created_by in ("p.new"))',
    );
    expect(rewrite('Owner in ("a\\"b")', { ...to, code: 'x"y' }, 'USER:a"b')).toBe('Owner in ("x\\"y")');
  });

  it('removes the code from its list, with its comma', () => {
    expect(remove('Owner in ("p.leaver", "sato")')).toBe('Owner in ("sato")');
    expect(remove('Owner in ("sato", "p.leaver")')).toBe('Owner in ("sato")');
    expect(remove('Owner in ("sato", "p.leaver", "ito") and Dept in ("hr")')).toBe(
      'Owner in ("sato", "ito") and Dept in ("hr")',
    );
  });

  it('leaves for a human what it cannot change exactly', () => {
    // The code also as a text value, or the list would be left empty, or another type replaces a user.
    expect(rewrite('Owner in ("p.leaver") and Title = "p.leaver"')).toBe('by-hand');
    expect(remove('Owner in ("p.leaver")')).toBe('by-hand');
    expect(rewrite('Owner in ("p.leaver")', { type: 'GROUP', code: 'g', includeSubs: false })).toBe('by-hand');
    // A field the form does not say holds users, and a condition the reader cannot read.
    expect(rewrite('Unknown in ("p.leaver")')).toBe('by-hand');
    expect(rewrite('Owner in ("p.leaver"')).toBe('by-hand');
    expect(rewrite('Owner in "p.leaver"')).toBe('by-hand');
  });

  it('says nothing of a condition that does not name the code', () => {
    expect(rewrite('Owner in ("sato")')).toBeUndefined();
    expect(rewrite('')).toBeUndefined();
    expect(rewrite('Owner in ("p.leaver2")')).toBeUndefined();
    // A department of the same code is another entity.
    expect(rewrite('Dept in ("p.leaver")')).toBe('by-hand');
  });
});
