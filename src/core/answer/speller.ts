import Fuse from 'fuse.js';
import { allowedTypos, editDistance } from './edit-distance.js';

/** Corrections kept before the cache starts over; bounds memory whatever people type. */
const MAX_CACHED_CORRECTIONS = 10_000;

/**
 * Corrects a misspelt word to the knowledge's own vocabulary: fuse.js proposes spellings, and
 * only one within a typo or two (same first letter) is taken.
 */
export class Speller {
  private readonly fuzzy: Fuse<string>;
  /** Corrections already worked out; unknown words repeat, and fuse.js is the slow part. */
  private readonly corrections = new Map<string, string | undefined>();

  /** The longest known word's length: a word more typos longer than that can match none. */
  private readonly longest: number;
  /** The known words by their first letter: a correction always starts with the word's own. */
  private readonly byFirstLetter = new Map<string, string[]>();

  constructor(private readonly vocabulary: ReadonlySet<string>) {
    this.fuzzy = new Fuse([...vocabulary], { includeScore: true, threshold: 0.4, ignoreLocation: true });
    let longest = 0;
    for (const word of vocabulary) {
      longest = Math.max(longest, word.length);
      const list = this.byFirstLetter.get(word.charAt(0));
      if (list) list.push(word);
      else this.byFirstLetter.set(word.charAt(0), [word]);
    }
    this.longest = longest;
  }

  knows(word: string): boolean {
    return this.vocabulary.has(word);
  }

  /** The known word `word` was meant to be, or undefined when there is none close enough. */
  correct(word: string): string | undefined {
    const max = allowedTypos(word.length);
    if (max === 0) return undefined;
    // The edit distance is at least the difference in length: fuse.js need not search (slow for a long word).
    if (word.length > this.longest + max) return undefined;
    if (this.corrections.has(word)) return this.corrections.get(word);
    if (this.corrections.size >= MAX_CACHED_CORRECTIONS) this.corrections.clear();
    const corrected = this.closestKnown(word, max);
    this.corrections.set(word, corrected);
    return corrected;
  }

  /**
   * Whether any known word could be the correction: fuse.js only proposes, and only a word with
   * the same first letter within `max` typos is taken. Most unknown words have none (four in five
   * on the evaluation sets), and this costs a fraction of a fuse.js search.
   */
  private hasCandidate(word: string, max: number): boolean {
    for (const known of this.byFirstLetter.get(word.charAt(0)) ?? []) {
      if (Math.abs(known.length - word.length) <= max && editDistance(word, known, max) <= max) return true;
    }
    return false;
  }

  private closestKnown(word: string, max: number): string | undefined {
    if (!this.hasCandidate(word, max)) return undefined;
    let best: { word: string; distance: number } | undefined;
    for (const { item } of this.fuzzy.search(word, { limit: 8 })) {
      if (item[0] !== word[0]) continue;
      const distance = editDistance(word, item, max);
      if (distance <= max && (!best || distance < best.distance)) best = { word: item, distance };
    }
    return best?.word;
  }
}
