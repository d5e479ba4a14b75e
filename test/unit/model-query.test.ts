import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conditionsOf, describeQuery, parseQuery, type Query } from '../../src/model/query';

/** Every field code the query compares, each once, in order. */
const fieldCodesOf = (query: Query) => [...new Set(conditionsOf(query).map(({ field }) => field))];
import { QUERY_WORDS } from '../../src/i18n/query-words';

const EN_LABELS: Record<string, string> = {
  Status: 'Status',
  Amount: 'Amount',
  Due: 'Due date',
  Title: 'Title',
  Assignee: 'Assignee',
  Dept: 'Department',
  Notes: 'Notes',
};
const JA_LABELS: Record<string, string> = {
  Status: 'ステータス',
  Amount: '金額',
  Due: '期限',
  Title: '件名',
  Assignee: '担当者',
  Dept: '部署',
  Notes: '備考',
};

function parsed(text: string): Query {
  const query = parseQuery(text);
  if (!query) throw new Error(`not read: ${text}`);
  return query;
}
const en = (text: string) => describeQuery(parsed(text), QUERY_WORDS.en, (code) => EN_LABELS[code]);
const ja = (text: string) => describeQuery(parsed(text), QUERY_WORDS.ja, (code) => JA_LABELS[code]);

describe('describeQuery: operators', () => {
  it.each([
    ['Status = "Done"', 'Status is "Done"', 'ステータス が「Done」'],
    ['Status != "Done"', 'Status is not "Done"', 'ステータス が「Done」以外'],
    ['Amount > 1000000', 'Amount is greater than 1000000', '金額 が 1000000 より大きい'],
    ['Amount < -1.5', 'Amount is less than -1.5', '金額 が -1.5 より小さい'],
    ['Amount >= 10', 'Amount is at least 10', '金額 が 10 以上'],
    ['Amount <= 10', 'Amount is at most 10', '金額 が 10 以下'],
    ['Title like "至急"', 'Title contains "至急"', '件名 に「至急」を含む'],
    ['Title not like "draft"', 'Title does not contain "draft"', '件名 に「draft」を含まない'],
    [
      'Status in ("Done", "Closed")',
      'Status is one of "Done", "Closed"',
      'ステータス が「Done」、「Closed」のいずれか',
    ],
    [
      'Status not in ("Done", "Closed")',
      'Status is none of "Done", "Closed"',
      'ステータス が「Done」、「Closed」のいずれでもない',
    ],
    ['Status in ("Done")', 'Status is "Done"', 'ステータス が「Done」'],
    ['Status not in ("Done")', 'Status is not "Done"', 'ステータス が「Done」以外'],
    ['Amount in (1, 2)', 'Amount is one of 1, 2', '金額 が 1、2 のいずれか'],
    ['Notes is empty', 'Notes is empty', '備考 が空である'],
    ['Notes is not empty', 'Notes is not empty', '備考 が空でない'],
  ])('%s', (query, english, japanese) => {
    expect(en(query)).toBe(english);
    expect(ja(query)).toBe(japanese);
  });

  it.each([
    ['Due < TODAY()', 'Due date is before today', '期限 が 今日 より前'],
    ['Due > TODAY()', 'Due date is after today', '期限 が 今日 より後'],
    ['Due >= NOW()', 'Due date is on or after now', '期限 が 現在日時 以降'],
    ['Due <= TOMORROW()', 'Due date is on or before tomorrow', '期限 が 明日 以前'],
    ['Due >= "2024-04-01"', 'Due date is on or after "2024-04-01"', '期限 が「2024-04-01」以降'],
    [
      'Due < "2024-04-01T09:00:00Z"',
      'Due date is before "2024-04-01T09:00:00Z"',
      '期限 が「2024-04-01T09:00:00Z」より前',
    ],
  ])('reads comparisons with dates as before/after: %s', (query, english, japanese) => {
    expect(en(query)).toBe(english);
    expect(ja(query)).toBe(japanese);
  });

  it('reads keywords in any case and operators without spaces', () => {
    expect(en('Title NOT LIKE "x" AND Status Not In("A","B") OR Notes IS NOT EMPTY')).toBe(
      'Title does not contain "x" and Status is none of "A", "B" or Notes is not empty',
    );
    expect(en('Amount>=10 and Amount<=20 and Amount!=15 and Title="a"')).toBe(
      'Amount is at least 10 and Amount is at most 20 and Amount is not 15 and Title is "a"',
    );
    expect(en('Notes Is Empty')).toBe('Notes is empty');
  });

  it('reads the empty query as all records', () => {
    for (const text of ['', '   ', '\n\t ']) {
      expect(parseQuery(text)).toEqual({ kind: 'all' });
      expect(en(text)).toBe('All records');
      expect(ja(text)).toBe('すべてのレコード');
    }
  });
});

