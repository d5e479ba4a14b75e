import { TRIGGERS } from '../model/types';
import type { MatrixItem } from '../model/types';
import type { Translate } from '../i18n';
import { typeLabel } from './type-label';

/** The rows on screen as a plain table (header first), in the user's language, for CSV and Markdown. */
export function exportTable(items: MatrixItem[], t: Translate, withChanges: boolean): string[][] {
  const header = [
    t('exportType'),
    t('exportCode'),
    t('exportName'),
    t('exportKind'),
    t('includeSubs'),
    ...TRIGGERS.map((trigger) => t(`trigger.${trigger}`)),
    ...(withChanges ? [t('exportChange')] : []),
  ];
  const body = items.map(({ row, change }) => [
    typeLabel(row, t),
    row.recipient.code,
    row.displayName ?? '',
    t(`kind.${row.kind}`),
    row.recipient.includeSubs ? '✓' : '',
    ...TRIGGERS.map((trigger) => (row.recipient.triggers[trigger] ? '✓' : '')),
    ...(withChanges ? [change ? t(`change.${change}`) : ''] : []),
  ]);
  return [header, ...body];
}
