import type { Span } from '../detect/span.js';

/** A word of the draft: its place in the text, its folded form and its sentence. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, accents removed: "Geïnterviewd" → "geinterviewd". */
  folded: string;
  sentence: number;
}

/** The draft cut into words and sentences, once, for every rule to use. */
export interface TokenizedText {
  text: string;
  tokens: readonly Token[];
  /** Each sentence as the span of the text it covers. */
  sentences: readonly Span[];
}

/** A sentence ends at . ! ? or a line break, followed by white space or the end. */
const SENTENCE_END = /[.!?]+(?=\s|$)|\n+/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included, is what this tests for
const ASCII = /^[\x00-\x7f]*$/;

export function fold(word: string): string {
  // Most words are plain ASCII; Unicode normalisation is the slow part, so only the rest pay it.
  return ASCII.test(word)
    ? word.toLowerCase()
    : word
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

/** Cuts a text into words and sentences; linear in its length. */
export function tokenize(text: string): TokenizedText {
  const sentences: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > from) sentences.push([from, end]);
    from = end;
  }
  if (from < text.length) sentences.push([from, text.length]);
  const tokens: Token[] = [];
  let sentence = 0;
  // The words: runs of letters and digits (/[\p{L}\p{N}]+/u), read code point by code point; a
  // match object per word was most of what tokenizing a long draft left to the garbage collector.
  for (let at = 0; at < text.length; ) {
    let end = wordCharEnd(text, at);
    if (end < 0) {
      at += codePointLength(text, at);
      continue;
    }
    const start = at;
    for (let next = end; next >= 0; next = end < text.length ? wordCharEnd(text, end) : -1) end = next;
    while (sentence < sentences.length - 1 && start >= (sentences[sentence] as [number, number])[1]) sentence++;
    tokens.push({ start, end, folded: fold(text.slice(start, end)), sentence });
    at = end;
  }
  return { text, tokens, sentences };
}

/** One letter or digit, at a given place (sticky): what a word is made of. */
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/** Where the letter or digit at `at` ends, or -1 when the code point there is none: ASCII by its code, the rest by WORD_CHAR. */
function wordCharEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? at + 1 : -1;
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex : -1;
}

/** 2 for a surrogate pair at `at`, else 1. */
function codePointLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Whether a word starts with a capital: ASCII letters by their code, the rest by their Unicode class. */
export const capitalised = (text: string, t: Token): boolean => {
  const c = text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text.charAt(t.start));
};

/** Per draft, once: `lowerCased`. */
const lowered = new WeakMap<TokenizedText, { lower: string; sameLength: boolean }>();

/**
 * A draft's text in lower case, worked out once per draft: patterns written in lower case run on it without the `i`
 * flag (with `i` and `u` together V8 runs them some twenty times slower). `sameLength` is false where lower-casing
 * changes the text's length ("İ"): its offsets then do not line up with the draft's, and a sentence is lower-cased on
 * its own.
 */
export function lowerCased(doc: TokenizedText): { lower: string; sameLength: boolean } {
  let out = lowered.get(doc);
  if (!out) {
    const lower = doc.text.toLowerCase();
    out = { lower, sameLength: lower.length === doc.text.length };
    lowered.set(doc, out);
  }
  return out;
}

/** The sentences a span touches (binary search over the sentence spans). */
export function sentencesOf(doc: TokenizedText, span: Span): number[] {
  const { sentences } = doc;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span)[1] <= span[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let s = lo; s < sentences.length && (sentences[s] as Span)[0] < span[1]; s++) out.push(s);
  return out;
}
