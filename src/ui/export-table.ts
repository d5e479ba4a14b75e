import { TRIGGERS } from '../model/types';
import type { MatrixItem } from '../model/types';
import type { Translate } from '../i18n';
import { typeLabel } from './type-label';

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
