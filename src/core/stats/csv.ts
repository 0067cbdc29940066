/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, -, @ at the
 * start) gets a leading apostrophe, so an export can't attack the reader.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (columns: readonly string[], row: Readonly<Record<string, string>>) => `${columns.map((c) => csvCell(row[c] ?? '')).join(',')}\r\n`;

/** Rows as CSV (comma-separated, CRLF), the columns of the first row. */
export function toCsv(rows: ReadonlyArray<Readonly<Record<string, string>>>): string {
  const first = rows[0];
  if (!first) return '';
  const columns = Object.keys(first);
  return `${columns.join(',')}\r\n${rows.map((row) => csvLine(columns, row)).join('')}`;
}

/** Lines per chunk of a streamed CSV. */
const CHUNK_LINES = 500;

/**
 * Rows as CSV, written while they are read: the header line, then chunks of up to 500 lines.
 * However many rows there are, only one chunk is in memory.
 */
export async function* csvChunks(columns: readonly string[], rows: AsyncIterable<Readonly<Record<string, string>>>): AsyncIterable<string> {
  yield `${columns.join(',')}\r\n`;
  let chunk = '';
  let lines = 0;
  for await (const row of rows) {
    chunk += csvLine(columns, row);
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
