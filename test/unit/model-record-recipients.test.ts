// Who a notification reaches on one record: named recipients as they are, field recipients resolved from the
// record's values per field type (tables too), empty and malformed values, and a person's reach.
import { describe, expect, it } from 'vitest';
import {
  distinctConditions,
  recordPersonReach,
  resolveTargets,
  type KintoneRecord,
} from '../../src/model/record-recipients';
import type { PersonFacts } from '../../src/model/person';

const target = (type: string, code: string, includeSubs = false) => ({ type, code, includeSubs });
const entity = (code: string) => ({ code, name: code.toUpperCase() });
const RECORD: KintoneRecord = {
  Created_by: { type: 'CREATOR', value: entity('tanaka') },
  Updated_by: { type: 'MODIFIER', value: entity('sato') },
  Approver: { type: 'USER_SELECT', value: [entity('suzuki'), entity('ito')] },
  Assignee: { type: 'STATUS_ASSIGNEE', value: [entity('kimura')] },
  Department: { type: 'ORGANIZATION_SELECT', value: [entity('sales-east')] },
  Watchers: { type: 'GROUP_SELECT', value: [entity('auditors')] },
  Nobody: { type: 'USER_SELECT', value: [] },
  Title: { type: 'SINGLE_LINE_TEXT', value: 'x' },
  Broken: { type: 'USER_SELECT', value: 'not a list' },
  Lines: {
    type: 'SUBTABLE',
    value: [
      { id: '1', value: { Line_owner: { type: 'USER_SELECT', value: [entity('watanabe')] } } },
      { id: '2', value: { Line_owner: { type: 'USER_SELECT', value: [entity('hr-lead'), entity('watanabe')] } } },
    ],
  },
};

