// The build ships the message table as three joined strings with most keys as numbers (build-messages.ts): the very
// same messages, rebuilt at startup, run apart as the bundle runs it.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { joinedTable, numberCalls, numberedKeys } from '../../build-messages';
import { MESSAGES } from '../../src/i18n/messages';

/** The MESSAGES a shipped module makes, run apart from this test (its one export taken as a global). */
function run(source: string): Record<string, string> {
  const context: { MESSAGES?: Record<string, string> } = {};
  runInNewContext(source.replace('export const MESSAGES =', 'MESSAGES ='), context);
  // Made in another realm: compared by value, as plain data.
  return JSON.parse(JSON.stringify(context.MESSAGES));
}

describe('joinedTable', () => {
  it('ships the very table of src/i18n/messages.ts, each language joined apart', () => {
    const shipped = joinedTable(MESSAGES);
    expect(shipped.indexOf('Notification matrix')).toBeLessThan(shipped.indexOf('通知マトリクス'));
    expect(run(shipped)).toEqual(MESSAGES);
  });

  it('ships a numbered key by its place in the table, without its name, and every other key by name', () => {
    const table = { first: 'One|一', 'why.NO': 'No|いいえ', last: 'Last|最後' };
    const shipped = joinedTable(
      table,
      new Map([
        ['first', 0],
        ['last', 2],
      ]),
    );
    expect(shipped).not.toMatch(/first|last/);
    expect(run(shipped)).toEqual({ 0: 'One|一', 'why.NO': 'No|いいえ', 2: 'Last|最後' });
  });

  it('refuses a table it could not rebuild exactly', () => {
    expect(() => joinedTable({ a: 'one|two|three' })).toThrow(/two languages/);
    expect(() => joinedTable({ a: 'line\nbreak|改行' })).toThrow(/newline/);
    expect(() => joinedTable({ 'a,b': 'x|y' })).toThrow(/comma/);
  });
});

describe('numberedKeys', () => {
  const keys = ['title', 'save', 'edit', 'why.NO', 'yes', 'unused', 'zhToo'];
  const sources = [
    `h('h1', null, t('title')); props.t("save", { n: 1 }); t(\n  'title',\n);`,
    // Asked for by a value that may be either: by name.
    `const label = t(editing ? 'edit' : 'save');`,
    // A family a template makes: by name.
    // eslint-disable-next-line no-template-curly-in-string -- source text under test, not a template
    'const why = t(`why.${code}`);',
    // The same word as data elsewhere: by name.
    `t('yes'); const answer = 'yes';`,
    `t('zhToo')`,
  ];
  const numbered = numberedKeys(keys, sources, ['zhToo']);

  it('numbers a key only where every mention of it is a call t(key)', () => {
    expect([...numbered]).toEqual([['title', 0]]);
  });

  it('keeps the name of keys written elsewhere, made by a template, named by another table, or never written', () => {
    for (const key of ['save', 'edit', 'why.NO', 'yes', 'unused', 'zhToo']) expect(numbered.has(key), key).toBe(false);
  });

  it('rewrites the calls of numbered keys only', () => {
    expect(numberCalls(`t('title'); t("title", { a }); t('save'); format('title')`, numbered)).toBe(
      `t(0); t(0, { a }); t('save'); format('title')`,
    );
  });
});

describe('the shipped translator', () => {
  it('finds every message the sources ask for by number under that number', () => {
    const numbered = numberedKeys(Object.keys(MESSAGES), ['t("title"); t("revision")']);
    const shipped = run(joinedTable(MESSAGES, numbered));
    for (const [key, index] of numbered) expect(shipped[index]).toBe(MESSAGES[key as keyof typeof MESSAGES]);
  });
});
