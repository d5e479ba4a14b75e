/**
 * The person lens over one environment's settings: for every general trigger, per-record notification and
 * reminder, whether and how the person is reached (see person.ts for the rules).
 */
import { reachOf, type PersonFacts, type ReachResult } from './person';
import { TRIGGERS, type NotificationSettings, type PerRecordNotification } from './types';

export interface LensLine extends ReachResult {
  kind: 'general' | 'perRecord' | 'reminder';
  /** The trigger (general) or the notification's index. */
  key: string;
  /** The notification's summary (per-record and reminders). */
  title?: string;
}

export function lensLines(
  person: PersonFacts,
  general: NotificationSettings,
  perRecord: PerRecordNotification[] = [],
  reminders: PerRecordNotification[] = [],
): LensLine[] {
  const kindLines = (kind: 'perRecord' | 'reminder', list: PerRecordNotification[]) =>
    list.map((n, i): LensLine => ({ kind, key: String(i), title: n.title, ...reachOf(person, n.targets) }));
  return [
    ...TRIGGERS.map((trigger): LensLine => ({
      kind: 'general',
      key: trigger,
      ...reachOf(
        person,
        general.recipients.filter((r) => r.triggers[trigger]),
      ),
    })),
    ...kindLines('perRecord', perRecord),
    ...kindLines('reminder', reminders),
  ];
}

/** Whether this one recipient reaches the person (certainly or depending on the record): for highlighting. */
export const reaches = (person: PersonFacts, recipient: { type: string; code: string; includeSubs: boolean }) =>
  ['direct', 'group', 'organization', 'field'].includes(reachOf(person, [recipient]).reach);
