import { describe, expect, it } from 'vitest';
import { findDutchPhones } from '../../../../src/core/check/detect/phone-nl.js';

const found = (text: string): string[] => findDutchPhones(text).map(([s, e]) => text.slice(s, e));

describe('findDutchPhones', () => {
  it.each([
    // mobile
    ['Bel me op 06-12345678.', ['06-12345678']],
    ['Bel me op 06 12 34 56 78', ['06 12 34 56 78']],
    ['Bel me op 0612345678', ['0612345678']],
    ['Bel me op 06 1234 5678', ['06 1234 5678']],
    ['Bel me op 06.12.34.56.78', ['06.12.34.56.78']],
    ['Bel me op 06–12345678', ['06–12345678']],
    ['Bel me op +31 6 12345678', ['+31 6 12345678']],
    ['Bel me op +31612345678', ['+31612345678']],
    ['Bel me op +31-6-12345678', ['+31-6-12345678']],
    ['Bel me op 0031 6 12345678', ['0031 6 12345678']],
    ['Bel me op 0031612345678', ['0031612345678']],
    ['Bel me op (06) 12345678', ['(06) 12345678']],
    ['Bel me op +31 (0)6 12345678', ['+31 (0)6 12345678']],
    ['(0612345678)', ['0612345678']],
    // landline
    ['Kantoor: 010-1234567', ['010-1234567']],
    ['Kantoor: 020 123 4567', ['020 123 4567']],
    ['Kantoor: 0201234567', ['0201234567']],
    ['Kantoor: 0513-123456', ['0513-123456']],
    ['Kantoor: 010 - 123 45 67', ['010 - 123 45 67']],
    ['Tel.: (020) 123 45 67', ['(020) 123 45 67']],
    ['Kantoor: +31 20 123 4567', ['+31 20 123 4567']],
    ['Kantoor: +31 (0)20 1234567', ['+31 (0)20 1234567']],
    ['Kantoor: 0031 513 123456', ['0031 513 123456']],
    // service and company numbers
    ['Bel 0800-1234567 gratis', []],
    ['Bel 0800 123 456 gratis', ['0800 123 456']],
    ['Bel 0900-123456', ['0900-123456']],
    ['Bel 085-1234567 of 088 123 4567', ['085-1234567', '088 123 4567']],
    // several
    ['020-1234567 of 06-12345678, of 06 87654321', ['020-1234567', '06-12345678', '06 87654321']],
  ])('finds in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports exact offsets', () => {
    expect(findDutchPhones('Bel 06-12345678!')).toEqual([[4, 15]]);
  });

  it.each([
    ['op 24-11-2026', 'date'],
    ['op 2026-11-24', 'ISO date'],
    ['op 06-11-2026 om 10:30', 'date and time'],
    ['op 06-11-2026 10:30', 'date followed by time'],
    ['06.11.2026 10.30 uur', 'dotted date and time'],
    ['om 10:30 uur', 'time'],
    ['€ 1.234.567', 'amount'],
    ['€ 0,612345678', 'decimal amount'],
    ['in 2026', 'year'],
    ['tussen 2020 en 2026', 'years'],
    ['bestelling 20240612345678', 'order number'],
    ['bestelling 06123456789', 'eleven digits'],
    ['bestelling 061234567890', 'twelve digits'],
    ['ref-0612345678', 'reference code'],
    ['#0612345678', 'hash tag'],
    ['https://example.nl/0612345678', 'URL path'],
    ['1017 GC Amsterdam', 'postcode'],
    ['NL91ABNA0417164300', 'IBAN'],
    ['NL91 ABNA 0417 1643 00', 'grouped IBAN'],
    ['NL91 ABNA 0417 1643 01', 'grouped IBAN with a wrong check digit'],
    ['BSN 111222333', 'BSN'],
    ['012 345 678', 'nine digits'],
    ['06 12 34 56 78 9', 'one digit too many'],
    ['0 6 1 2 3 4 5 6 7 8', 'single digits'],
    ['06123 45678', 'odd grouping'],
    ['01 23 45 67 89', 'two-digit area code other than 06'],
    ['00 12 34 56 78', 'starts with 00'],
    ['+31 06 12345678', 'trunk zero after +31 without parentheses'],
    ['+32 2 123 45 67', 'Belgian number'],
    ['+310612345678', 'trunk zero after +31'],
    ['06-12345678a', 'glued to a letter'],
    ['a0612345678', 'glued to a letter before'],
  ])('stays quiet on %j (%s)', (text) => {
    expect(findDutchPhones(text)).toEqual([]);
  });

  it.each([
    ['zeros and spaces', '0 '.repeat(100_000)],
    ['dashes', '-'.repeat(200_000)],
    ['zeros', '0'.repeat(200_000)],
    ['mobile prefixes', '06-'.repeat(66_667)],
    ['open parentheses', '(0'.repeat(100_000)],
    ['plus signs', '+31 '.repeat(50_000)],
    ['real numbers', '06 12345678 '.repeat(16_667)],
  ])('handles 200 000 characters of %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    expect(Array.isArray(findDutchPhones(text))).toBe(true);
  });
});