describe('resolveTargets', () => {
  it('keeps users, groups and departments as named; incl. sub-departments only for departments', () => {
    const { recipients } = resolveTargets(
      [target('USER', 'sato', true), target('GROUP', 'sales', true), target('ORGANIZATION', 'hr', true)],
      RECORD,
    );
    expect(recipients).toEqual([
      { type: 'USER', code: 'sato', includeSubs: false, from: '' },
      { type: 'GROUP', code: 'sales', includeSubs: false, from: '' },
      { type: 'ORGANIZATION', code: 'hr', includeSubs: true, from: '' },
    ]);
  });

  it.each([
    ['Created_by', 'USER', ['tanaka']],
    ['Updated_by', 'USER', ['sato']],
    ['Approver', 'USER', ['suzuki', 'ito']],
    ['Assignee', 'USER', ['kimura']],
    ['Department', 'ORGANIZATION', ['sales-east']],
    ['Watchers', 'GROUP', ['auditors']],
    ['Line_owner', 'USER', ['watanabe', 'hr-lead']],
  ])('resolves the field %s to what the record holds', (code, type, codes) => {
    const { recipients, unresolved } = resolveTargets([target('FIELD_ENTITY', code)], RECORD);
    expect(recipients).toEqual(codes.map((c) => ({ type, code: c, includeSubs: false, from: code })));
    expect(unresolved).toEqual([]);
  });

  it('keeps incl. sub-departments of a department-selection field', () => {
    expect(resolveTargets([target('FIELD_ENTITY', 'Department', true)], RECORD).recipients).toEqual([
      { type: 'ORGANIZATION', code: 'sales-east', includeSubs: true, from: 'Department' },
    ]);
  });

  it('an empty field notifies nobody and is named; a missing, malformed or non-people field is unresolved', () => {
    const none = { recipients: [], unresolved: [] };
    expect(resolveTargets([target('FIELD_ENTITY', 'Nobody')], RECORD)).toEqual({ ...none, empty: ['Nobody'] });
    // An entity with an empty code is nobody too.
    const blank: KintoneRecord = { By: { type: 'CREATOR', value: { code: '', name: '' } } };
    expect(resolveTargets([target('FIELD_ENTITY', 'By')], blank)).toEqual({ ...none, empty: ['By'] });
    for (const code of ['Gone', 'Title', 'Broken'])
      expect(resolveTargets([target('FIELD_ENTITY', code)], RECORD)).toEqual({
        ...none,
        unresolved: [code],
        empty: [],
      });
  });

  it('keeps incl. sub-departments only for departments when a field holds users or groups', () => {
    expect(
      resolveTargets([target('FIELD_ENTITY', 'Watchers', true), target('FIELD_ENTITY', 'Created_by', true)], RECORD)
        .recipients,
    ).toEqual([
      { type: 'GROUP', code: 'auditors', includeSubs: false, from: 'Watchers' },
      { type: 'USER', code: 'tanaka', includeSubs: false, from: 'Created_by' },
    ]);
  });

  it('lists each recipient once per source, and each unresolved field once', () => {
    const { recipients, unresolved } = resolveTargets(
      [
        target('USER', 'suzuki'),
        target('USER', 'suzuki'),
        target('FIELD_ENTITY', 'Approver'),
        target('FIELD_ENTITY', 'Approver'),
        target('FIELD_ENTITY', 'Gone'),
        target('FIELD_ENTITY', 'Gone', true),
      ],
      RECORD,
    );
    // Named and through the field are two sources: both stay, so the person lens can tell which reaches.
    expect(recipients).toEqual([
      { type: 'USER', code: 'suzuki', includeSubs: false, from: '' },
      { type: 'USER', code: 'suzuki', includeSubs: false, from: 'Approver' },
      { type: 'USER', code: 'ito', includeSubs: false, from: 'Approver' },
    ]);
    expect(unresolved).toEqual(['Gone']);
  });

  it('an empty field in a table notifies nobody', () => {
    const record: KintoneRecord = {
      Lines: { type: 'SUBTABLE', value: [{ id: '1', value: { Line_owner: { type: 'USER_SELECT', value: [] } } }] },
    };
    expect(resolveTargets([target('FIELD_ENTITY', 'Line_owner')], record)).toEqual({
      recipients: [],
      unresolved: [],
      empty: ['Line_owner'],
    });
  });

  it('finds a field whose code is also a name every object has (constructor) in a table', () => {
    const record: KintoneRecord = {
      Lines: {
        type: 'SUBTABLE',
        value: [{ id: '1', value: { constructor: { type: 'USER_SELECT', value: [entity('x')] } } }],
      },
    };
    expect(resolveTargets([target('FIELD_ENTITY', 'constructor')], record)).toEqual({
      recipients: [{ type: 'USER', code: 'x', includeSubs: false, from: 'constructor' }],
      unresolved: [],
      empty: [],
    });
    expect(resolveTargets([target('FIELD_ENTITY', 'toString')], record).unresolved).toEqual(['toString']);
  });

  it.each([
    ['a creator that is a string', { type: 'CREATOR', value: 'tanaka' }],
    ['a creator that is null', { type: 'CREATOR', value: null }],
    ['a user list holding strings', { type: 'USER_SELECT', value: ['tanaka'] }],
    ['a user list holding null', { type: 'USER_SELECT', value: [null] }],
    ['a code that is no string', { type: 'GROUP_SELECT', value: [{ code: 7, name: 'x' }] }],
    ['a field that is no object', 'USER_SELECT'],
    ['a field that is null', null],
  ])('%s is unresolved, whatever the record holds beside it', (_, field) => {
    const record = { Odd: field, Approver: RECORD.Approver } as unknown as KintoneRecord;
    expect(resolveTargets([target('FIELD_ENTITY', 'Odd'), target('FIELD_ENTITY', 'Approver')], record)).toEqual({
      recipients: [
        { type: 'USER', code: 'suzuki', includeSubs: false, from: 'Approver' },
        { type: 'USER', code: 'ito', includeSubs: false, from: 'Approver' },
      ],
      unresolved: ['Odd'],
      empty: [],
    });
  });

  it('ignores unknown entity types and survives malformed records', () => {
    expect(resolveTargets([target('ROBOT', 'x')], RECORD).recipients).toEqual([]);
    const broken = { Lines: { type: 'SUBTABLE', value: [null, 7, { value: null }] } } as unknown as KintoneRecord;
    expect(resolveTargets([target('FIELD_ENTITY', 'Line_owner')], broken)).toEqual({
      recipients: [],
      unresolved: ['Line_owner'],
      empty: [],
    });
  });
});

