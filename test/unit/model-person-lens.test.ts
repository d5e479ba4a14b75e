import { describe, expect, it } from 'vitest';
import { lensLines, reaches } from '../../src/model/person-lens';
import { parseNotificationSettings } from '../../src/api/validate';
import { parsePerRecordSettings } from '../../src/api/validate-kinds';
import type { PersonFacts } from '../../src/model/person';
import { LIVE, PER_RECORD } from './support/fixtures';

const sato: PersonFacts = {
  code: 'sato',
  guest: false,
  groups: ['sales-managers'],
  organizations: ['tokyo'],
  parents: new Map([
    ['tokyo', 'sales'],
    ['sales', null],
  ]),
};

describe('lensLines', () => {
  it('answers for every trigger, per-record notification and reminder, with the path', () => {
    const lines = lensLines(
      sato,
      parseNotificationSettings(LIVE),
      parsePerRecordSettings(PER_RECORD).notifications,
      [],
    );
    const byKey = Object.fromEntries(
      lines.map((line) => [`${line.kind}:${line.key}`, `${line.reach}:${line.via ?? ''}`]),
    );
    // LIVE: sato is named on four triggers; fileImported reaches only r2d2 (unknown type) → none.
    expect(byKey['general:recordAdded']).toBe('direct:sato');
    expect(byKey['general:fileImported']).toBe('none:');
    // PER_RECORD: #0 goes to the sales-managers group, #1 to sato directly and to sales incl. sub-departments.
    expect(byKey['perRecord:0']).toBe('group:sales-managers');
    expect(byKey['perRecord:1']).toBe('direct:sato');
    expect(lines.filter((line) => line.kind === 'perRecord').map((line) => line.title)).toEqual(['Task done', '']);
  });

  it('marks the rows that reach the person, including those that depend on the record', () => {
    expect(reaches(sato, { type: 'ORGANIZATION', code: 'sales', includeSubs: true })).toBe(true);
    expect(reaches(sato, { type: 'ORGANIZATION', code: 'sales', includeSubs: false })).toBe(false);
    expect(reaches(sato, { type: 'FIELD_ENTITY', code: 'Assignee', includeSubs: false })).toBe(true);
    expect(reaches({ ...sato, groups: undefined }, { type: 'GROUP', code: 'auditors', includeSubs: false })).toBe(
      false,
    );
  });
});
