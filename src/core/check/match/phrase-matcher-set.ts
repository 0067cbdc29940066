import type { PhraseMatcher, PhraseMatch } from './phrase-matcher.js';
import type { Token, TokenizedText } from './tokens.js';

/**
 * Many phrase matchers searched in one pass over a draft: per token one map lookup names the
 * matchers whose exact first words it is, and one expression tells whether any wildcard term
 * may start there. Each matcher's matches are exactly what its own `find` returns; a long draft
 * is read once instead of once per lexicon list.
 */
export class PhraseMatcherSet {
  private readonly matchers: readonly PhraseMatcher[];
  private readonly names: readonly string[];
  /** Matcher indices by exact first word, ascending. */
  private readonly byFirstWord = new Map<string, number[]>();
  /** Matchers with wildcard terms, each with the expression its starts must match ('always': a `~` start). */
  private readonly wildcards: ReadonlyArray<{ index: number; start: RegExp | 'always' }>;
  /** Any wildcard start of any matcher; undefined when some matcher's term starts with `~`. */
  private readonly anyWildcardStart: RegExp | undefined;

  constructor(lists: ReadonlyMap<string, PhraseMatcher>) {
    this.names = [...lists.keys()];
    this.matchers = [...lists.values()];
    const wildcards: { index: number; start: RegExp | 'always' }[] = [];
    this.matchers.forEach((matcher, index) => {
      for (const word of matcher.firstWords) {
        const list = this.byFirstWord.get(word) ?? [];
        list.push(index);
        this.byFirstWord.set(word, list);
      }
      const start = matcher.wildcardStart;
      if (start) wildcards.push({ index, start });
    });
    this.wildcards = wildcards;
    this.anyWildcardStart = wildcards.some((w) => w.start === 'always')
      ? undefined
      : new RegExp(wildcards.map((w) => `(?:${(w.start as RegExp).source})`).join('|') || '(?!)');
  }

  /** Every matcher's matches, by name, in text order: the same as each matcher's own `find`. */
  findAll(doc: TokenizedText): Map<string, PhraseMatch[]> {
    const { tokens } = doc;
    const found = this.matchers.map((): PhraseMatch[] => []);
    const candidates: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const folded = (tokens[i] as Token).folded;
      const exact = this.byFirstWord.get(folded);
      const mayWild = this.wildcards.length > 0 && (this.anyWildcardStart === undefined || this.anyWildcardStart.test(folded));
      if (!exact && !mayWild) continue;
      candidates.length = 0;
      if (exact) candidates.push(...exact);
      if (mayWild) for (const w of this.wildcards) if (w.start === 'always' || w.start.test(folded)) candidates.push(w.index);
      // A matcher can be named twice (an exact and a wildcard first word): it looks once.
      if (exact && mayWild) candidates.sort((a, b) => a - b);
      let previous = -1;
      for (const index of candidates) {
        if (index === previous) continue;
        previous = index;
        (this.matchers[index] as PhraseMatcher).matchHere(tokens, i, found[index] as PhraseMatch[]);
      }
    }
    return new Map(this.names.map((name, index) => [name, found[index] as PhraseMatch[]]));
  }
}
