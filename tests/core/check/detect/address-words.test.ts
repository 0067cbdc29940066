import { describe, expect, it } from 'vitest';
import { parseAddressWords } from '../../../../src/core/check/detect/address-words-schema.js';
import { ADDRESS_LISTS, ADDRESS_WORDS } from '../../../../src/core/check/detect/address-words.js';
import raw from '../../../../src/core/check/detect/lists/address-nl.json' with { type: 'json' };

describe('the address word lists (lists/address-nl.json)', () => {
  it('load and validate', () => {
    // The bot builds its sets without the schema (no zod at start-up): the shipped file must pass it here.
    expect(parseAddressWords(raw)).toEqual(ADDRESS_WORDS);
    expect(Object.keys(raw).filter((k) => k !== 'description' && k !== 'about')).toEqual([...ADDRESS_LISTS]);
    expect(ADDRESS_WORDS.streetSuffixes[0]?.length).toBeGreaterThanOrEqual(ADDRESS_WORDS.streetSuffixes.at(-1)?.length ?? 0);
    expect(ADDRESS_WORDS.streetPrefixes.has('lange')).toBe(true); // adjectives count as prefixes
    expect(ADDRESS_WORDS.connectors.has('van')).toBe(true); // particles count as connectors
  });

  it.each([
    ['a word in capitals', { ...raw, units: ['KM'] }, 'units: words must be lower case'],
    ['a word twice', { ...raw, particles: ['van', 'van'] }, 'particles: words must be distinct'],
    ['a lower-case suffix that is no suffix', { ...raw, lowercaseSuffixes: ['gang'] }, 'lowercaseSuffixes: "gang" is not a street suffix'],
    ['a bad letter pair', { ...raw, excludedPostcodeLetters: ['sa'] }, 'excludedPostcodeLetters.0: a pair of capitals'],
    ['an unknown list', { ...raw, streets: ['x'] }, 'streets'],
    ['a missing list', { ...raw, units: undefined }, 'units'],
  ])('refuse %s, saying where', (_name, data, message) => {
    expect(() => parseAddressWords(data)).toThrow(message);
  });
});
