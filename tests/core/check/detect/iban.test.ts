import { describe, expect, it } from 'vitest';
import { findIbans, isValidIban } from '../../../../src/core/check/detect/iban.js';

const found = (text: string): string[] => findIbans(text).map(([s, e]) => text.slice(s, e));

describe('isValidIban', () => {
  it.each([
    'NL91ABNA0417164300',
    'DE89370400440532013000',
    'GB82WEST12345698765432',
    'BE68539007547034',
    'FR1420041010050500013M02606',
    'nl91abna0417164300',
    'NL91 ABNA 0417 1643 00',
  ])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each([
    ['NL91ABNA0417164301', 'one digit changed'],
    ['DE89370400440532013001', 'one digit changed'],
    ['GB82WEST12345698765433', 'one digit changed'],
    ['NL92ABNA0417164300', 'check digits changed'],
    ['NL91ABNA041716430', 'too short for NL'],
    ['NL91ABNA04171643000', 'too long for NL'],
    ['NL911BNA0417164300', 'NL bank code must be letters'],
    ['1291ABNA0417164300', 'no country code'],
    ['NL91', 'only a prefix'],
    ['', 'empty'],
  ])('rejects %s (%s)', (iban) => {
    expect(isValidIban(iban)).toBe(false);
  });
});

describe('findIbans', () => {
  it.each([
    ['Maak het over naar NL91ABNA0417164300.', ['NL91ABNA0417164300']],
    ['Maak het over naar NL91 ABNA 0417 1643 00 graag', ['NL91 ABNA 0417 1643 00']],
    ['rekening nl91abna0417164300', ['nl91abna0417164300']],
    ['DE89370400440532013000 en GB82WEST12345698765432', ['DE89370400440532013000', 'GB82WEST12345698765432']],
    ['DE89 3704 0044 0532 0130 00', ['DE89 3704 0044 0532 0130 00']],
    ['gb82 west 1234 5698 7654 32', ['gb82 west 1234 5698 7654 32']],
    ['BE68 5390 0754 7034', ['BE68 5390 0754 7034']],
    ['FR14 2004 1010 0505 0001 3M02 606', ['FR14 2004 1010 0505 0001 3M02 606']],
    ['NL91 ABNA 0417 1643 00 12 euro', ['NL91 ABNA 0417 1643 00']],
    ['(NL91ABNA0417164300)', ['NL91ABNA0417164300']],
    // the bank code apart, dashes, other countries
    ['IBAN NL91 ABNA 0417164300.', ['NL91 ABNA 0417164300']],
    ['IBAN NL91-ABNA-0417-1643-00.', ['NL91-ABNA-0417-1643-00']],
    ['IBAN NL91ABNA 0417 1643 00', ['NL91ABNA 0417 1643 00']],
    ['CH93 0076 2011 6238 5295 7', ['CH93 0076 2011 6238 5295 7']],
    ['NO93-8601-1117-947', ['NO93-8601-1117-947']],
    ['MT84MALT011000012345MTLCAST001S', ['MT84MALT011000012345MTLCAST001S']],
    ['NL91ABNA0417164300/DE89370400440532013000', ['NL91ABNA0417164300', 'DE89370400440532013000']],
  ])('finds in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports exact offsets', () => {
    expect(findIbans('IBAN: NL91 ABNA 0417 1643 00.')).toEqual([[6, 28]]);
  });

  it.each([
    ['NL91ABNA0417164301', 'one digit changed'],
    ['NL91 ABNA 0417 1643 01', 'one digit changed, grouped'],
    ['DE89370400440532013001', 'one digit changed'],
    ['GB82WEST12345698765433', 'one digit changed'],
    ['XNL91ABNA0417164300', 'glued to a letter'],
    ['NL91ABNA0417164300X', 'followed by a letter'],
    ['NL91ABNA04171643001', 'followed by a digit'],
    ['NL91  ABNA 0417 1643 00', 'double space'],
    ['NL91 ABNA 0417 1643 0', 'group missing a digit'],
    ['Artikel AB12 van de wet', 'short code'],
    ['bestelling 0417164300 op 24-11-2026', 'digits only'],
    ['NL91 ABNA-0417-1643-00', 'two kinds of separator'],
    ['NL91--ABNA-0417-1643-00', 'a double dash'],
    ['XX91ABNA0417164300', 'no such country'],
  ])('stays quiet on %j (%s)', (text) => {
    expect(findIbans(text)).toEqual([]);
  });

  it.each([
    ['grouped prefixes', 'NL91 '.repeat(40_000)],
    ['dashed prefixes', 'NL91-ABNA-'.repeat(20_000)],
    ['letters', 'A'.repeat(200_000)],
    ['letter-digit pairs', 'NL91ABNA'.repeat(25_000)],
    ['spaces', ' '.repeat(200_000)],
  ])('handles 200 000 characters of %s', (_name, text) => {
    expect(text.length).toBe(200_000);
    expect(Array.isArray(findIbans(text))).toBe(true);
  });
});
