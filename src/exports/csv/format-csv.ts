/** Options for {@link formatCsv}. */
export interface FormatCsvOptions {
  /**
   * Start with a byte order mark (U+FEFF), so that spreadsheet software that guesses the encoding (Excel on
   * Windows) reads the UTF-8 as UTF-8; default `false`. The app writes the returned string as UTF-8.
   */
  readonly bom?: boolean;
  /**
   * Put an apostrophe at the start of every line of a cell that would begin a formula, so that spreadsheet
   * software shows it as text instead of running it: a line whose first visible character is `=`, `+`, `-`,
   * `@`, a full-width `＝` `＋` `－` `＠`, a small form of them or the minus sign `−`, after any white space or
   * zero-width characters; and a line that starts with a tab. Lines are split at CR, LF,
   * U+2028 and U+2029. Plain numbers such as `-20000.00` are left alone. Default `true`.
   */
  readonly protectFormulas?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
// A line start, then blanks that are not line breaks (so each character is looked at from one line start
// only, in linear time), then a character spreadsheet software reads as the start of a formula.
const FORMULA_LINE =
  /(\r\n|[\r\n\u2028\u2029]|^)(?=[\t\v\f \u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\u2212\t])/g;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Writes rows as CSV by RFC 4180: cells separated by commas, records ended by CRLF (the last one too), a
 * cell that holds a comma, a double quote, a CR or an LF enclosed in double quotes with its quotes doubled.
 * Line breaks inside a cell are kept as they are, inside the quotes.
 *
 * @param rows - the records, the header first if there is one
 * @param options - see {@link FormatCsvOptions}
 * @returns the CSV text
 *
 * @example
 * ```ts
 * formatCsv([['项目名称', '资金规模（元）'], ['道路, "一期"', '500000.00'], ['=1+1', '-20.00']])
 * //=> '项目名称,资金规模（元）\r\n"道路, ""一期""",500000.00\r\n\'=1+1,-20.00\r\n'
 * formatCsv([[' ＝1+1']])
 * //=> "' ＝1+1\r\n"
 * ```
 */
export function formatCsv(rows: readonly (readonly string[])[], options: FormatCsvOptions = {}): string {
  const protect = options.protectFormulas ?? true;
  const records = rows.map((row) => row.map((cell) => quoteCell(protect ? protectCell(cell) : cell)).join(',')).join('\r\n');
  return `${options.bom === true ? '\uFEFF' : ''}${records}${rows.length > 0 ? '\r\n' : ''}`;
}

function protectCell(cell: string): string {
  return PLAIN_NUMBER.test(cell) ? cell : cell.replace(FORMULA_LINE, "$1'");
}

function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
