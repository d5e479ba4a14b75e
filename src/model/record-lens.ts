/**
 * The record lens: for one record, who gets each notification and when. kintone decides whether the record
 * meets a condition (the caller asks it, see api/record.ts); this file only puts the answers together —
 * recipients resolved from the record's fields, reminder instants, and the reach of a person, if one is given.
 */
import { TRIGGERS, type NotificationSettings, type PerRecordNotification, type ReminderNotification } from './types';
import { resolveTargets, recordPersonReach, type ConcreteRecipient, type KintoneRecord } from './record-recipients';
import { reminderInstant } from './reminder-time';
import type { PersonFacts, ReachResult } from './person';

/** What kintone answered for a condition: met or not, or its refusal. */
export type ConditionAnswer = boolean | { code: string; detail: string };

export interface RecordAnswer {
  kind: 'general' | 'perRecord' | 'reminder';
  /** The trigger (general) or the notification's index. */
  key: string;
  title?: string;
  /** General notifications have no condition: true. */
  met: boolean | 'unknown';
  /** Why it is unknown: kintone's refusal, or SAVER for a condition on who saves the record. */
  reason?: { code: string; detail: string };
  /** Reminders: the UTC instant it fires for this record; '' when the record's date is empty. */
  at?: string;
  recipients: ConcreteRecipient[];
  /** Field recipients the record does not hold. */
  unresolved: string[];
  /** Field recipients the record holds empty: they notify nobody here. */
  empty: string[];
  reach?: ReachResult;
}

/**
 * Conditions naming the one who saves the record (LOGINUSER(), PRIMARY_ORGANIZATION()): kintone would evaluate
 * them for whoever asks — the administrator here — not for the one who saves, so they are not asked.
 */
export const dependsOnSaver = (condition: string) => /\b(LOGINUSER|PRIMARY_ORGANIZATION)\s*\(/i.test(condition);

export function recordAnswers(input: {
  general: NotificationSettings;
  perRecord?: PerRecordNotification[];
  reminders?: ReminderNotification[];
  /** The app's reminder time zone, else the user's (kintone's reference is silent on a null one). */
  timeZone: string;
  record: KintoneRecord;
  met: Map<string, ConditionAnswer>;
  person?: PersonFacts;
}): RecordAnswer[] {
  const { record, met, person } = input;
  const answer = (
    kind: RecordAnswer['kind'],
    key: string,
    targets: Array<{ type: string; code: string; includeSubs: boolean }>,
    filterCond = '',
  ): RecordAnswer => {
    const condition = filterCond.trim();
    const said = condition ? met.get(condition) : true;
    let reason = typeof said === 'object' ? said : undefined;
    if (said === undefined && condition && dependsOnSaver(condition)) reason = { code: 'SAVER', detail: '' };
    const resolved = resolveTargets(targets, record);
    return {
      kind,
      key,
      met: typeof said === 'boolean' ? said : 'unknown',
      reason,
      ...resolved,
      reach: person && recordPersonReach(person, resolved.recipients),
    };
  };
  return [
    ...TRIGGERS.map((trigger) =>
      answer(
        'general',
        trigger,
        input.general.recipients.filter((r) => r.triggers[trigger]),
      ),
    ),
    ...(input.perRecord ?? []).map((n, i) => ({
      ...answer('perRecord', String(i), n.targets, n.filterCond),
      title: n.title,
    })),
    ...(input.reminders ?? []).map((n, i) => {
      const field = record[n.timing.code];
      return {
        ...answer('reminder', String(i), n.targets, n.filterCond),
        title: n.title,
        at: reminderInstant(n.timing, field?.type ?? '', field?.value as string, input.timeZone) ?? '',
      };
    }),
  ];
}
