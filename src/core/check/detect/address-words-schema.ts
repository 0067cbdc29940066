import { z } from 'zod';
import { buildAddressWords, type AddressWords } from './address-words.js';

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
  return buildAddressWords(result.data);
}
