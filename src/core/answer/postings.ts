import type { Lang } from '../lang.js';

/**
 * Per language, each term's documents with the term's contribution to their score: a search
 * looks each of its terms up once, not once per document.
 */
export class Postings {
  private readonly byLang: Record<Lang, Map<string, Array<{ doc: number; contribution: number }>>> = { nl: new Map(), en: new Map() };

  constructor(private readonly docCount: number) {}

  add(lang: Lang, term: string, doc: number, contribution: number): void {
    const list = this.byLang[lang].get(term);
    if (list) list.push({ doc, contribution });
    else this.byLang[lang].set(term, [{ doc, contribution }]);
  }

  /**
   * Every document's summed contributions of `terms` and how many of them it has. A document's
   * contributions are added in the order of `terms`, as when it was scored on its own.
   */
  score(lang: Lang, terms: readonly string[]): { score: Float64Array; matched: Uint16Array } {
    const score = new Float64Array(this.docCount);
    const matched = new Uint16Array(this.docCount);
    const postings = this.byLang[lang];
    for (const term of terms) {
      const list = postings.get(term);
      if (list === undefined) continue;
      for (const { doc, contribution } of list) {
        score[doc] = (score[doc] as number) + contribution;
        matched[doc] = (matched[doc] as number) + 1;
      }
    }
    return { score, matched };
  }
}
