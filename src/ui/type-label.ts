import type { MatrixRow } from '../model/types';
import type { MessageKey, Translate } from '../i18n';

/** A recipient's type in words: "User", "Department" …, or "Unknown (TYPE)" for a type this version lacks. */
export const typeLabel = (row: MatrixRow, t: Translate): string =>
  row.known ? t(`type.${row.recipient.type}` as MessageKey) : t('type.unknown', { type: row.recipient.type });
