import { z } from 'zod';
import raw from './lists/address-nl.json' with { type: 'json' };

/** A list of distinct lower-case words (street or place vocabulary). */
const words = z
  .array(z.string().min(1).max(40))
  .min(1)
  .refine((list) => list.every((w) => w === w.toLowerCase()), 'words must be lower case')
  .refine((list) => new Set(list).size === list.length, 'words must be distinct');

/** Postcode letter pairs: two capitals. */
const letterPairs = z.array(z.string().regex(/^[A-Z]{2}$/, 'a pair of capitals'));

const schema = z
  .object({
    description: z.string(),
    about: z.record(z.string(), z.string()),
    streetSuffixes: words,
    lowercaseSuffixes: words,
    notStreets: words,
    streetAdjectives: words,
    leadWords: words,
    streetPrefixes: words,
    particles: words,
    connectors: words,
    articleParticles: words,
    functionWords: words,
    cityPrefixes: words,
    cityLinks: words,
    cityArticles: words,
    excludedPostcodeLetters: letterPairs,
    ambiguousPostcodeLetters: letterPairs,
    units: words,
    poBoxWords: words,
    houseNumberWords: words,
  })
  .strict()
  .superRefine((data, ctx) => {
    for (const suffix of data.lowercaseSuffixes) {
      if (!data.streetSuffixes.includes(suffix)) {
        ctx.addIssue({ code: 'custom', path: ['lowercaseSuffixes'], message: `"${suffix}" is not a street suffix` });
      }
    }
    for (const key of Object.keys(data.about)) {
      if (!(key in data)) ctx.addIssue({ code: 'custom', path: ['about', key], message: 'describes no list' });
    }
  });

export type AddressWordsData = z.input<typeof schema>;

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

/**
 * Validates the address word lists and builds the sets the detector uses. Throws with every
 * problem listed (path and rule) when the data is wrong.
 */
export function parseAddressWords(data: unknown): AddressWords {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`address word lists are invalid:\n${problems.join('\n')}`);
  }
  const d = result.data;
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

/** The shipped word lists (`lists/address-nl.json`), validated once when this module loads. */
export const ADDRESS_WORDS: AddressWords = parseAddressWords(raw);
