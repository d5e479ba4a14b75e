import type { MatrixRow } from '../../model/types';
import type { MessageKey, Translate } from '../../i18n';

/** A recipient's type in words: "User", "Department" …, or "Unknown (TYPE)" for a type this version lacks. */
export const typeLabel = (row: MatrixRow, t: Translate): string =>
  t(`type.${row.known ? row.recipient.type : 'unknown'}` as MessageKey, { type: row.recipient.type });