describe('describeQuery: fields of several values', () => {
  const multi = (code: string) => code === 'Tags' || code === 'Owner';
  const say = (text: string, words = QUERY_WORDS.en) => describeQuery(parsed(text), words, () => undefined, multi);
  it('reads in on check boxes, selections of people and fields in a table as "includes", not "is"', () => {
    expect(say('Tags in ("A")')).toBe('Tags includes "A"');
    expect(say('Tags in ("A", "B")')).toBe('Tags includes any of "A", "B"');
    expect(say('Owner not in ("sato")')).toBe('Owner includes none of "sato"');
    expect(say('Tags in ("A")', QUERY_WORDS.ja)).toBe('Tags が「A」を含む');
    // A field of one value still reads as "is".
    expect(say('Status in ("A")')).toBe('Status is "A"');
  });
});

describe('describeQuery: functions', () => {
  it.each([
    ['LOGINUSER()', 'the logged-in user', 'ログインユーザー'],
    ['PRIMARY_ORGANIZATION()', "the user's primary department", 'ログインユーザーの優先する組織'],
    ['NOW()', 'now', '現在日時'],
    ['TODAY()', 'today', '今日'],
    ['YESTERDAY()', 'yesterday', '昨日'],
    ['TOMORROW()', 'tomorrow', '明日'],
    ['FROM_TODAY(7, DAYS)', '7 days from today', '今日から7日後'],
    ['FROM_TODAY(1, DAYS)', '1 day from today', '今日から1日後'],
    ['FROM_TODAY(2, WEEKS)', '2 weeks from today', '今日から2週間後'],
    ['FROM_TODAY(-3, MONTHS)', '3 months ago', '今日から3か月前'],
    ['FROM_TODAY(-1, YEARS)', '1 year ago', '今日から1年前'],
    ['FROM_TODAY(0,days)', '0 days from today', '今日から0日後'],
    ['THIS_WEEK()', 'this week', '今週'],
    ['LAST_WEEK()', 'last week', '先週'],
    ['NEXT_WEEK()', 'next week', '来週'],
    ['THIS_MONTH()', 'this month', '今月'],
    ['LAST_MONTH()', 'last month', '先月'],
    ['NEXT_MONTH()', 'next month', '来月'],
    ['THIS_YEAR()', 'this year', '今年'],
    ['LAST_YEAR()', 'last year', '昨年'],
    ['NEXT_YEAR()', 'next year', '来年'],
  ])('%s', (fn, english, japanese) => {
    expect(en(`Due = ${fn}`)).toBe(`Due date is ${english}`);
    expect(ja(`Due = ${fn}`)).toBe(`期限 が ${japanese}`);
  });

  it('reads the user functions inside in (…)', () => {
    expect(en('Assignee in (LOGINUSER())')).toBe('Assignee is the logged-in user');
    expect(ja('Assignee in (LOGINUSER())')).toBe('担当者 が ログインユーザー');
    expect(en('Dept in (PRIMARY_ORGANIZATION())')).toBe("Department is the user's primary department");
    expect(ja('Dept not in (PRIMARY_ORGANIZATION())')).toBe('部署 が ログインユーザーの優先する組織 以外');
    expect(en('Assignee in (LOGINUSER(), "sato")')).toBe('Assignee is one of the logged-in user, "sato"');
    expect(ja('Assignee in (LOGINUSER(), "sato")')).toBe('担当者 が ログインユーザー、「sato」のいずれか');
    expect(ja('Assignee in ("sato", LOGINUSER())')).toBe('担当者 が「sato」、ログインユーザー のいずれか');
  });

  it.each([
    // Argument forms of the period functions are rare in conditions: shown as written.
    'THIS_WEEK(SUNDAY)',
    'THIS_MONTH(15)',
    'NEXT_MONTH(LAST)',
    'FOO(1)',
    'FOO()',
    'FOO(1, BAR)',
    'THIS_YEAR(5)',
    'THIS_WEEK(LAST)',
    'THIS_MONTH(SUNDAY)',
    'TODAY(SUNDAY)',
    'THIS_WEEK(SUNDAY, MONDAY)',
    'FROM_TODAY(7)',
    'FROM_TODAY(7, HOURS)',
    'FROM_TODAY(X, DAYS)',
    'FROM_TODAY(7, DAYS, 1)',
  ])('keeps %s verbatim', (fn) => {
    expect(en(`Due = ${fn}`)).toBe(`Due date is ${fn}`);
    expect(ja(`Due = ${fn}`)).toBe(`期限 が ${fn}`);
  });
});

