/** Characters that make a spreadsheet read a cell as a formula (or hide where it starts). */
const TRIGGER = /[=+\-@\t\r]/;
/** A trigger where a cell may start (see `neutralise`): only then is there anything to change. */
const MAY_START_FORMULA = /(?:^|[,;\t\n\r])[ "]*[=+\-@\t\r]/;

/**
 * Puts an apostrophe before every formula trigger that could begin a cell: at the start of the
 * value, and after any `,`, `;`, tab or line break inside it (past spaces and quotes). Excel
 * splits a line on its own list separator (`;` in a Dutch Excel, `,` in an English one) and,
 * once a quoted cell is split by the other separator, stops honouring the quotes; so any of
 * those characters may start a cell, and no cell may start with a trigger.
 */
function neutralise(value: string): string {
  if (!MAY_START_FORMULA.test(value)) return value; // most cells: one regular expression, no loop
  let out = '';
  let cellStart = true;
  for (const c of value) {
    if (cellStart && TRIGGER.test(c)) out += "'";
    out += c;
    if (c === ',' || c === ';' || c === '\t' || c === '\n' || c === '\r') cellStart = true;
    else if (c !== ' ' && c !== '"') cellStart = false;
  }
  return out;
}

const cell = (value: string): string => `"${neutralise(value).replace(/"/g, '""')}"`;

const csvLine = (cells: readonly string[]): string => `${cells.map(cell).join(',')}\r\n`;

/**
 * Rows as CSV (RFC 4180: comma-separated, CRLF, every cell quoted), safe to open in Excel
 * whichever list separator it uses: no cell, as either separator splits the line, starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (see `neutralise`).
 */
export function toCsv(rows: ReadonlyArray<Readonly<Record<string, string>>>): string {
  const first = rows[0];
  if (!first) return '';
  const columns = Object.keys(first);
  return csvLine(columns) + rows.map((row) => csvLine(columns.map((c) => row[c] ?? ''))).join('');
}

/** Lines per chunk of a streamed CSV. */
const CHUNK_LINES = 500;

/**
 * The same CSV as `toCsv`, written while the rows are read: the header line, then chunks of up
 * to 500 lines. However many rows there are, only one chunk is in memory.
 */
export async function* csvChunks(columns: readonly string[], rows: AsyncIterable<Readonly<Record<string, string>>>): AsyncIterable<string> {
  yield csvLine(columns);
  let chunk = '';
  let lines = 0;
  for await (const row of rows) {
    chunk += csvLine(columns.map((c) => row[c] ?? ''));
    if (++lines === CHUNK_LINES) {
      yield chunk;
      chunk = '';
      lines = 0;
    }
  }
  if (chunk) yield chunk;
}

/** Reads streamed text to its end, for a platform that needs the whole file at once. */
export async function readAll(chunks: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts.join('');
}
