import { foldText, stem, type SynonymMap } from '../answer/normalise.js';
import { detectLang } from '../lang.js';
import type { Lang } from '../reply.js';
import { fnv1a } from './hash.js';

/** How a text becomes a vector; stored with a model so that training and use agree. */
export interface FeatureSpec {
  /** Number of hash buckets (a power of two). */
  dim: number;
  /** Shortest and longest character n-gram, taken inside words padded with "<" and ">". */
  chars: readonly [number, number];
  /** Weight of each block after it is scaled to unit length. */
  weights: { words: number; bigrams: number; chars: number; cues: number };
}

/** A sparse vector: bucket indices (sorted, distinct) and their values. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/** Words longer than this are cut before taking character n-grams; long tokens are noise (URLs, hashes). */
const MAX_WORD_FOR_CHARS = 24;

/**
 * Turns short texts into hashed feature vectors: stemmed words and word pairs (after the
 * knowledge's synonyms, so "plaatje" and "photo" are one feature) and character 3–5-grams
 * of the folded words, which carry typos, compounds and inflections. Pure and deterministic.
 */
export class Featurizer {
  private readonly mask: number;

  constructor(
    readonly spec: FeatureSpec,
    private readonly synonyms: SynonymMap,
  ) {
    if ((spec.dim & (spec.dim - 1)) !== 0) throw new Error('FeatureSpec.dim must be a power of two');
    this.mask = spec.dim - 1;
  }

  /** The stemmed, synonym-mapped words of a text, stopwords kept (they carry "wie ben jij"). */
  terms(text: string, lang: Lang = detectLang(text)): { words: string[]; terms: string[] } {
    const words = foldText(text).split(' ').filter(Boolean);
    const mapped = this.synonyms.apply(words);
    const terms = mapped.map((w) => (this.synonyms.isCanonical(w) ? w : this.synonyms.canonicalStem(stem(w, lang))));
    return { words, terms };
  }

  /** The vector of a text, plus named `cues` the caller found (lexicon hits, rule hits). */
  vector(text: string, lang?: Lang, cues: readonly string[] = []): SparseVector {
    const { words, terms } = this.terms(text, lang);
    const acc = new Map<number, number>();
    const { weights, chars } = this.spec;
    this.addBlock(acc, terms.map((t) => `w${t}`), weights.words);
    const pairs: string[] = [];
    for (let i = 0; i + 1 < terms.length; i++) pairs.push(`b${terms[i]} ${terms[i + 1]}`);
    this.addBlock(acc, pairs, weights.bigrams);
    const grams: string[] = [];
    for (const word of words) {
      const padded = `<${word.length > MAX_WORD_FOR_CHARS ? word.slice(0, MAX_WORD_FOR_CHARS) : word}>`;
      for (let n = chars[0]; n <= chars[1]; n++) {
        for (let i = 0; i + n <= padded.length; i++) grams.push(`c${padded.slice(i, i + n)}`);
      }
    }
    this.addBlock(acc, grams, weights.chars);
    this.addBlock(acc, cues.map((c) => `f${c}`), weights.cues);
    const index = Int32Array.from([...acc.keys()].sort((a, b) => a - b));
    const value = Float32Array.from(index, (i) => acc.get(i) ?? 0);
    return { index, value };
  }

  /** Adds one block of features, each counted once, scaled so the block has length `weight`. */
  private addBlock(acc: Map<number, number>, features: readonly string[], weight: number): void {
    if (features.length === 0 || weight === 0) return;
    const unique = new Set(features);
    const each = weight / Math.sqrt(unique.size);
    for (const f of unique) {
      const bucket = fnv1a(f) & this.mask;
      acc.set(bucket, (acc.get(bucket) ?? 0) + each);
    }
  }
}
