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

  it('an empty field notifies nobody; a missing, malformed or non-people field is unresolved', () => {
    expect(resolveTargets([target('FIELD_ENTITY', 'Nobody')], RECORD)).toEqual({ recipients: [], unresolved: [] });
    for (const code of ['Gone', 'Title', 'Broken'])
      expect(resolveTargets([target('FIELD_ENTITY', code)], RECORD)).toEqual({ recipients: [], unresolved: [code] });
  });

  it('ignores unknown entity types and survives malformed records', () => {
    expect(resolveTargets([target('ROBOT', 'x')], RECORD).recipients).toEqual([]);
    const broken = { Lines: { type: 'SUBTABLE', value: [null, 7, { value: null }] } } as unknown as KintoneRecord;
    expect(resolveTargets([target('FIELD_ENTITY', 'Line_owner')], broken)).toEqual({
      recipients: [],
      unresolved: ['Line_owner'],
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

  it('named directly beats the same person through a field', () => {
    expect(reach([target('FIELD_ENTITY', 'Approver'), target('USER', 'ito')])).toMatchObject({ reach: 'direct' });
  });

  it('cannot tell without the departments', () => {
    const unknown = { code: 'ito', guest: false };
    expect(reach([target('ORGANIZATION', 'tokyo', true)], unknown)).toMatchObject({ reach: 'unknown' });
  });
});
