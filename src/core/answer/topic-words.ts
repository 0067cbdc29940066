import { LANGS, type Lang } from '../lang.js';
import { type SynonymMap, toTerms } from './normalise.js';

/**
 * Topic words (synonyms.yaml `topic` or `topic_weak`) as their terms per language, kept by each
 * one's first term: a question is on topic when all terms of one occur, and it looks up its own
 * terms instead of trying every topic word.
 */
export class TopicWords {
  private readonly byFirst: Record<Lang, Map<string, string[][]>>;

  constructor(words: readonly string[], synonyms: SynonymMap) {
    const index = (lang: Lang) => {
      const map = new Map<string, string[][]>();
      for (const terms of words.map((w) => toTerms(w, lang, synonyms)).filter((t) => t.length > 0))
        map.set(terms[0] as string, [...(map.get(terms[0] as string) ?? []), terms]);
      return map;
    };
    this.byFirst = { nl: index('nl'), en: index('en') };
  }

  /** Whether all terms of one topic word are among a question's terms, in either language. */
  mentioned(present: Readonly<Record<Lang, ReadonlySet<string>>>): boolean {
    return LANGS.some((lang) => {
      for (const term of present[lang]) if (this.byFirst[lang].get(term)?.some((words) => words.every((w) => present[lang].has(w)))) return true;
      return false;
    });
  }
}
