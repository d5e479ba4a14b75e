// Record permissions for one person and record (model/record-acl.ts): the first rule whose condition the record
// meets applies; in it the upper entity naming the person decides, "everyone" last; no rule met → the app decides.
import { describe, expect, it } from 'vitest';
import { mayViewRecord, ruleConditions, type RecordRule } from '../../src/model/record-acl';
import type { PersonFacts } from '../../src/model/person';
import type { ConditionAnswer } from '../../src/model/record-lens';
import type { KintoneRecord } from '../../src/model/record-recipients';

const TREE = new Map<string, string | null>([
  ['hq', null],
  ['sales', 'hq'],
  ['tokyo', 'sales'],
]);
const alice: PersonFacts = {
  code: 'alice',
  guest: false,
  exists: true,
  valid: true,
  groups: ['managers'],
  organizations: ['tokyo'],
  parents: TREE,
};
const RECORD: KintoneRecord = {
  Owner: { type: 'USER_SELECT', value: [{ code: 'alice', name: 'Alice' }] },
  Created_by: { type: 'CREATOR', value: { code: 'bob', name: 'Bob' } },
  Team: { type: 'ORGANIZATION_SELECT', value: [{ code: 'sales', name: 'Sales' }] },
};

type Entity = RecordRule['entities'][number];
const may = (type: string, code: string, viewable: boolean, includeSubs = false): Entity => ({
  entity: { type, code },
  viewable,
  includeSubs,
});
const rule = (filterCond: string, ...entities: Entity[]): RecordRule => ({ filterCond, entities });
const everyone = (viewable: boolean) => may('GROUP', 'everyone', viewable);
const answers = (entries: Array<[string, ConditionAnswer]>) => new Map(entries);

describe('mayViewRecord', () => {
  it('a record meeting no rule is left to the app permissions', () => {
    const rules = [rule('Secret = "1"', everyone(false))];
    expect(mayViewRecord(alice, rules, answers([['Secret = "1"', false]]), RECORD)).toEqual({ mayView: true });
    expect(mayViewRecord(alice, [], answers([]), RECORD)).toEqual({ mayView: true });
  });

  it('the first rule whose condition the record meets decides, not a later one', () => {
    const rules = [
      rule('A = "1"', everyone(true)),
      rule('B = "1"', everyone(false)),
      rule('', may('USER', 'alice', true)),
    ];
    const met = answers([
      ['A = "1"', false],
      ['B = "1"', true],
    ]);
    expect(mayViewRecord(alice, rules, met, RECORD)).toEqual({ mayView: false, rule: 2 });
  });

  it('an empty condition is every record', () => {
    expect(mayViewRecord(alice, [rule('', may('USER', 'alice', false))], answers([]), RECORD)).toEqual({
      mayView: false,
      rule: 1,
    });
  });

  it('within the rule, the upper entity naming the person decides', () => {
    const rules = [rule('', may('GROUP', 'managers', false), may('USER', 'alice', true))];
    expect(mayViewRecord(alice, rules, answers([]), RECORD).mayView).toBe(false);
    const flipped = [rule('', may('USER', 'alice', true), may('GROUP', 'managers', false))];
    expect(mayViewRecord(alice, flipped, answers([]), RECORD).mayView).toBe(true);
  });

  it('"everyone" ranks last wherever it is listed', () => {
    const rules = [rule('', everyone(false), may('USER', 'alice', true))];
    expect(mayViewRecord(alice, rules, answers([]), RECORD)).toEqual({ mayView: true, rule: 1 });
  });

  it('a person the rule names nowhere may not view (everyone not listed = nothing allowed)', () => {
    expect(mayViewRecord(alice, [rule('', may('USER', 'bob', true))], answers([]), RECORD)).toEqual({
      mayView: false,
      rule: 1,
    });
  });

  it('a department reaches its sub-departments only with inheritance', () => {
    const without = [rule('', may('ORGANIZATION', 'sales', true))];
    expect(mayViewRecord(alice, without, answers([]), RECORD).mayView).toBe(false);
    const withSubs = [rule('', may('ORGANIZATION', 'sales', true, true))];
    expect(mayViewRecord(alice, withSubs, answers([]), RECORD).mayView).toBe(true);
  });

  it('a field entity names whoever the record holds in it', () => {
    // Owner holds alice: she may view; Created_by holds bob: it does not name her, so everyone decides.
    expect(
      mayViewRecord(alice, [rule('', may('FIELD_ENTITY', 'Owner', true), everyone(false))], answers([]), RECORD),
    ).toEqual({ mayView: true, rule: 1 });
    expect(
      mayViewRecord(alice, [rule('', may('FIELD_ENTITY', 'Created_by', true), everyone(false))], answers([]), RECORD)
        .mayView,
    ).toBe(false);
    // A department field with inheritance names the members of its sub-departments.
    const team = [rule('', may('FIELD_ENTITY', 'Team', true, true), everyone(false))];
    expect(mayViewRecord(alice, team, answers([]), RECORD).mayView).toBe(true);
  });

  it('a refused condition, a condition on the viewer or an unknown membership is unknown, never a guess', () => {
    const refused = answers([['Gone = "1"', { code: 'GAIA_IQ11', detail: '' }]]);
    expect(mayViewRecord(alice, [rule('Gone = "1"', everyone(true))], refused, RECORD)).toEqual({
      mayView: 'unknown',
      rule: 1,
      code: 'GAIA_IQ11',
    });
    const viewer = 'Owner in (LOGINUSER())';
    expect(mayViewRecord(alice, [rule(viewer, everyone(true))], answers([]), RECORD).code).toBe('LOGINUSER');
    const unread = { ...alice, groups: undefined };
    expect(mayViewRecord(unread, [rule('', may('GROUP', 'managers', true))], answers([]), RECORD)).toEqual({
      mayView: 'unknown',
      rule: 1,
      code: 'MEMBERSHIP',
    });
  });

  it('asks kintone about each rule condition except those on the viewer', () => {
    expect(ruleConditions([rule(' A = "1" '), rule(''), rule('Owner in (LOGINUSER())')])).toEqual(['A = "1"']);
  });
});
