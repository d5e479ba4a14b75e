/** Export of a table of strings (header row first) as CSV for Excel and as a Markdown table. */

/**
 * Cells that a spreadsheet would read as a formula get a leading apostrophe (OWASP's advice against CSV
 * injection): a recipient code such as "=HYPERLINK(…)" must stay text when an admin opens the file.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const csvCell = (value: string): string => {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 (CRLF, quotes doubled) with a UTF-8 BOM so Excel opens Japanese text correctly. */
export const toCsv = (table: string[][]): string =>
  '\uFEFF' + table.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Backslashes and pipes would break the table; line breaks become spaces (never HTML such as <br>). */
const markdownCell = (value: string): string => value.replace(/[\\|]/g, '\\$&').replace(/\r\n|[\r\n]/g, ' ');

export function toMarkdown(table: string[][]): string {
  const [header = [], ...body] = table;
  const line = (row: string[]) => `| ${row.map(markdownCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n') + '\n';
}
