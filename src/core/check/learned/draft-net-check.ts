import type { FindingCode } from '../../ids.js';
import { type DraftNet, netFromStored, netProbabilities } from '../../learn/draft-net.js';
import type { StoredDraftNet } from '../../learn/stored-model.js';
import type { Hit, RuleRun } from '../rule.js';
import { type DraftScores, learnedHits, WHOLE_DRAFT_MAX_CHARS } from './learned-check.js';

/**
 * Codes whose findings the network never drops: a competitor or relation the organisation named
 * (klant-concurrent) and personal data a detector recognised (persoonsgegevens) are found by name
 * and shape, which a network that reads words in general cannot overrule.
 */
const KEPT_CODES: ReadonlySet<FindingCode> = new Set(['klant-concurrent', 'persoonsgegevens']);

/**
 * The draft network's last word on a draft's findings (settings and figures: tools/train/settings.ts
 * `check.net`). It reads the whole post at once, so it sees what the per-sentence first stage
 * cannot: a second problem beside the first, a harmless sentence that only looked like one.
 */
export class DraftNetCheck {
  private readonly net: DraftNet;
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    readonly stored: StoredDraftNet,
    weights: Int8Array,
  ) {
    this.net = netFromStored(stored, weights);
    this.index = new Map(stored.labels.map((l, i) => [l, i]));
  }

  /**
   * Whether the network reads a draft of this length: those the first stage also reads whole. It
   * learned from posts (2 % of the corpus is longer) and, on long posts, dropped more right findings than wrong ones.
   */
  reads(length: number): boolean {
    return length <= WHOLE_DRAFT_MAX_CHARS;
  }

  /**
   * Changes `chosen` (each code's run and the hits it reports) in place: a finding the network gives
   * less than `drop` goes, unless validated or of KEPT_CODES; then a
   * code it gives at least its threshold plus `add` is added: its rule hits, or the first stage's best
   * sentence for it. A code the draft settles itself (a personal disclaimer) is never added. A draft
   * without findings is left as it is, and its whole vector never built.
   */
  adjust(chosen: Map<RuleRun, Hit[]>, runs: readonly RuleRun[], scores: DraftScores): void {
    if (chosen.size === 0) return;
    const p = netProbabilities(this.net, scores.wholeVector());
    const { drop, add, thresholds } = this.stored;
    for (const [run, hits] of chosen) {
      const code = run.rule.code;
      if (KEPT_CODES.has(code) || hits.some((h) => h.validated === true)) continue;
      if (this.probability(p, code) < drop) chosen.delete(run);
    }
    for (const run of runs) {
      const code = run.rule.code;
      const t = thresholds[code];
      if (chosen.has(run) || run.settled || t === undefined || this.probability(p, code) < t + add) continue;
      const hits = run.hits.filter((h) => h.aside !== true);
      const best = scores.best(code, run.never);
      const found = hits.length > 0 ? hits : best > 0 ? learnedHits(run, scores, best) : [];
      if (found.length > 0) chosen.set(run, found);
    }
  }

  private probability(p: Float64Array, code: string): number {
    const i = this.index.get(code);
    return i === undefined ? 1 : (p[i] as number);
  }
}
