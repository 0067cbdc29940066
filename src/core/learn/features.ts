import { foldText, stem, type SynonymMap } from '../answer/normalise.js';
import { detectLang } from '../lang.js';
import type { Lang } from '../lang.js';
import { fnv1a, fnvMore, fnvStep } from './hash.js';

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

const WORD = fnv1a('w');
const BIGRAM = fnv1a('b');
const CHARS = fnv1a('c');
const CUE = fnv1a('f');
const SPACE = ' '.charCodeAt(0);

/** Stems kept before the cache starts over; bounds memory whatever people type. */
const MAX_CACHED_STEMS = 50_000;

/** Words longer than this are cut before taking character n-grams; long tokens are noise (URLs, hashes). */
const MAX_WORD_FOR_CHARS = 24;

/**
 * Turns short texts into hashed feature vectors: stemmed words and word pairs (after the
 * knowledge's synonyms, so "plaatje" and "photo" are one feature) and character 3–5-grams
 * of the folded words, which carry typos, compounds and inflections. Pure and deterministic.
 */
export class Featurizer {
  private readonly mask: number;
  /** Scratch space, reused by every call (a vector is built in one synchronous go). */
  private readonly sum: Float64Array;
  private readonly seen: Int32Array;
  private readonly touched: number[] = [];
  private stamp = 0;

  constructor(
    readonly spec: FeatureSpec,
    private readonly synonyms: SynonymMap,
  ) {
    if ((spec.dim & (spec.dim - 1)) !== 0) throw new Error('FeatureSpec.dim must be a power of two');
    this.mask = spec.dim - 1;
    this.sum = new Float64Array(spec.dim);
    this.seen = new Int32Array(spec.dim);
  }

  /** The stemmed, synonym-mapped words of a text, stopwords kept (they carry "wie ben jij"). */
  terms(text: string, lang: Lang = detectLang(text)): { words: string[]; terms: string[] } {
    const words = foldText(text).split(' ').filter(Boolean);
    const mapped = this.synonyms.apply(words);
    const terms = mapped.map((w) => (this.synonyms.isCanonical(w) ? w : this.stemmed(w, lang)));
    return { words, terms };
  }

  /** Stems are cached: the stemmers are the slow part, and words repeat. */
  private readonly stems = new Map<string, string>();

  private stemmed(word: string, lang: Lang): string {
    const key = `${lang}:${word}`;
    let out = this.stems.get(key);
    if (out === undefined) {
      if (this.stems.size >= MAX_CACHED_STEMS) this.stems.clear();
      out = this.synonyms.canonicalStem(stem(word, lang));
      this.stems.set(key, out);
    }
    return out;
  }

  /** The vector of a text, plus named `cues` the caller found (lexicon hits, rule hits). */
  vector(text: string, lang?: Lang, cues: readonly string[] = []): SparseVector {
    const { words, terms } = this.terms(text, lang);
    const { weights } = this.spec;
    this.touched.length = 0;
    // Each feature is the hash of a prefix ("w", "b", "c", "f") and its text, built without the strings.
    this.addBlock([terms.map((t) => fnvMore(WORD, t) & this.mask)], weights.words);
    const pairs: number[] = [];
    for (let i = 0; i + 1 < terms.length; i++) pairs.push(fnvMore(fnvStep(fnvMore(BIGRAM, terms[i] as string), SPACE), terms[i + 1] as string) & this.mask);
    this.addBlock([pairs], weights.bigrams);
    // Every character n-gram of the words padded with "<" and ">": the hash of "c" + n-gram.
    this.addBlock(
      words.map((word) => this.gramsOf(word)),
      weights.chars,
    );
    this.addBlock([cues.map((c) => fnvMore(CUE, c) & this.mask)], weights.cues);
    const index = Int32Array.from(this.touched).sort();
    const value = new Float32Array(index.length);
    for (let i = 0; i < index.length; i++) {
      const bucket = index[i] as number;
      value[i] = this.sum[bucket] as number;
      this.sum[bucket] = 0;
    }
    return { index, value };
  }

  /** Words repeat, in a draft and between drafts: their n-gram buckets are kept. */
  private readonly grams = new Map<string, number[]>();

  private gramsOf(word: string): number[] {
    let out = this.grams.get(word);
    if (out) return out;
    const [min, max] = this.spec.chars;
    out = [];
    const padded = `<${word.length > MAX_WORD_FOR_CHARS ? word.slice(0, MAX_WORD_FOR_CHARS) : word}>`;
    for (let i = 0; i + min <= padded.length; i++) {
      let h = CHARS;
      for (let n = 1; n <= max && i + n <= padded.length; n++) {
        h = fnvStep(h, padded.charCodeAt(i + n - 1));
        if (n >= min) out.push(h & this.mask);
      }
    }
    if (this.grams.size >= MAX_CACHED_STEMS) this.grams.clear();
    this.grams.set(word, out);
    return out;
  }

  /**
   * Adds one block of features (the buckets of its groups, in order), each counted once, scaled
   * so the block has length `weight`. Two passes (count the distinct buckets, then add them)
   * instead of an array of the distinct ones: a 40 000-character draft makes thousands of blocks.
   */
  private addBlock(groups: readonly (readonly number[])[], weight: number): void {
    if (weight === 0) return;
    const counting = this.nextStamp();
    let count = 0;
    for (const buckets of groups)
      for (const bucket of buckets) {
        if (this.seen[bucket] === counting) continue;
        this.seen[bucket] = counting;
        count++;
      }
    if (count === 0) return;
    const each = weight / Math.sqrt(count);
    const adding = this.nextStamp();
    for (const buckets of groups) for (const bucket of buckets) this.add(bucket, adding, each);
  }

  /**
   * A new mark for `seen`. It starts again at 1 (and `seen` is cleared) before it leaves the range
   * an Int32Array holds: past it, a stored mark would never equal the next one, and every bucket
   * would count as new in every block (2^31 marks: ~40 days of 100 questions a second).
   */
  private nextStamp(): number {
    if (this.stamp >= 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Adds `each` to a bucket once per block (`stamp`). */
  private add(bucket: number, stamp: number, each: number): void {
    if (this.seen[bucket] === stamp) return;
    this.seen[bucket] = stamp;
    if (this.sum[bucket] === 0) this.touched.push(bucket);
    this.sum[bucket] = (this.sum[bucket] as number) + each;
  }
}
