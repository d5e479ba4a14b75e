import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown } from '../../src/model/export';

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

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', 'safe=1', 'a-b']]);
    expect(csv.slice(1).trimEnd().split(',')).toEqual(["'=1+1", "'+SUM(A1)", "'-2", "'@cmd", "'\tx", 'safe=1', 'a-b']);
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

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
});