describe('describeQuery: structure and labels', () => {
  it('keeps the parentheses the query had, and only those', () => {
    const query = '(Status = "A" or Status = "B") and (Amount > 5 or Notes is empty) and Title like "x"';
    expect(en(query)).toBe(
      '(Status is "A" or Status is "B") and (Amount is greater than 5 or Notes is empty) and Title contains "x"',
    );
    expect(ja(query)).toBe(
      '(ステータス が「A」 または ステータス が「B」) かつ (金額 が 5 より大きい または 備考 が空である) かつ 件名 に「x」を含む',
    );
    expect(en('Status = "A" or Status = "B" and Amount > 5')).toBe(
      'Status is "A" or Status is "B" and Amount is greater than 5',
    );
    expect(en('((Status = "A"))')).toBe('((Status is "A"))');
    expect(en('Status = "A" and ((Amount > 1 or (Amount < -1 and Notes is empty)))')).toBe(
      'Status is "A" and ((Amount is greater than 1 or (Amount is less than -1 and Notes is empty)))',
    );
  });

  it('binds and tighter than or', () => {
    expect(parseQuery('a = 1 or b = 2 and c = 3')).toEqual({
      kind: 'or',
      items: [
        { kind: 'condition', field: 'a', op: '=', values: [{ kind: 'number', text: '1' }] },
        {
          kind: 'and',
          items: [
            { kind: 'condition', field: 'b', op: '=', values: [{ kind: 'number', text: '2' }] },
            { kind: 'condition', field: 'c', op: '=', values: [{ kind: 'number', text: '3' }] },
          ],
        },
      ],
    });
  });

  it('reads values into the tree', () => {
    expect(parseQuery('s not in ("a", -2.5, FROM_TODAY(-7, DAYS), TODAY())')).toEqual({
      kind: 'condition',
      field: 's',
      op: 'not in',
      values: [
        { kind: 'text', text: 'a' },
        { kind: 'number', text: '-2.5' },
        { kind: 'call', name: 'FROM_TODAY', args: ['-7', 'DAYS'] },
        { kind: 'call', name: 'TODAY', args: [] },
      ],
    });
    expect(parseQuery('(n is not empty)')).toEqual({
      kind: 'group',
      query: { kind: 'condition', field: 'n', op: 'is not empty', values: [] },
    });
  });

  it('shows the field code when the form has no label for it', () => {
    expect(en('Gone = "x" and Status = "y"')).toBe('Gone is "x" and Status is "y"');
    expect(ja('Gone = "x" and Status = "y"')).toBe('Gone が「x」 かつ ステータス が「y」');
    expect(describeQuery(parsed('Status = "y"'), QUERY_WORDS.en, () => '')).toBe('Status is "y"');
  });

  it('reads Japanese, system and sub-table field codes', () => {
    const query =
      '作業者 in (LOGINUSER()) and $id > 100 and Created_by in ("sato") and Table.Field like "a" and 金額_2 <= 5';
    expect(fieldCodesOf(parsed(query))).toEqual(['作業者', '$id', 'Created_by', 'Table.Field', '金額_2']);
    expect(describeQuery(parsed(query), QUERY_WORDS.ja, (code) => ({ 作業者: '作業担当' })[code])).toBe(
      '作業担当 が ログインユーザー かつ $id が 100 より大きい かつ Created_by が「sato」 かつ Table.Field に「a」を含む かつ 金額_2 が 5 以下',
    );
  });

  it('unescapes \\" and \\\\ in strings', () => {
    expect(parseQuery('Title = "say \\"hi\\" \\\\ bye"')).toMatchObject({
      values: [{ kind: 'text', text: 'say "hi" \\ bye' }],
    });
    expect(en('Title like "a\\"b" and Title != "\\\\"')).toBe('Title contains "a"b" and Title is not "\\"');
    expect(ja('Title like "a\\"b"')).toBe('件名 に「a"b」を含む');
    expect(en('Title = ""')).toBe('Title is ""');
    expect(en('Title = "a, (b) and c = 1"')).toBe('Title is "a, (b) and c = 1"');
  });

  it('writes labels and values as they are: plain text, no templates read inside them', () => {
    const text = describeQuery(parsed('T like "%0 $& <b>x</b>"'), QUERY_WORDS.en, () => '<img src=x> %1');
    expect(text).toBe('<img src=x> %1 contains "%0 $& <b>x</b>"');
  });
});

describe('conditionsOf', () => {
  it('lists each code once, in order', () => {
    expect(fieldCodesOf(parsed('b = 1 and (a = 2 or b = 3) and c is empty or a in ("x")'))).toEqual(['b', 'a', 'c']);
    expect(fieldCodesOf(parsed(''))).toEqual([]);
    expect(fieldCodesOf(parsed('Due < FROM_TODAY(7, DAYS)'))).toEqual(['Due']);
  });
});

