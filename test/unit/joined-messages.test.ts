// The build ships the message table as three joined strings (vite.config.ts, joinedTable): the very same table,
// rebuilt at startup, run apart as the bundle runs it.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { joinedTable } from '../../vite.config';
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

  it('refuses a table it could not rebuild exactly', () => {
    expect(() => joinedTable({ a: 'one|two|three' })).toThrow(/two languages/);
    expect(() => joinedTable({ a: 'line\nbreak|改行' })).toThrow(/newline/);
    expect(() => joinedTable({ 'a,b': 'x|y' })).toThrow(/comma/);
  });
});