describe('distinctConditions', () => {
  it('asks each non-empty condition once, trimmed, in order', () => {
    expect(
      distinctConditions([{ filterCond: 'A = 1' }, { filterCond: '' }, { filterCond: ' A = 1 ' }, { filterCond: 'B' }]),
    ).toEqual(['A = 1', 'B']);
  });
});

describe('recordPersonReach', () => {
  const ito: PersonFacts = {
    code: 'ito',
    guest: false,
    groups: ['auditors'],
    organizations: ['shinjuku'],
    parents: new Map([
      ['shinjuku', 'tokyo'],
      ['tokyo', null],
    ]),
  };
  const reach = (targets: Array<ReturnType<typeof target>>, person = ito) =>
    recordPersonReach(person, resolveTargets(targets, RECORD).recipients);

  it('says how the record reaches them: directly, by group, by department, or through its field', () => {
    expect(reach([target('USER', 'ito')])).toMatchObject({ reach: 'direct' });
    expect(reach([target('GROUP', 'auditors')])).toMatchObject({ reach: 'group', via: 'auditors' });
    expect(reach([target('ORGANIZATION', 'tokyo', true)])).toMatchObject({ reach: 'organization', via: 'tokyo' });
    expect(reach([target('ORGANIZATION', 'tokyo', false)])).toMatchObject({ reach: 'none' });
    expect(reach([target('FIELD_ENTITY', 'Approver')])).toEqual({ reach: 'field', via: 'Approver' });
    expect(reach([target('FIELD_ENTITY', 'Created_by')])).toEqual({ reach: 'none' });
  });

  it('named directly beats the same person through a field, and any tie with a field', () => {
    expect(reach([target('FIELD_ENTITY', 'Approver'), target('USER', 'ito')])).toMatchObject({ reach: 'direct' });
    const group = { ...ito, groups: ['auditors', 'sales'] };
    expect(reach([target('FIELD_ENTITY', 'Watchers'), target('GROUP', 'sales')], group)).toEqual({
      reach: 'group',
      via: 'sales',
    });
  });

  it('a field reaching them better than anything named is the answer, whatever codes are named', () => {
    // The user named "auditors" is not ito; the group "auditors" from the field Watchers is ito's group.
    expect(reach([target('USER', 'auditors'), target('FIELD_ENTITY', 'Watchers')])).toEqual({
      reach: 'field',
      via: 'Watchers',
    });
    // A user from a field beats a department named directly (direct ranks above organization).
    expect(reach([target('ORGANIZATION', 'shinjuku'), target('FIELD_ENTITY', 'Approver')])).toEqual({
      reach: 'field',
      via: 'Approver',
    });
    // "tokyo" named without its sub-departments misses ito; the field's "tokyo" with them reaches ito.
    const record: KintoneRecord = { Dept: { type: 'ORGANIZATION_SELECT', value: [entity('tokyo')] } };
    const recipients = resolveTargets(
      [target('ORGANIZATION', 'tokyo'), target('FIELD_ENTITY', 'Dept', true)],
      record,
    ).recipients;
    expect(recordPersonReach(ito, recipients)).toEqual({ reach: 'field', via: 'Dept' });
  });

  it('nobody reached stays none, even when fields resolved to others', () => {
    expect(reach([target('FIELD_ENTITY', 'Created_by'), target('GROUP', 'sales')])).toEqual({ reach: 'none' });
    expect(recordPersonReach(ito, [])).toEqual({ reach: 'none' });
  });

  it('cannot tell without the departments, named or through a field', () => {
    const unknown = { code: 'ito', guest: false };
    expect(reach([target('ORGANIZATION', 'tokyo', true)], unknown)).toEqual({ reach: 'unknown', via: 'tokyo' });
    expect(reach([target('FIELD_ENTITY', 'Department')], unknown)).toEqual({ reach: 'unknown', via: 'sales-east' });
  });
});
