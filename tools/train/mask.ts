import type { Span } from '../../src/core/check/detect/span.js';
import { PhraseMatcher } from '../../src/core/check/match/phrase-matcher.js';
import type { TokenizedText } from '../../src/core/check/match/tokens.js';
import type { Lexicon } from '../../src/core/knowledge/schema.js';

/**
 * Keyword masking, for training only (`mask` in ./settings.ts): a draft with its strongest
 * evidence taken out, so that a model that also learns from the copy must learn the rest of the
 * sentence, which is what an indirect wording of the same problem shares with it. A problem
 * draft loses its own codes' rule hits ("vertrouwelijk", the swear word, "zei in het overleg");
 * a clean draft (the mirror) loses every rule hit and every lexicon list match, so that what is
 * left of a risky-looking clean draft is learned as clean too.
 */
export class EvidenceMasker {
  private readonly lists: PhraseMatcher[];

  constructor(lexicons: readonly Lexicon[]) {
    this.lists = lexicons.flatMap((l) => Object.values(l.lists).map((terms) => new PhraseMatcher(terms)));
  }

  /** The text without the evidence (see above; `codes` empty: a clean draft), or undefined when there is none to take out or nothing left. */
  mask(doc: TokenizedText, hits: ReadonlyArray<{ code: string; span: Span }>, codes: readonly string[]): string | undefined {
    const clean = codes.length === 0;
    const spans: Span[] = [
      ...(clean ? this.lists.flatMap((l) => l.find(doc).map((m) => m.span)) : []),
      ...hits.filter((h) => clean || codes.includes(h.code)).map((h) => h.span),
    ].sort((a, b) => a[0] - b[0]);
    if (spans.length === 0) return undefined;
    let out = '';
    let at = 0;
    for (const [from, to] of spans) {
      if (to <= at) continue;
      out += `${doc.text.slice(at, Math.max(at, from))} `;
      at = to;
    }
    const masked = (out + doc.text.slice(at)).replace(/[ \t]+/g, ' ').trim();
    return /\p{L}{2}/u.test(masked) ? masked : undefined;
  }
}