describe('parseQuery: what it does not read', () => {
  it.each([
    '(a = 1',
    'a = 1)',
    '(a = 1))',
    '()',
    '(',
    'a',
    'a =',
    'a = ',
    '= 1',
    'a = 1 b = 2',
    'a = 1 and',
    'and a = 1',
    'a = 1 or or b = 2',
    'a = 1 order by a asc',
    'order by $id desc',
    'a = 1 limit 10',
    'a = 1 offset 0',
    'a in ()',
    'a in ("x",)',
    'a in "x"',
    'a in ("x"',
    'a = b',
    'a = "unterminated',
    'a = "escaped at end\\"',
    'a ! 1',
    'a = 1 !',
    'a = 1 "',
    'a = "x" "',
    'a == 1',
    'a =< 1',
    '"a" = 1',
    'a is',
    'a is not',
    'a is null',
    'a is not like "x"',
    'a not = 1',
    'a not empty',
    'a like',
    'a = FOO(',
    'a = FOO(1',
    'a = FOO("x")',
    'a = FOO(1,)',
    'a = (1)',
    'a = 1, b = 2',
    'a = 1 2',
    'a = 1.',
    'a = --1',
  ])('%s', (text) => {
    expect(parseQuery(text)).toBeUndefined();
  });

  it('gives up on nesting too deep to read instead of throwing', () => {
    expect(parseQuery('('.repeat(100_000) + 'a = 1' + ')'.repeat(100_000))).toBeUndefined();
    expect(parseQuery('('.repeat(100_000))).toBeUndefined();
  });
});

describe('properties', () => {
  const both = (query: Query) => {
    for (const words of [QUERY_WORDS.en, QUERY_WORDS.ja]) {
      expect(typeof describeQuery(query, words, (code) => code.toUpperCase())).toBe('string');
    }
  };

  it('never throws on any text, and describes whatever it reads', () => {
    const soup = fc
      .array(
        fc.constantFrom(
          'a',
          '作業者',
          '$id',
          '=',
          '!=',
          '<',
          '>=',
          'like',
          'not',
          'in',
          'is',
          'empty',
          'and',
          'or',
          'AND',
          '(',
          ')',
          ',',
          '"x"',
          '"a\\"b"',
          '1',
          '-2.5',
          'TODAY()',
          'FROM_TODAY(',
          'DAYS',
          'THIS_MONTH(LAST)',
          '!',
          '"',
          '\\',
          'order',
          'by',
        ),
        { maxLength: 12 },
      )
      .map((tokens) => tokens.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), soup), (text) => {
        const query = parseQuery(text);
        if (query) {
          both(query);
          expect(Array.isArray(fieldCodesOf(query))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every query the grammar allows, with its field codes', () => {
    type Generated = { text: string; fields: string[] };
    const field = fc.constantFrom('Status', '$id', 'Table.Field', '作業者', 'レコード番号', 'Created_by', 'a_1');
    const text = fc.string({ unit: 'binary' }).map((s) => `"${s.replace(/[\\"]/g, (c) => '\\' + c)}"`);
    const value = fc.oneof(
      text,
      fc.integer().map(String),
      fc.constantFrom('TODAY()', 'LOGINUSER()', 'FROM_TODAY(-3, WEEKS)', 'THIS_MONTH(LAST)', 'FOO(1, BAR)'),
    );
    const condition: fc.Arbitrary<Generated> = fc
      .tuple(
        field,
        fc.oneof(
          fc
            .tuple(fc.constantFrom('=', '!=', '>', '<', '>=', '<=', 'like', 'not like', 'LIKE'), value)
            .map(([op, v]) => `${op} ${v}`),
          fc
            .tuple(fc.constantFrom('in', 'not in', 'NOT IN'), fc.array(value, { minLength: 1, maxLength: 3 }))
            .map(([op, vs]) => `${op} (${vs.join(', ')})`),
          fc.constantFrom('is empty', 'is not empty', 'IS NOT EMPTY'),
        ),
      )
      .map(([code, rest]) => ({ text: `${code} ${rest}`, fields: [code] }));
    const { query } = fc.letrec<{ query: Generated; group: Generated; join: Generated }>((tie) => ({
      query: fc.oneof({ depthSize: 'small' }, condition, tie('group'), tie('join')),
      group: tie('query').map((q) => ({ text: `(${q.text})`, fields: q.fields })),
      join: fc
        .tuple(tie('query'), fc.constantFrom('and', 'or', 'AND', 'Or'), tie('query'))
        .map(([a, keyword, b]) => ({ text: `${a.text} ${keyword} ${b.text}`, fields: [...a.fields, ...b.fields] })),
    }));
    fc.assert(
      fc.property(query, ({ text: source, fields }) => {
        const parsedQuery = parseQuery(source);
        expect(parsedQuery).toBeDefined();
        expect(fieldCodesOf(parsedQuery!)).toEqual([...new Set(fields)]);
        both(parsedQuery!);
      }),
      { numRuns: 500 },
    );
  });
});
