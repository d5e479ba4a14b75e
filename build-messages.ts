/**
 * The message table as the bundle ships it (vite.config.ts). The source stays one readable 'English|日本語' table
 * with named keys (src/i18n/messages.ts); the bundle ships
 * - the table as three joined strings — keys, English, Japanese — that rebuild it at startup: each language's text
 *   sits together, which deflate codes better than the two scripts interleaved (0.16 KB gzip);
 * - most keys as numbers: t('revision') becomes t(2), and the table drops the name. A key keeps its name wherever
 *   code could ask for it by name: built from a template (`why.${code}`), held in a variable or a ternary, or named
 *   by another table (the Chinese one). Numbering 82 of the 236 keys made the page 0.47 KB smaller.
 */

/** A call of the translator with a literal key: t('key') or t('key', …). */
const DIRECT_CALL = /\bt\(\s*(['"`])([\w.-]+)\1(?=\s*[,)])/g;
/** A template that makes keys of a family: `why.${code}` makes every key that starts with 'why.'. */
const FAMILY = /`((?:[\w-]+\.)+)\$\{/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The keys the bundle ships as numbers, with their number (their place in the table): each is written in `sources`
 * only as the literal argument of t(…), at least once, belongs to no family a template makes, and is not in `keep`.
 */
export function numberedKeys(keys: string[], sources: string[], keep: Iterable<string> = []): Map<string, number> {
  const text = sources.join('\n');
  const families = [...text.matchAll(FAMILY)].map((match) => match[1]);
  const direct = new Map<string, number>();
  for (const [, , key] of text.matchAll(DIRECT_CALL)) direct.set(key, (direct.get(key) ?? 0) + 1);
  const kept = new Set(keep);
  const numbered = new Map<string, number>();
  keys.forEach((key, index) => {
    const written = text.match(new RegExp(`(['"\`])${escapeRegExp(key)}\\1`, 'g'))?.length ?? 0;
    const byName = kept.has(key) || families.some((family) => key.startsWith(family));
    if (written > 0 && written === direct.get(key) && !byName) numbered.set(key, index);
  });
  return numbered;
}

/** A module's code with t('key') as t(number) for each numbered key. */
export const numberCalls = (code: string, numbered: Map<string, number>) =>
  code.replace(DIRECT_CALL, (call, _quote: string, key: string) =>
    numbered.has(key) ? `t(${numbered.get(key)}` : call,
  );

/** src/i18n/messages.ts as the bundle ships it: joined strings, numbered keys by their place. */
export function joinedTable(table: Record<string, string>, numbered = new Map<string, number>()): string {
  const keys = Object.keys(table);
  const pairs = Object.values(table).map((pair) => pair.split('|'));
  if (keys.some((key) => key.includes(',')) || pairs.some((pair) => pair.length !== 2 || /\n/.test(pair.join(''))))
    throw new Error('joinedTable: a key with a comma, a message with a newline, or not two languages');
  const joined = (texts: string[]) => `${JSON.stringify(texts.join('\n'))}.split('\\n')`;
  const names = keys.map((key) => (numbered.has(key) ? '' : key));
  return (
    `export const MESSAGES = ((keys, en, ja) => Object.fromEntries(keys.map((key, i) => [key || i, en[i] + '|' + ja[i]])))(` +
    `${JSON.stringify(names.join(','))}.split(','), ${joined(pairs.map(([en]) => en))}, ${joined(pairs.map(([, ja]) => ja))});`
  );
}
