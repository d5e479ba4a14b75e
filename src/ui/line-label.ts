import type { Language, MessageKey, Translate } from '../i18n';
import type { Place } from '../model/edit';
import { describeQuery, parseQuery } from '../model/query';
import { QUERY_WORDS } from '../i18n/query-words';

type Kind = 'general' | 'perRecord' | 'reminder';

/**
 * What a lens line is about, as the lenses and the view across apps name it: a general trigger by its name, a
 * per-record notification or reminder by kind, number and summary ("Per-record #2 Big deal").
 */
export const lineLabel = ({ kind, key, title }: { kind: Kind; key: string; title?: string }, t: Translate) =>
  kind === 'general' ? t(`trigger.${key}` as MessageKey) : `${t(`kind.${kind}`)} #${Number(key) + 1} ${title ?? ''}`;

/**
 * Where a recipient is named, as Replace everywhere and the offboarding list it: General, or a notification by
 * number and summary, and for a condition the condition in words (as written when it cannot be read) and
 * whether it is left to be changed by hand.
 */
export function placeLabel({ kind, index, title, cond, byHand }: Place, t: Translate, language: Language) {
  const where = index === undefined ? t(`kind.${kind}`) : lineLabel({ kind, key: String(index), title }, t).trim();
  if (cond === undefined) return where;
  const query = parseQuery(cond);
  const words = query ? describeQuery(query, QUERY_WORDS[language === 'ja' ? 'ja' : 'en'], () => undefined) : cond;
  return `${where} ${t('offboardCondition', { cond: words })}${byHand ? ` (${t('offboardByHand')})` : ''}`;
}
