import { TRIGGERS } from '../../model/types';
import type { FormField, MatrixItem } from '../../model/types';
import type { NotificationItem } from '../../model/kinds';
import type { Language, Translate } from '../../i18n';
import { typeLabel } from './type-label';
import { changesInWords, notificationWords } from './notification-words';

/** The rows on screen as a plain table (header first), in the user's language, for CSV and Markdown. */
export function exportTable(
  items: MatrixItem[],
  t: Translate,
  withChanges: boolean,
  /** The Everyone view's notification columns: one column each. */
  columns: Array<{ id: string; label: string }> = [],
): string[][] {
  const header = [
    t('exportType'),
    t('exportCode'),
    t('exportName'),
    t('exportKind'),
    t('includeSubs'),
    ...TRIGGERS.map((trigger) => t(`trigger.${trigger}`)),
    ...columns.map((column) => column.label),
    ...(withChanges ? [t('exportChange')] : []),
  ];
  const body = items.map(({ row, change }) => [
    typeLabel(row, t),
    row.recipient.code,
    row.displayName ?? '',
    t(`kind.${row.kind}`),
    row.recipient.includeSubs ? '✓' : '',
    ...TRIGGERS.map((trigger) => (row.recipient.triggers[trigger] ? '✓' : '')),
    ...columns.map((column) => (row.notifications?.[column.id] ? '✓' : '')),
    ...(withChanges ? [change ? t(`change.${change}`) : ''] : []),
  ]);
  return [header, ...body];
}

/**
 * A per-record or reminder list as on screen, for CSV and Markdown: one row per notification in kintone's
 * order, its condition in words and as written, its timing in words (reminders), and its recipients in one
 * cell, each as type, code, name, incl. sub-departments and (in Differences) its change.
 */
export function listTable(
  items: NotificationItem[],
  fields: Map<string, FormField> | undefined,
  language: Language,
  t: Translate,
  withChanges: boolean,
): string[][] {
  const reminders = items[0]?.kind === 'reminder';
  const header = [
    '#',
    t('summary'),
    t('exportCondition'),
    t('showQuery'),
    ...(reminders ? [t('exportTiming')] : []),
    t('recipient'),
    ...(withChanges ? [t('exportChange')] : []),
  ];
  // A recipient's change: added, removed, or (subs) its incl. sub-departments turned on or off.
  const changeWord = (change?: 'added' | 'removed' | 'changed' | 'subs') => (change ? t(`change.${change}`) : '');
  const body = items.map(({ notification, index, recipients, change, changes }) => {
    const { condition, when } = notificationWords(notification, fields, language, t);
    const targets = recipients.map(({ row, change: recipientChange }) =>
      [
        typeLabel(row, t),
        row.recipient.code,
        row.displayName && `(${row.displayName})`,
        row.recipient.includeSubs && t('includeSubs'),
        recipientChange && `[${changeWord(recipientChange)}]`,
      ]
        .filter(Boolean)
        .join(' '),
    );
    return [
      String(index + 1),
      notification.title,
      condition ?? notification.filterCond,
      notification.filterCond,
      ...(reminders ? [when ?? ''] : []),
      targets.join('; '),
      ...(withChanges ? [[changeWord(change), changesInWords(changes, t)].filter(Boolean).join(' · ')] : []),
    ];
  });
  return [header, ...body];
}
