/**
 * kintone record queries (the `filterCond` of per-record and reminder notifications), read into a small
 * tree and out again in words. Only the condition part: `order by`, `limit` and `offset` are not read.
 */
import type { QueryWords } from '../i18n/query-words';

/** In the order of QueryWords.ops. The first eight take one value, `in` and `not in` a list. */
const OPERATORS = [
  '=',
  '!=',
  '>',
  '<',
  '>=',
  '<=',
  'like',
  'not like',
  'in',
  'not in',
  'is empty',
  'is not empty',
] as const;
export type QueryOperator = (typeof OPERATORS)[number];

/**
 * In the order of QueryWords.fns. Their argument forms (THIS_WEEK(SUNDAY), THIS_MONTH(15), THIS_MONTH(LAST))
 * are rare in notification conditions and are shown as written: every byte counts against the bundle.
 */
const FUNCTIONS = [
  'LOGINUSER',
  'PRIMARY_ORGANIZATION',
  'NOW',
  'TODAY',
  'YESTERDAY',
  'TOMORROW',
  ...['WEEK', 'MONTH', 'YEAR'].flatMap((unit) => ['THIS', 'LAST', 'NEXT'].map((when) => when + '_' + unit)),
];
/** In the order of QueryWords.units. */
const UNITS = ['DAYS', 'WEEKS', 'MONTHS', 'YEARS'];

export type QueryValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; text: string }
  /** A function as written: `FROM_TODAY(7, DAYS)` is `{ name: 'FROM_TODAY', args: ['7', 'DAYS'] }`. */
  | { kind: 'call'; name: string; args: string[] };

export type Query =
  | { kind: 'all' }
  | { kind: 'condition'; field: string; op: QueryOperator; values: QueryValue[] }
  | { kind: 'and' | 'or'; items: Query[] }
  /** Parentheses the query had. */
  | { kind: 'group'; query: Query };

const NUMBER = /^-?\d+(\.\d+)?$/;
/** A field code, function name or argument: any token that is not a string or punctuation. */
const WORD = /^[^"(),=!<>]/;

/** A quoted value's text: `"a\\"b"` is `a"b`. */
export const unquote = (token: string) => token.slice(1, -1).replace(/\\([\s\S])/g, '$1');

/** undefined when the text is not a query this parser reads (never throws). '' or whitespace → { kind: 'all' }. */
export function parseQuery(text: string): Query | undefined {
  const src = text.trim();
  const tokens: string[] = [];
  const re = /\s*("(?:[^"\\]|\\[\s\S])*"|[<>!]=|[=<>(),]|[^\s()=!<>,"]+)/y;
  while (re.lastIndex < src.length) {
    const match = re.exec(src);
    if (!match) return undefined;
    tokens.push(match[1]);
  }
  let i = 0;
  const next = (): string | undefined => tokens[i++];
  /** Steps over the next token when it is `token` (keywords in any case). */
  const eat = (token: string) => tokens[i]?.toLowerCase() === token && ++i > 0;
  const word = () => {
    const token = next();
    return token && WORD.test(token) ? token : undefined;
  };
  /** item (sep item)* */
  const list = <T>(item: () => T | undefined, sep: string) => {
    const items: T[] = [];
    do {
      const found = item();
      if (!found) return undefined;
      items.push(found);
    } while (eat(sep));
    return items;
  };
  /** ( item, … ), maybe empty */
  const parens = <T>(item: () => T | undefined) => {
    if (!eat('(')) return undefined;
    if (eat(')')) return [];
    const items = list(item, ',');
    return eat(')') ? items : undefined;
  };
  const value = (): QueryValue | undefined => {
    const token = next();
    if (token?.[0] === '"') return { kind: 'text', text: unquote(token) };
    if (token && NUMBER.test(token)) return { kind: 'number', text: token };
    if (!token || !WORD.test(token)) return undefined;
    const args = parens(word);
    return args && { kind: 'call', name: token, args };
  };
  const condition = (): Query | undefined => {
    if (eat('(')) {
      const query = or();
      return query && eat(')') ? { kind: 'group', query } : undefined;
    }
    const field = word();
    let op = next()?.toLowerCase();
    if (op === 'not' || op === 'is') op += ' ' + next()?.toLowerCase();
    if (op === 'is not') op += ' ' + next()?.toLowerCase();
    const n = OPERATORS.indexOf(op as QueryOperator);
    let values: Array<QueryValue | undefined> | undefined = [];
    if (n < 8) values = [value()];
    else if (n < 10) values = parens(value);
    if (!field || n < 0 || !values || (n < 10 && !values[0])) return undefined;
    return { kind: 'condition', field, op: OPERATORS[n], values: values as QueryValue[] };
  };
  const and = (): Query | undefined => {
    const items = list(condition, 'and');
    return items && (items[1] ? { kind: 'and', items } : items[0]);
  };
  const or = (): Query | undefined => {
    const items = list(and, 'or');
    return items && (items[1] ? { kind: 'or', items } : items[0]);
  };
  try {
    const query = tokens.length ? or() : { kind: 'all' as const };
    return i === tokens.length ? query : undefined;
  } catch {
    // Nesting deep enough to overflow the stack.
    return undefined;
  }
}

