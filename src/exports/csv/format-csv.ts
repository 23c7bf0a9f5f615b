/** Options for {@link formatCsv}. */
export interface FormatCsvOptions {
  /**
   * Start with a byte order mark (U+FEFF), so that spreadsheet software that guesses the encoding (Excel on
   * Windows) reads the UTF-8 as UTF-8; default `false`. The app writes the returned string as UTF-8.
   */
  readonly bom?: boolean;
  /**
   * Put an apostrophe before a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, so that
   * spreadsheet software shows it as text instead of running it as a formula; plain numbers such as
   * `-20000.00` are left alone. Default `true`.
   */
  readonly protectFormulas?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
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
 * ```
 */
export function formatCsv(rows: readonly (readonly string[])[], options: FormatCsvOptions = {}): string {
  const protect = options.protectFormulas ?? true;
  const records = rows.map((row) => row.map((cell) => quoteCell(protect ? protectCell(cell) : cell)).join(',')).join('\r\n');
  return `${options.bom === true ? '\uFEFF' : ''}${records}${rows.length > 0 ? '\r\n' : ''}`;
}

function protectCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
