import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../../src/core/check/detect/bsn.js';
import { findBsns } from '../../../../src/core/check/detect/numbers.js';

const found = (text: string): string[] => findBsns(text).map(([s, e]) => text.slice(s, e));

describe('isValidBsn', () => {
  it.each(['111222333', '123456782', '234567892', '987654329', '300000005'])('accepts %s (eleven-test holds)', (digits) => {
    expect(isValidBsn(digits)).toBe(true);
  });

  it.each([
    ['123456789', 'check digit wrong'],
    ['111222334', 'last digit changed'],
    ['123456783', 'last digit changed'],
    ['000000000', 'all zeros'],
    ['12345678', 'eight digits'],
    ['1234567820', 'ten digits'],
    ['12345678a', 'not a digit'],
    ['123.456.782', 'separators are not digits'],
    ['', 'empty'],
  ])('rejects %s (%s)', (digits) => {
    expect(isValidBsn(digits)).toBe(false);
  });
});

describe('findBsns', () => {
  it.each([
    ['Mijn BSN is 111222333.', ['111222333']],
    ['bsn: 123456782', ['123456782']],
    ['Nummer 123.456.782 staat op de pas', ['123.456.782']],
    ['Nummer 1234 56 782 staat op de pas', ['1234 56 782']],
    ['Nummer 123 456 782 staat op de pas', ['123 456 782']],
    ['(234567892)', ['234567892']],
    ['111222333 en 987654329', ['111222333', '987654329']],
    ['BSN:300000005', ['300000005']],
    ['BSN 123-456-782', ['123-456-782']],
    // runs: every number on its own
    ['bsn 123456782 111222333', ['123456782', '111222333']],
    ['123456782,111222333', ['123456782', '111222333']],
    ['123456782/111222333', ['123456782', '111222333']],
    ['123456782, 111222333', ['123456782', '111222333']],
    ['123456782\n111222333', ['123456782', '111222333']],
    ['123 456 782 111 222 333', ['123 456 782', '111 222 333']],
    ['123456782 0612345678', ['123456782']],
    ['BSN 123456782 (2 keer gecontroleerd)', ['123456782']],
  ])('finds in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports exact offsets', () => {
    expect(findBsns('bsn 111222333!')).toEqual([[4, 13]]);
  });

  it.each([
    ['Mijn BSN is 123456789', 'eleven-test fails'],
    ['Mijn BSN is 111222334', 'one digit changed'],
    ['000000000', 'all zeros'],
    ['0111222333', 'ten digits'],
    ['1111222333', 'longer digit run'],
    ['ordernummer 20241112223334', 'embedded in an order number'],
    ['ordernummer 2024-111222333', 'glued to a number with a dash'],
    ['A111222333', 'glued to a letter'],
    ['111222333a', 'followed by a letter'],
    ['1.111.222.333', 'part of a larger dotted number'],
    ['€ 111.222.333', 'an amount'],
    ['€111222333', 'an amount without space'],
    ['111222333,00', 'an amount with cents'],
    ['+31 123456782', 'a phone number after a country code'],
    ['06 111 222 333', 'part of a spaced digit run'],
    ['11122 2333', 'odd grouping'],
    ['EUR 123456782', 'an amount in euro'],
    ['EUR: 123.456.782', 'an amount in euro'],
    ['123456782 euro', 'an amount in euro'],
    ["123456782 euro's", 'an amount in euro'],
    ['123.456.782 EUR', 'an amount in euro'],
    ['123456782 €', 'an amount in euro'],
    ['123.456.782,-', 'an amount with ,-'],
    ['$ 123 456 782', 'an amount in dollars'],
    ['0031 123456782', 'a phone number after a country code'],
    ['111-222-333-4', 'a dashed run'],
    ['op 24-11-2026 om 10:30', 'date and time'],
    ['NL02ABNA0111222333', 'inside an IBAN'],
  ])('stays quiet on %j (%s)', (text) => {
    expect(findBsns(text)).toEqual([]);
  });

  it.each([
    ['zeros and spaces', '0 '.repeat(100_000)],
    ['digits', '1'.repeat(200_000)],
    ['dotted groups', '123.'.repeat(50_000)],
    ['valid numbers glued by spaces', '111222333 '.repeat(20_000)],
  ])('handles 200 000 characters of %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(199_999);
    expect(Array.isArray(findBsns(text))).toBe(true);
  });
});
