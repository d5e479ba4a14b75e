// The verdict per person, record and notification (model/verdict.ts): a rule that says no decides, in kintone's
// order; otherwise a rule that cannot tell makes it unknown; else yes.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/model/verdict';
import type { PersonFacts } from '../../src/model/person';
import type { RecordAnswer } from '../../src/model/record-lens';

const NOW = '2026-12-04T12:00:00.000Z';
const sato: PersonFacts = { code: 'sato', guest: false, exists: true, valid: true, groups: [], organizations: [] };
const line = (over: Partial<RecordAnswer> = {}): RecordAnswer => ({
  kind: 'general',
  key: 'recordAdded',
  met: true,
  recipients: [{ type: 'USER', code: 'sato', includeSubs: false, from: '' }],
  unresolved: [],
  empty: [],
  reach: { reach: 'direct', via: 'sato' },
  ...over,
});
const verdict = (
  answer: RecordAnswer,
  person = sato,
  app: boolean | 'unknown' = true,
  record: boolean | 'unknown' = true,
) => verdictOf(answer, person, app, record, NOW);

describe('verdictOf', () => {
  it('yes when every rule lets it through', () => {
    expect(verdict(line())).toEqual({ gets: 'yes' });
    const reminder = line({ kind: 'reminder', key: '0', at: '2026-12-05T00:00:00Z' });
    expect(verdict(reminder)).toEqual({ gets: 'yes' });
  });

  it('no, with the first rule that stops it, in kintone order', () => {
    const stopped = { ...sato, valid: false };
    // Not a recipient comes before everything else.
    expect(verdict(line({ reach: { reach: 'none' } }), stopped, false, false)).toEqual({
      gets: 'no',
      why: 'NOT_RECIPIENT',
    });
    expect(verdict(line(), stopped, false, false)).toEqual({ gets: 'no', why: 'STOPPED' });
    expect(verdict(line(), { ...sato, exists: false })).toEqual({ gets: 'no', why: 'STOPPED' });
    expect(verdict(line(), sato, false, false)).toEqual({ gets: 'no', why: 'NO_APP_VIEW' });
    expect(verdict(line({ kind: 'perRecord', key: '0', met: false }), sato, true, false)).toEqual({
      gets: 'no',
      why: 'NO_RECORD_VIEW',
    });
    expect(verdict(line({ kind: 'perRecord', key: '0', met: false }))).toEqual({
      gets: 'no',
      why: 'CONDITION_NOT_MET',
    });
    expect(verdict(line({ kind: 'reminder', key: '0', met: false, at: '' }))).toEqual({
      gets: 'no',
      why: 'CONDITION_NOT_MET',
    });
    expect(verdict(line({ kind: 'reminder', key: '0', at: '' }))).toEqual({ gets: 'no', why: 'NO_DATE' });
    expect(verdict(line({ kind: 'reminder', key: '0', at: '2026-12-01T00:00:00Z' }))).toEqual({
      gets: 'no',
      why: 'PASSED',
    });
  });

  it('a rule that says no decides, whatever an earlier rule could not tell', () => {
    const unread = line({ reach: { reach: 'unknown', via: 'sales' } });
    expect(verdict(unread, { ...sato, valid: false })).toEqual({ gets: 'no', why: 'STOPPED' });
    expect(verdict(line({ kind: 'perRecord', key: '0', met: false }), sato, 'unknown')).toEqual({
      gets: 'no',
      why: 'CONDITION_NOT_MET',
    });
  });

  it('unknown, with the first rule that cannot tell, when none says no', () => {
    expect(verdict(line({ reach: { reach: 'unknown', via: 'sales' } }))).toEqual({
      gets: 'unknown',
      why: 'UNKNOWN_RECIPIENT',
    });
    // A field recipient the record does not hold might have named them.
    expect(verdict(line({ reach: { reach: 'none' }, unresolved: ['Gone'] }))).toEqual({
      gets: 'unknown',
      why: 'UNKNOWN_RECIPIENT',
    });
    expect(verdict(line(), sato, 'unknown')).toEqual({ gets: 'unknown', why: 'UNKNOWN_PERMISSION' });
    expect(verdict(line(), sato, true, 'unknown')).toEqual({ gets: 'unknown', why: 'UNKNOWN_PERMISSION' });
    expect(verdict(line({ kind: 'perRecord', key: '0', met: 'unknown' }))).toEqual({
      gets: 'unknown',
      why: 'UNKNOWN_CONDITION',
    });
  });

  it('a general notification has no condition to meet', () => {
    expect(verdict(line({ met: true }))).toEqual({ gets: 'yes' });
  });
});
