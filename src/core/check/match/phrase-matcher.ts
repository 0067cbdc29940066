import type { Span } from '../detect/span.js';
import { fold, type Token, type TokenizedText } from './tokens.js';

/** One word of a term: exact, any ending (`word*`), any beginning (`*word`), both, or any word (`~`). */
interface WordPattern {
  kind: 'exact' | 'prefix' | 'suffix' | 'infix' | 'any';
  value: string;
}

interface Term {
  source: string;
  words: WordPattern[];
}

/** Where a term was found: its span in the text and the tokens it covers. */
export interface PhraseMatch {
  span: Span;
  term: string;
  firstToken: number;
  lastToken: number;
  sentence: number;
}

function parseWord(raw: string): WordPattern {
  if (raw === '~') return { kind: 'any', value: '~' };
  const starts = raw.startsWith('*');
  const ends = raw.endsWith('*');
  const value = fold(raw.replace(/^\*|\*$/g, ''));
  if (starts && ends) return { kind: 'infix', value };
  if (starts) return { kind: 'suffix', value };
  if (ends) return { kind: 'prefix', value };
  return { kind: 'exact', value };
}

function matchesWord(pattern: WordPattern, token: Token): boolean {
  switch (pattern.kind) {
    case 'exact':
      return token.folded === pattern.value;
    case 'prefix':
      return token.folded.startsWith(pattern.value);
    case 'suffix':
      return token.folded.endsWith(pattern.value);
    case 'infix':
      return token.folded.includes(pattern.value);
    case 'any':
      return true;
  }
}

/**
 * Finds terms (one or more words, with `*` wildcards and `~` for any one word: "voordat ~ het
 * ziet") in tokenized text. Terms are compiled
 * once; a search costs one map lookup per word plus the wildcard patterns, so it stays linear.
 */
export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, Term[]>();
  private readonly wildcardFirst: Term[] = [];
  /**
   * One expression for the first words of all wildcard terms: a token it does not match needs
   * no look at them one by one (most tokens, for lists with many "*gesprek" terms).
   */
  private readonly wildcardProbe: RegExp | undefined;

  constructor(terms: readonly string[]) {
    for (const source of terms) {
      const words = source
        .split(/[\s\-’']+/)
        .filter(Boolean)
        .flatMap((w) => (w === '*' ? [] : [parseWord(w)]))
        .filter((w) => w.value !== '');
      if (words.length === 0) continue;
      const term = { source, words };
      const first = words[0] as WordPattern;
      if (first.kind === 'exact') {
        const list = this.byFirstWord.get(first.value) ?? [];
        list.push(term);
        this.byFirstWord.set(first.value, list);
      } else {
        this.wildcardFirst.push(term);
      }
    }
    const escapeRegExp = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const firsts = this.wildcardFirst.map((t) => t.words[0] as WordPattern);
    this.wildcardProbe =
      firsts.length === 0 || firsts.some((w) => w.kind === 'any')
        ? undefined
        : new RegExp(
            firsts
              .map((w) => (w.kind === 'prefix' ? `^${escapeRegExp(w.value)}` : w.kind === 'suffix' ? `${escapeRegExp(w.value)}$` : escapeRegExp(w.value)))
              .join('|'),
          );
  }

  get isEmpty(): boolean {
    return this.byFirstWord.size === 0 && this.wildcardFirst.length === 0;
  }

  /** Every match, in text order; at one position the longest term wins. */
  find(doc: TokenizedText): PhraseMatch[] {
    const { tokens } = doc;
    const matches: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; i++) this.matchHere(tokens, i, matches);
    return matches;
  }

  /** The exact first words of the terms: a token that is none of these can only start a wildcard term. */
  get firstWords(): Iterable<string> {
    return this.byFirstWord.keys();
  }

  /** Whether a token may start a wildcard term: undefined when none can, 'always' when a term starts with `~`. */
  get wildcardStart(): RegExp | 'always' | undefined {
    if (this.wildcardFirst.length === 0) return undefined;
    return this.wildcardProbe ?? 'always';
  }

  /** The match that starts at token `i`, if any, added to `matches` (the longest term wins). */
  matchHere(tokens: readonly Token[], i: number, matches: PhraseMatch[]): void {
    const token = tokens[i] as Token;
    const exact = this.byFirstWord.get(token.folded);
    const wild = this.wildcardFirst.length > 0 && (this.wildcardProbe === undefined || this.wildcardProbe.test(token.folded)) ? this.wildcardFirst : undefined;
    const best = this.longest(tokens, i, exact, this.longest(tokens, i, wild, undefined));
    if (!best) return;
    const lastToken = tokens[best.last] as Token;
    matches.push({ span: [token.start, lastToken.end], term: best.term.source, firstToken: i, lastToken: best.last, sentence: token.sentence });
  }

  /** The longest of `terms` matching at token `i`, or `best` when none is longer. */
  private longest(
    tokens: readonly Token[],
    i: number,
    terms: readonly Term[] | undefined,
    best: { term: Term; last: number } | undefined,
  ): { term: Term; last: number } | undefined {
    if (!terms) return best;
    let result = best;
    for (const term of terms) {
      const last = this.matchAt(tokens, i, term);
      if (last !== undefined && (!result || last > result.last)) result = { term, last };
    }
    return result;
  }

  private matchAt(tokens: readonly Token[], start: number, term: Term): number | undefined {
    if (start + term.words.length > tokens.length) return undefined;
    for (let k = 0; k < term.words.length; k++) {
      if (!matchesWord(term.words[k] as WordPattern, tokens[start + k] as Token)) return undefined;
    }
    return start + term.words.length - 1;
  }
}
