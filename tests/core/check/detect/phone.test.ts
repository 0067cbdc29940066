import { describe, expect, it } from 'vitest';
import { findPhones } from '../../../../src/core/check/detect/numbers.js';

const found = (text: string): string[] => findPhones(text).map(([s, e]) => text.slice(s, e));

describe('findPhones', () => {
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
    // company numbers (085, 088) may be someone's direct line
    ['Bel 085-1234567 of 088 123 4567', ['085-1234567', '088 123 4567']],
    // foreign numbers, with + or 00 and a country code
    ['Bel +32 2 555 12 34', ['+32 2 555 12 34']],
    ['Bel 0032 2 555 12 34', ['0032 2 555 12 34']],
    ['Bel +32 470 12 34 56', ['+32 470 12 34 56']],
    ['Ruf an: +49 30 12345678', ['+49 30 12345678']],
    ['Ruf an: 0049 1512 3456789', ['0049 1512 3456789']],
    ['Ruf an: +4930123456', ['+4930123456']],
    ['Call +44 20 7946 0958', ['+44 20 7946 0958']],
    ['Call +44 (0)20 7946 0958', ['+44 (0)20 7946 0958']],
    ['Call +1 202-456-1111', ['+1 202-456-1111']],
    ['Appelez +33 1 42 68 53 00', ['+33 1 42 68 53 00']],
    // runs: every number on its own
    ['0612345678 0687654321', ['0612345678', '0687654321']],
    ['0612345678/0687654321', ['0612345678', '0687654321']],
    ['0612345678,0687654321', ['0612345678', '0687654321']],
    ['0612345678, 0687654321', ['0612345678', '0687654321']],
    ['0612345678\n0687654321', ['0612345678', '0687654321']],
    ['06-12345678 020-1234567', ['06-12345678', '020-1234567']],
    ['06 12345678 / 06 87654321', ['06 12345678', '06 87654321']],
    ['06 12345678 06 87654321', ['06 12345678', '06 87654321']],
    ['0612345678 - 0687654321', ['0612345678', '0687654321']],
    ['+31612345678 +32470123456', ['+31612345678', '+32470123456']],
    ['Bel om 10:30 0612345678', ['0612345678']],
    ['Ik belde 0612345678 2 keer', ['0612345678']],
    // several
    ['020-1234567 of 06-12345678, of 06 87654321', ['020-1234567', '06-12345678', '06 87654321']],
  ])('finds in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports exact offsets', () => {
    expect(findPhones('Bel 06-12345678!')).toEqual([[4, 15]]);
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
    ['+32 2 123 45 67', 'a Belgian number that is not allocated'],
    ['Bestelnummer 0123456789', 'an unallocated prefix (an order number)'],
    ['Bestelnummer 0601234567', 'an unallocated mobile prefix'],
    ['Order 0191234567 is verzonden', 'an unallocated area code'],
    // service numbers belong to organisations, whatever their length
    ['Bel 0800-1234567 gratis', 'freephone, 11 digits'],
    ['Bel 0800 123 456 gratis', 'freephone, 10 digits'],
    ['Bel 0800-1234 gratis', 'freephone, 8 digits'],
    ['Bel 0900-123456', 'paid number'],
    ['Bel 0900 1234567', 'paid number, 11 digits'],
    ['Bel 0906-1234567', 'paid number'],
    ['Bel 0909 123 45 67', 'paid number'],
    ['Bel +31 800 1234567', 'freephone, international'],
    ['Bel 14 020', 'municipal number'],
    ['Bel 14020', 'municipal number, compact'],
    ['Call +1 800 555 0199', 'a US toll-free number'],
    ['+310612345678', 'trunk zero after +31'],
    ['06-12345678a', 'glued to a letter'],
    ['a0612345678', 'glued to a letter before'],
  ])('stays quiet on %j (%s)', (text) => {
    expect(findPhones(text)).toEqual([]);
  });

  it.each([
    ['zeros and spaces', '0 '.repeat(100_000)],
    ['dashes', '-'.repeat(200_000)],
    ['zeros', '0'.repeat(200_000)],
    ['mobile prefixes', '06-'.repeat(66_667)],
    ['open parentheses', '(0'.repeat(100_000)],
    ['plus signs', '+31 '.repeat(50_000)],
    ['real numbers', '06 12345678 '.repeat(16_667)],
    ['compact numbers', '0612345678 '.repeat(18_182)],
    ['foreign numbers', '+32 2 555 12 34 '.repeat(12_500)],
    ['digit pairs', '12 '.repeat(66_667)],
    ['dashed triples', '123-'.repeat(50_000)],
    ['trunk prefixes', '+44 (0)'.repeat(28_572)],
  ])('handles 200 000 characters of %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    expect(Array.isArray(findPhones(text))).toBe(true);
  });
});
