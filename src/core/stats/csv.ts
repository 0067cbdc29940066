/**
 * Rows as CSV (RFC 4180, comma-separated, CRLF). Cells that a spreadsheet would run as a
 * formula (=, +, -, @ at the start) get a leading apostrophe, so an export can't attack the reader.
 */
export function toCsv(rows: ReadonlyArray<Readonly<Record<string, string>>>): string {
  const first = rows[0];
  if (!first) return '';
  const columns = Object.keys(first);
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c] ?? '')).join(','))].join('\r\n') + '\r\n';
}
