/** Export of a table of strings (header row first) as CSV for Excel and as a Markdown table. */

/**
 * Cells that a spreadsheet would read as a formula get a leading apostrophe (OWASP's advice against CSV
 * injection): a recipient code such as "=HYPERLINK(…)" must stay text when an admin opens the file.
 * A formula starts with = + - @ or their full-width forms ＝ ＋ － ＠ (Japanese Excel and LibreOffice
 * accept those as typed), and spreadsheets skip leading blanks — spaces, the full-width space U+3000,
 * no-break spaces, tabs, line breaks — before looking, so " =1+1" is a formula too. A tab or CR at the
 * very start is neutralised whatever follows (OWASP lists both). Other text, "safe=1" or " normal", stays.
 */
const FORMULA_START = /^(?:[\t\r]|[ \t\r\n\u00A0\u3000]*[=+\-@＝＋－＠])/;

const csvCell = (value: string): string => {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 (CRLF, quotes doubled) with a UTF-8 BOM so Excel opens Japanese text correctly. */
export const toCsv = (table: string[][]): string =>
  '\uFEFF' + table.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/**
 * Markdown viewers render inline HTML, links and autolinks, so a cell's text must not be able to form any
 * of them. Every character that opens Markdown syntax inside a table cell gets a backslash: CommonMark
 * renders a backslash before any ASCII punctuation as that character alone, so the text reads the same and
 * nothing else is emitted (no HTML entities, no <br>).
 * - `\` and `|` would break the cell or the table (GFM reads `\|` as a literal pipe);
 * - `<` `>` open raw HTML (`<img onerror=…>`, `<script>`) and autolinks (`<javascript:…>`);
 * - `[` `]` open links and images (`[x](javascript:…)`, `![…]`);
 * - `` ` `` `*` `_` `~` open code spans, emphasis and strikethrough; `&` opens entities (`&#106;`), which
 *   would otherwise render as other characters than the export holds;
 * - every `:` — a colon is what makes text a URL scheme. Recognising "javascript:" is a losing game
 *   (any case, tabs and control characters that browsers strip inside a URL, `data:`, `vbscript:`…), while
 *   `\:` is plain text to CommonMark and stops bare-scheme autolinking in lax renderers too.
 * Line breaks become spaces: a table row is one line.
 */
const MARKDOWN_SPECIAL = /[\\|<>[\]`*_~&:]/g;

const markdownCell = (value: string): string => value.replace(MARKDOWN_SPECIAL, '\\$&').replace(/\r\n|[\r\n]/g, ' ');

export function toMarkdown(table: string[][]): string {
  const [header = [], ...body] = table;
  const line = (row: string[]) => `| ${row.map(markdownCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n') + '\n';
}
