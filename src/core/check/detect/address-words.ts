import raw from './lists/address-nl.json' with { type: 'json' };

/** The lists of `lists/address-nl.json`, by name. */
export const ADDRESS_LISTS = [
  'streetSuffixes',
  'lowercaseSuffixes',
  'notStreets',
  'streetAdjectives',
  'leadWords',
  'streetPrefixes',
  'particles',
  'connectors',
  'articleParticles',
  'functionWords',
  'cityPrefixes',
  'cityLinks',
  'cityArticles',
  'excludedPostcodeLetters',
  'ambiguousPostcodeLetters',
  'units',
  'poBoxWords',
  'houseNumberWords',
] as const;

/** The word lists as the file holds them (validated by `address-words-schema.ts`, in the tests). */
export type AddressWordsData = { description: string; about: Record<string, string> } & Record<(typeof ADDRESS_LISTS)[number], string[]>;

/** The address detector's vocabulary as sets, built once from the validated data. */
export interface AddressWords {
  /** Longest first, so "gracht" wins over "acht"-like shorter endings. */
  readonly streetSuffixes: readonly string[];
  readonly lowercaseSuffixes: ReadonlySet<string>;
  readonly notStreets: ReadonlySet<string>;
  readonly streetAdjectives: ReadonlySet<string>;
  readonly leadWords: ReadonlySet<string>;
  /** Includes the street adjectives. */
  readonly streetPrefixes: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  /** Includes the particles. */
  readonly connectors: ReadonlySet<string>;
  readonly articleParticles: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly cityPrefixes: ReadonlySet<string>;
  readonly cityLinks: ReadonlySet<string>;
  readonly cityArticles: ReadonlySet<string>;
  readonly excludedPostcodeLetters: ReadonlySet<string>;
  readonly ambiguousPostcodeLetters: ReadonlySet<string>;
  readonly units: ReadonlySet<string>;
  readonly poBoxWords: ReadonlySet<string>;
  readonly houseNumberWords: ReadonlySet<string>;
}

/** The sets the detector uses, from word lists that are valid (see `parseAddressWords`). */
export function buildAddressWords(d: AddressWordsData): AddressWords {
  return {
    streetSuffixes: [...d.streetSuffixes].sort((a, b) => b.length - a.length),
    lowercaseSuffixes: new Set(d.lowercaseSuffixes),
    notStreets: new Set(d.notStreets),
    streetAdjectives: new Set(d.streetAdjectives),
    leadWords: new Set(d.leadWords),
    streetPrefixes: new Set([...d.streetAdjectives, ...d.streetPrefixes]),
    particles: new Set(d.particles),
    connectors: new Set([...d.particles, ...d.connectors]),
    articleParticles: new Set(d.articleParticles),
    functionWords: new Set(d.functionWords),
    cityPrefixes: new Set(d.cityPrefixes),
    cityLinks: new Set(d.cityLinks),
    cityArticles: new Set(d.cityArticles),
    excludedPostcodeLetters: new Set(d.excludedPostcodeLetters),
    ambiguousPostcodeLetters: new Set(d.ambiguousPostcodeLetters),
    units: new Set(d.units),
    poBoxWords: new Set(d.poBoxWords),
    houseNumberWords: new Set(d.houseNumberWords),
  };
}

/**
 * The shipped word lists (`lists/address-nl.json`). Their schema is checked by the tests
 * (tests/core/check/detect/address-words.test.ts), not at every start: zod need not load for it.
 */
export const ADDRESS_WORDS: AddressWords = buildAddressWords(raw);
