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
    // The matchers to look at a token, the first `count` of them: kept for the next token, never emptied (no garbage per token).
    const candidates: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const folded = (tokens[i] as Token).folded;
      const exact = this.byFirstWord.get(folded);
      const mayWild = this.wildcards.length > 0 && (this.anyWildcardStart === undefined || this.anyWildcardStart.test(folded));
      if (!exact && !mayWild) continue;
      let count = 0;
      if (exact) for (const index of exact) candidates[count++] = index;
      if (mayWild) for (const w of this.wildcards) if (w.start === 'always' || w.start.test(folded)) candidates[count++] = w.index;
      // A matcher can be named twice (an exact and a wildcard first word): it looks once.
      if (exact && mayWild) sortStart(candidates, count);
      let previous = -1;
      for (let c = 0; c < count; c++) {
        const index = candidates[c] as number;
        if (index === previous) continue;
        previous = index;
        (this.matchers[index] as PhraseMatcher).matchHere(tokens, i, found[index] as PhraseMatch[]);
      }
    }
    return new Map(this.names.map((name, index) => [name, found[index] as PhraseMatch[]]));
  }
}

/** Sorts the first `count` numbers of `list` in place, ascending: a few matcher indices, by insertion. */
function sortStart(list: number[], count: number): void {
  for (let i = 1; i < count; i++) {
    const value = list[i] as number;
    let j = i - 1;
    for (; j >= 0 && (list[j] as number) > value; j--) list[j + 1] = list[j] as number;
    list[j + 1] = value;
  }
}