/** Every comparison of the query (field, operator, values), in order. */
export function conditionsOf(q: Query): Array<Extract<Query, { kind: 'condition' }>> {
  if (q.kind === 'condition') return [q];
  if (q.kind === 'group') return conditionsOf(q.query);
  return q.kind === 'all' ? [] : q.items.flatMap(conditionsOf);
}

/** `%0`, `%1`, … in a template, replaced by the parts (which are never read as templates themselves). */
const fill = (template: string, ...parts: string[]) =>
  template.replace(/%(\d)/g, (_, n: string) => parts[Number(n)] ?? '');

/** The query in words. `labelOf(code)` gives the form label or undefined (then the code is shown). */
export function describeQuery(
  query: Query,
  words: QueryWords,
  labelOf: (code: string) => string | undefined,
  /** Whether a field holds several values (check boxes, selections of people, fields in a table). */
  multi: (code: string) => boolean = () => false,
): string {
  const call = (name: string, args: string[]): string => {
    const upper = name.toUpperCase();
    const [a, b, c] = args.map((arg) => arg.toUpperCase());
    const unit = UNITS.indexOf(b);
    if (upper === 'FROM_TODAY' && NUMBER.test(a) && unit >= 0 && !c) {
      const count = a.replace('-', '');
      const template = a[0] === '-' ? words.earlier : words.later;
      return fill(template, count, words.units[unit] + (count === '1' ? '' : words.plural));
    }
    const period = words.fns[FUNCTIONS.indexOf(upper)];
    return period && !a ? period : `${name}(${args.join(', ')})`;
  };
  const value = (v: QueryValue) => {
    if (v.kind === 'text') return fill(words.text, v.text);
    return v.kind === 'call' ? call(v.name, v.args) : v.text;
  };
  // Japanese templates glue values to their particles: a number or a function's words gets a space there
  const pad = (v?: QueryValue) => (v && v.kind !== 'text' ? words.pad : '');
  const describe = (q: Query): string => {
    if (q.kind === 'all') return words.all;
    if (q.kind === 'group') return `(${describe(q.query)})`;
    if (q.kind !== 'condition') return q.items.map(describe).join(words[q.kind]);
    let n = OPERATORS.indexOf(q.op);
    // On a field of several values, in means "includes": in (one), in (several), not in, after the sixteen.
    if (n > 7 && n < 10 && multi(q.field)) n = n === 9 ? 18 : 16 + (q.values.length > 1 ? 1 : 0);
    // in (one value) reads as =, not in (one value) as !=
    else if (n > 7 && n < 10 && !q.values[1]) n -= 8;
    // > < >= <= with a date function or a "YYYY-MM-DD…" string: after/before, in ops after the twelve operators
    if (n > 1 && n < 6 && q.values.some((v) => v.kind === 'call' || /^\d{4}-\d\d-\d\d/.test(v.text))) n += 10;
    const values = pad(q.values[0]) + q.values.map(value).join(words.sep) + pad(q.values.at(-1));
    return fill(words.ops[n], labelOf(q.field) || q.field, values).trim();
  };
  return describe(query);
}
