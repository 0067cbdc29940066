import { foldedWords, type SynonymMap } from '../answer/normalise.js';
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

/** Words whose n-grams are kept before the cache starts over; bounds memory whatever people type. */
const MAX_CACHED_WORDS = 50_000;

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
  /** The buckets the vector being built has a value in (the first `touchedCount`), in the order first touched. */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** One block's buckets, gathered before they are added; grown when a block needs more, never shrunk. */
  private block = new Int32Array(1024);
  private stamp = 0;

  constructor(
    readonly spec: FeatureSpec,
    private readonly synonyms: SynonymMap,
  ) {
    if ((spec.dim & (spec.dim - 1)) !== 0) throw new Error('FeatureSpec.dim must be a power of two');
    this.mask = spec.dim - 1;
    this.sum = new Float64Array(spec.dim);
    this.seen = new Int32Array(spec.dim);
    this.touched = new Int32Array(spec.dim);
  }

  /** The stemmed, synonym-mapped words of a text, stopwords kept (they carry "wie ben jij"). */
  terms(text: string, lang: Lang = detectLang(text)): { words: string[]; terms: string[] } {
    const words = foldedWords(text);
    // `apply` returns a new array: its words become their terms in place.
    const terms = this.synonyms.apply(words);
    for (let i = 0; i < terms.length; i++) terms[i] = this.synonyms.termOf(terms[i] as string, lang);
    return { words, terms };
  }

  /**
   * The vector of a text, plus named `cues` the caller found (lexicon hits, rule hits). Each
   * block's buckets are gathered in one reused buffer: a long draft makes thousands of vectors,
   * and their garbage (arrays per block and per word) was most of a check's collection pauses.
   */
  vector(text: string, lang?: Lang, cues: readonly string[] = []): SparseVector {
    const { words, terms } = this.terms(text, lang);
    const { weights } = this.spec;
    this.touchedCount = 0;
    // Each feature is the hash of a prefix ("w", "b", "c", "f") and its text, built without the strings.
    if (weights.words !== 0) this.addBlock(this.wordBuckets(terms), weights.words);
    if (weights.bigrams !== 0) this.addBlock(this.bigramBuckets(terms), weights.bigrams);
    if (weights.chars !== 0) this.addBlock(this.charBuckets(words), weights.chars);
    if (weights.cues !== 0) this.addBlock(this.cueBuckets(cues), weights.cues);
    return this.collect();
  }

  /** The buckets of the terms, gathered in `block`; their count. */
  private wordBuckets(terms: readonly string[]): number {
    const block = this.room(terms.length);
    for (let i = 0; i < terms.length; i++) block[i] = fnvMore(WORD, terms[i] as string) & this.mask;
    return terms.length;
  }

  /** The buckets of each two terms in a row ("b" + first + " " + second), gathered in `block`; their count. */
  private bigramBuckets(terms: readonly string[]): number {
    const count = Math.max(terms.length - 1, 0);
    const block = this.room(count);
    for (let i = 0; i < count; i++) block[i] = fnvMore(fnvStep(fnvMore(BIGRAM, terms[i] as string), SPACE), terms[i + 1] as string) & this.mask;
    return count;
  }

  /** The buckets of every character n-gram of the words, in order, gathered in `block`; their count. */
  private charBuckets(words: readonly string[]): number {
    let count = 0;
    for (const word of words) {
      const grams = this.gramsOf(word);
      this.room(count + grams.length).set(grams, count);
      count += grams.length;
    }
    return count;
  }

  /** The buckets of the named cues, gathered in `block`; their count. */
  private cueBuckets(cues: readonly string[]): number {
    const block = this.room(cues.length);
    for (let i = 0; i < cues.length; i++) block[i] = fnvMore(CUE, cues[i] as string) & this.mask;
    return cues.length;
  }

  /** `block`, grown (its contents kept) to hold at least `size` buckets. */
  private room(size: number): Int32Array {
    if (this.block.length < size) {
      const grown = new Int32Array(Math.max(size, this.block.length * 2));
      grown.set(this.block);
      this.block = grown;
    }
    return this.block;
  }

  /** The vector of the buckets touched since it started (sorted), their sums cleared for the next one. */
  private collect(): SparseVector {
    const index = this.touched.slice(0, this.touchedCount).sort();
    const value = new Float32Array(index.length);
    for (let i = 0; i < index.length; i++) {
      const bucket = index[i] as number;
      value[i] = this.sum[bucket] as number;
      this.sum[bucket] = 0;
    }
    return { index, value };
  }

  /** Words repeat, in a draft and between drafts: their n-gram buckets are kept. */
  private readonly grams = new Map<string, Int32Array>();

  private gramsOf(word: string): Int32Array {
    const cached = this.grams.get(word);
    if (cached) return cached;
    const [min, max] = this.spec.chars;
    const out: number[] = [];
    const padded = `<${word.length > MAX_WORD_FOR_CHARS ? word.slice(0, MAX_WORD_FOR_CHARS) : word}>`;
    for (let i = 0; i + min <= padded.length; i++) {
      let h = CHARS;
      for (let n = 1; n <= max && i + n <= padded.length; n++) {
        h = fnvStep(h, padded.charCodeAt(i + n - 1));
        if (n >= min) out.push(h & this.mask);
      }
    }
    const grams = Int32Array.from(out);
    if (this.grams.size >= MAX_CACHED_WORDS) this.grams.clear();
    this.grams.set(word, grams);
    return grams;
  }

  /**
   * Adds one block of features (the first `count` buckets of `block`), each counted once, scaled
   * so the block has length `weight`. The block's distinct buckets are moved to its front as they
   * are counted, so that adding them needs no second look at the repeats.
   */
  private addBlock(count: number, weight: number): void {
    const { block, seen, sum, touched } = this;
    const stamp = this.nextStamp();
    let distinct = 0;
    for (let i = 0; i < count; i++) {
      const bucket = block[i] as number;
      if (seen[bucket] === stamp) continue;
      seen[bucket] = stamp;
      block[distinct++] = bucket;
    }
    if (distinct === 0) return;
    const each = weight / Math.sqrt(distinct);
    for (let i = 0; i < distinct; i++) {
      const bucket = block[i] as number;
      if (sum[bucket] === 0) touched[this.touchedCount++] = bucket;
      sum[bucket] = (sum[bucket] as number) + each;
    }
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
}
