/**
 * Reads CSV by RFC 4180, strictly: records end in CRLF, a quoted field may hold commas, CR, LF and doubled
 * quotes, an unquoted field may hold none of them. Throws on anything else, so that a test sees malformed output.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  while (i < body.length) {
    let cell = '';
    if (body[i] === '"') {
      i++;
      for (;;) {
        if (i >= body.length) throw new Error('Unterminated quoted field');
        if (body[i] === '"') {
          if (body[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += body[i];
        i++;
      }
    } else {
      while (i < body.length && body[i] !== ',' && body[i] !== '\r') {
        if (body[i] === '"' || body[i] === '\n') throw new Error(`Bare ${JSON.stringify(body[i])} in an unquoted field at ${i}`);
        cell += body[i];
        i++;
      }
    }
    row.push(cell);
    if (body[i] === ',') {
      i++;
    } else if (body.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`Expected a comma or CRLF at ${i}`);
    }
  }
  if (row.length > 0) throw new Error('The last record does not end in CRLF');
  return rows;
}
