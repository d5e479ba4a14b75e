import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv, toMarkdown } from '../../src/model/export';

/** One cell as toCsv writes it: without the BOM and the closing CRLF. */
const csvCell = (value: string) => toCsv([[value]]).slice(1, -2);

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, uses CRLF and quotes per RFC 4180', () => {
    const csv = toCsv([
      ['種類', 'コード'],
      ['ユーザー', 'a,b'],
      ['x', 'say "hi"'],
      ['line', 'one\ntwo'],
    ]);
    expect(csv).toBe('\uFEFF種類,コード\r\nユーザー,"a,b"\r\nx,"say ""hi"""\r\nline,"one\ntwo"\r\n');
  });

  it('quotes a cell with a lone CR in it, and neutralises a leading CR', () => {
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', 'safe=1', 'a-b']]);
    expect(csv.slice(1).trimEnd().split(',')).toEqual(["'=1+1", "'+SUM(A1)", "'-2", "'@cmd", "'\tx", 'safe=1', 'a-b']);
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it.each([
    ['＝1+1', "'＝1+1"],
    ['＋SUM(A1)', "'＋SUM(A1)"],
    ['－2', "'－2"],
    ['＠cmd', "'＠cmd"],
    ['＝HYPERLINK("http://x")', `"'＝HYPERLINK(""http://x"")"`],
  ])('neutralises the full-width formula start %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    [' =1+1', "' =1+1"],
    ['   +1', "'   +1"],
    [' -2', "' -2"],
    [' @cmd', "' @cmd"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\u3000\u3000＝1', "'\u3000\u3000＝1"],
    [' ＋1', "' ＋1"],
    ['\u3000－1', "'\u3000－1"],
    [' ＠x', "' ＠x"],
    ['\t=1', "'\t=1"],
    [' \t\u3000@x', "' \t\u3000@x"],
    ['\u00A0=1', "'\u00A0=1"],
    ['\n=1', `"'\n=1"`],
  ])('neutralises a formula start behind leading blanks: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['safe=1', 'a-b', ' normal', '\u3000名前', 'user@example.com', 'a＝b', '  ', '\u3000', '1+1', ''])(
    'leaves plain text alone: %j',
    (value) => {
      expect(csvCell(value)).toBe(value);
    },
  );
});

/** Markdown cell characters a renderer could turn into HTML, links, emphasis or code. */
const SPECIAL = /[\\|<>[\]`*_~&:]/;
/** The cells of a one-column table's body row, as written. */
const markdownCell = (value: string) => (toMarkdown([['h'], [value]]).split('\n')[2] ?? '').slice(2, -2);

describe('toMarkdown', () => {
  it('makes a table that pipes, backslashes and line breaks cannot break, and emits no HTML', () => {
    const md = toMarkdown([
      ['Code', 'Name'],
      ['a|b', 'back\\slash'],
      ['multi', 'one\r\ntwo\nthree'],
    ]);
    expect(md).toBe('| Code | Name |\n| --- | --- |\n| a\\|b | back\\\\slash |\n| multi | one two three |\n');
    expect(md).not.toContain('<br');
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript\\:alert(1))'],
    ['<javascript:alert(1)>', '\\<javascript\\:alert(1)\\>'],
    // eslint-disable-next-line no-script-url -- a javascript: URL is the input under test, never run
    ['JaVaScRiPt:alert(1)', 'JaVaScRiPt\\:alert(1)'],
    ['java\tscript:alert(1)', 'java\tscript\\:alert(1)'],
    [' javascript:alert(1)', ' javascript\\:alert(1)'],
    ['![i](data:text/html,x)', '!\\[i\\](data\\:text/html,x)'],
    ['&#106;avascript:x', '\\&#106;avascript\\:x'],
    ['*em* _u_ `c` ~~s~~', '\\*em\\* \\_u\\_ \\`c\\` \\~\\~s\\~\\~'],
    ['\\<b>', '\\\\\\<b\\>'],
  ])('backslash-escapes markup and link syntax in %j', (value, expected) => {
    expect(markdownCell(value)).toBe(expected);
  });

  it('escapes every special character of any text, and only adds backslashes', () => {
    const text = fc
      .array(
        fc.constantFrom(
          '<',
          '>',
          '[',
          ']',
          '(',
          ')',
          '\\',
          '|',
          ':',
          '`',
          '*',
          '_',
          '~',
          '&',
          '!',
          'j',
          ' ',
          '\t',
          '\r',
          '\n',
          'あ',
        ),
      )
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (value) => {
        const cell = markdownCell(value);
        // With every escape pair taken out, nothing that opens Markdown syntax is left over.
        expect(cell.replace(/\\[\s\S]/g, '')).not.toMatch(SPECIAL);
        // Taking the backslashes away gives the text back, line breaks as spaces.
        expect(cell.replace(/\\([\s\S])/g, '$1')).toBe(value.replace(/\r\n|[\r\n]/g, ' '));
      }),
      { numRuns: 300 },
    );
  });
});
