import { describeQuery, parseQuery } from '../../model/query';
import { QUERY_WORDS } from '../../i18n/query-words';
import type { FormField, PerRecordNotification, ReminderNotification } from '../../model/types';
import type { Language, Translate } from '../../i18n';
import type { NotificationChanges } from '../../model/kinds';
import { timingWords } from './timing-words';

/** Field types that hold several values: `in` on them means "includes". Fields in a table hold one per row. */
const MULTI_VALUE = [
  'CHECK_BOX',
  'MULTI_SELECT',
  'USER_SELECT',
  'ORGANIZATION_SELECT',
  'GROUP_SELECT',
  'STATUS_ASSIGNEE',
];

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
  const multi = (code: string) => {
    const field = fields?.get(code);
    return Boolean(field && (field.table || MULTI_VALUE.includes(field.type)));
  };
  const condition = query && describeQuery(query, QUERY_WORDS[language === 'ja' ? 'ja' : 'en'], labelOf, multi);
  return { condition, timing, when: timing && timingWords(timing, labelOf(timing.code) || timing.code, t) };
}

/** What changed inside a notification, in words ("condition changed · summary changed"); empty when nothing. */
export const changesInWords = (changes: NotificationChanges | undefined, t: Translate): string =>
  (['condition', 'title', 'timing'] as const)
    .filter((what) => changes?.[what])
    .map((what) => t(`change.${what}`))
    .join(' · ');
