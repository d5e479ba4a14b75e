import type { MessageKey, Translate } from '../i18n';

type Kind = 'general' | 'perRecord' | 'reminder';

/**
 * What a lens line is about, as the lenses and the view across apps name it: a general trigger by its name, a
 * per-record notification or reminder by kind, number and summary ("Per-record #2 Big deal").
 */
export const lineLabel = ({ kind, key, title }: { kind: Kind; key: string; title?: string }, t: Translate) =>
  kind === 'general' ? t(`trigger.${key}` as MessageKey) : `${t(`kind.${kind}`)} #${Number(key) + 1} ${title ?? ''}`;

/** Where a recipient is named, as Replace everywhere and the offboarding list it: General, or a notification. */
export const placeLabel = ({ kind, index }: { kind: Kind; index?: number }, t: Translate) =>
  `${t(`kind.${kind}`)}${index === undefined ? '' : ` #${index + 1}`}`;
