import { describeQuery, parseQuery } from '../model/query';
import { QUERY_WORDS } from '../i18n/query-words';
import type { FormField, PerRecordNotification, ReminderNotification } from '../model/types';
import type { Language, Translate } from '../i18n';
import type { NotificationChanges } from '../model/kinds';
import { timingWords } from './timing-words';

/**
 * A notification's condition and (for a reminder) timing in words, with field labels for codes: shown in
 * the lists, in Everyone's column headers and in exports. `condition` is undefined when the query cannot be
 * read (it is then shown as written).
 */
export function notificationWords(
  notification: PerRecordNotification,
  fields: Map<string, FormField> | undefined,
  language: Language,
  t: Translate,
) {
  const query = parseQuery(notification.filterCond);
  const labelOf = (code: string) => fields?.get(code)?.label;
  const { timing } = notification as Partial<ReminderNotification>;
  const condition = query && describeQuery(query, QUERY_WORDS[language === 'ja' ? 'ja' : 'en'], labelOf);
  return { condition, timing, when: timing && timingWords(timing, labelOf(timing.code) || timing.code, t) };
}

/** What changed inside a notification, in words ("condition changed · summary changed"); empty when nothing. */
export const changesInWords = (changes: NotificationChanges | undefined, t: Translate): string =>
  (['condition', 'title', 'timing'] as const)
    .filter((what) => changes?.[what])
    .map((what) => t(`change.${what}`))
    .join(' · ');
