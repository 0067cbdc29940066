/** Characters that make a spreadsheet read a cell as a formula (or hide where it starts). */
const TRIGGER = /[=+\-@\t\r]/;

/**
 * Puts an apostrophe before every formula trigger that could begin a cell: at the start of the
 * value, and after any `,`, `;`, tab or line break inside it (past spaces and quotes). Excel
 * splits a line on its own list separator (`;` in a Dutch Excel, `,` in an English one) and,
 * once a quoted cell is split by the other separator, stops honouring the quotes; so any of
 * those characters may start a cell, and no cell may start with a trigger.
 */
function neutralise(value: string): string {
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

/**
 * Rows as CSV (RFC 4180: comma-separated, CRLF, every cell quoted), safe to open in Excel
 * whichever list separator it uses: no cell, as either separator splits the line, starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (see `neutralise`).
 */
export function toCsv(rows: ReadonlyArray<Readonly<Record<string, string>>>): string {
  const first = rows[0];
  if (!first) return '';
  const columns = Object.keys(first);
  const lines = [columns.map(cell), ...rows.map((row) => columns.map((c) => cell(row[c] ?? '')))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
