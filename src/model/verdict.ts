/**
 * "Does this person get this notification about this record?" — yes, no or unknown, and the one rule that
 * decides. The rules, in the order kintone's help lists the reasons a notification does not arrive (040376) and
 * shared/reference/notification-rules.md: not a recipient on this record; stopped or deleted; no view permission on
 * the app; none on the record; the per-record or reminder condition not met; a reminder's date empty or past. A rule
 * that says no decides, whatever an earlier rule could not tell; otherwise the first rule that could not tell makes
 * the answer unknown.
 */
import type { RecordAnswer } from './record-lens';
import type { PersonFacts, ViewVerdict } from './person';
import type { RecordView } from './record-acl';

export type VerdictWhy =
  | 'NOT_RECIPIENT'
  | 'STOPPED'
  | 'NO_APP_VIEW'
  | 'NO_RECORD_VIEW'
  | 'CONDITION_NOT_MET'
  | 'NO_DATE'
  | 'PASSED'
  | 'UNKNOWN_RECIPIENT'
  | 'UNKNOWN_CONDITION'
  | 'UNKNOWN_PERMISSION';

export interface Verdict {
  gets: 'yes' | 'no' | 'unknown';
  why?: VerdictWhy;
}

/** One rule's finding: true = it stops the notification, 'unknown' = it cannot be told. */
type Finding = [stops: boolean | 'unknown', no: VerdictWhy, unknown?: VerdictWhy];

export function verdictOf(
  answer: RecordAnswer,
  person: PersonFacts,
  app: ViewVerdict['mayView'],
  record: RecordView['mayView'],
  now: string,
): Verdict {
  const reach = answer.reach?.reach ?? 'unknown';
  // A "may" (view, meet the condition) that is false stops it; one that is unknown cannot tell.
  const stops = (may: boolean | 'unknown') => (may === 'unknown' ? may : !may);
  const findings: Finding[] = [
    // A field recipient the record does not hold might have named them.
    [
      reach === 'unknown' || (reach === 'none' && answer.unresolved.length > 0) ? 'unknown' : reach === 'none',
      'NOT_RECIPIENT',
      'UNKNOWN_RECIPIENT',
    ],
    [person.valid === false || person.exists === false, 'STOPPED'],
    [stops(app), 'NO_APP_VIEW', 'UNKNOWN_PERMISSION'],
    [stops(record), 'NO_RECORD_VIEW', 'UNKNOWN_PERMISSION'],
    [answer.kind !== 'general' && stops(answer.met), 'CONDITION_NOT_MET', 'UNKNOWN_CONDITION'],
    [answer.at === '', 'NO_DATE'],
    [!!answer.at && answer.at < now, 'PASSED'],
  ];
  const no = findings.find(([stop]) => stop === true);
  if (no) return { gets: 'no', why: no[1] };
  const unknown = findings.find(([stop]) => stop === 'unknown');
  return unknown ? { gets: 'unknown', why: unknown[2] } : { gets: 'yes' };
}
