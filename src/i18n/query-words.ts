/**
 * The words a kintone record query is read out with (see describeQuery). Templates take `%0`, `%1`: the parts
 * named in each comment. Lists are `|`-separated in the source to keep the bundle small. Plain text, never HTML.
 */
export interface QueryWords {
  all: string;
  and: string;
  or: string;
  /**
   * `%0` the field, `%1` the value(s), for = != > < >= <= like, not like, in, not in, is empty, is not empty,
   * then > < >= <= once more for dates (a date function or a "YYYY-MM-DD…" string): after/before, then in (one
   * value), in (several) and not in on a field that holds several values: includes.
   */
  ops: string[];
  /** A string value: `%0`. */
  text: string;
  /** Around the values when they start or end with a number or a function's words (Japanese templates glue values to their particles). */
  pad: string;
  /** Between the values of `in (…)`. */
  sep: string;
  /** LOGINUSER PRIMARY_ORGANIZATION NOW TODAY YESTERDAY TOMORROW, then this/last/next week, month, year. */
  fns: string[];
  /** FROM_TODAY(7, DAYS) and FROM_TODAY(-7, DAYS): `%0` the count, `%1` the unit. */
  later: string;
  earlier: string;
  /** DAYS WEEKS MONTHS YEARS, then what a unit takes when the count is not 1. */
  units: string[];
  plural: string;
}

const list = (text: string) => text.split('|');

export const QUERY_WORDS: Record<'en' | 'ja', QueryWords> = {
  en: {
    all: 'All records',
    and: ' and ',
    or: ' or ',
    ops: list(
      '%0 is %1|%0 is not %1|%0 is greater than %1|%0 is less than %1|%0 is at least %1|%0 is at most %1|' +
        '%0 contains %1|%0 does not contain %1|%0 is one of %1|%0 is none of %1|%0 is empty|%0 is not empty|' +
        '%0 is after %1|%0 is before %1|%0 is on or after %1|%0 is on or before %1|' +
        '%0 includes %1|%0 includes any of %1|%0 includes none of %1',
    ),
    text: '"%0"',
    pad: '',
    sep: ', ',
    fns: list(
      "the logged-in user|the user's primary department|now|today|yesterday|tomorrow|" +
        'this week|last week|next week|this month|last month|next month|this year|last year|next year',
    ),
    later: '%0 %1 from today',
    earlier: '%0 %1 ago',
    units: list('day|week|month|year'),
    plural: 's',
  },
  ja: {
    all: 'すべてのレコード',
    and: ' かつ ',
    or: ' または ',
    ops: list(
      '%0 が%1|%0 が%1以外|%0 が%1より大きい|%0 が%1より小さい|%0 が%1以上|%0 が%1以下|%0 に%1を含む|%0 に%1を含まない|' +
        '%0 が%1のいずれか|%0 が%1のいずれでもない|%0 が空である|%0 が空でない|%0 が%1より後|%0 が%1より前|%0 が%1以降|%0 が%1以前|' +
        '%0 が%1を含む|%0 が%1のいずれかを含む|%0 が%1のいずれも含まない',
    ),
    text: '「%0」',
    pad: ' ',
    sep: '、',
    fns: list(
      'ログインユーザー|ログインユーザーの優先する組織|現在日時|今日|昨日|明日|今週|先週|来週|今月|先月|来月|今年|昨年|来年',
    ),
    later: '今日から%0%1後',
    earlier: '今日から%0%1前',
    units: list('日|週間|か月|年'),
    plural: '',
  },
};
