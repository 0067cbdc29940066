import type { FeatureSpec } from '../../src/core/learn/features.js';

/**
 * Everything `npm run train` decides by setting rather than by data. Stored in the model file
 * and part of its input hash: change a value here and the freshness test asks for a new run.
 * The values were chosen by cross-validation on the corpus (see knowledge/README.md).
 */
export const SETTINGS = {
  version: 1,
  folds: 5,
  seed: 20251203,
  answer: {
    features: { dim: 2 ** 15, chars: [3, 5], weights: { words: 1, bigrams: 0.5, chars: 1, cues: 0 } } satisfies FeatureSpec,
    train: { epochs: 15, learningRate: 0.5, l2: 3e-4 },
    /** Highest share of guideline questions the gate may decline (on the corpus, cross-validated). */
    maxFalseDecline: 0.01,
    /** Fusion weights tried: the classifier's share, and the temperature of the search scores. */
    fusionGrid: { classifierWeight: [0.5, 0.6, 0.7, 0.8], searchTemperature: [1, 2, 3] },
    /**
     * A second classifier that ranks the items (with the search); the gate keeps the first. It also
     * learns each item's keywords (each one a short example of its item, counting `keywordWeight`),
     * as the search knows them, and is more strongly regularised (`l2`): on wordings it has not seen
     * it is less sure of a wrong item, so the search can outvote it.
     */
    ranker: { enabled: true as boolean, l2: 2e-3, keywordWeight: 0.25 },
    /**
     * Sharpness of the fused shares tried (the ranking does not change): the one under which the
     * right items' shares are likeliest out-of-fold is kept, so that the reply's "close second"
     * button means a close second whatever the ranker's regularisation.
     */
    sharpnessGrid: [1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 3],
  },
  check: {
    /**
     * 2^17 buckets since stop 38 (2^15 before): with the fold models' mean as the classifier (below), over the 24
     * dev sets mean F1 0.9147 -> 0.9219 and clean drafts flagged 50.0 -> 43.8 of 1 194 (four `train:stability` runs
     * each); more buckets alone raised the cross-validated F1 but flagged more clean dev drafts (knowledge/README.md).
     */
    features: { dim: 2 ** 17, chars: [3, 5], weights: { words: 1, bigrams: 0.5, chars: 0.5, cues: 1 } } satisfies FeatureSpec,
    train: { epochs: 15, learningRate: 0.3, l2: 3e-4, otherNegativeWeight: 0.5 },
    /**
     * The shipped classifier: one trained on the whole corpus ('full'), or the mean of the
     * cross-validation's fold models ('fold-mean'). The thresholds and the second stage are chosen on
     * those fold models' out-of-fold scores; a model trained on all drafts is surer than any of them, so
     * on fresh text it crosses the thresholds more often than they were chosen for. Their mean is a
     * linear model of the same size and speed, and training skips the sixth run.
     */
    classifier: 'fold-mean' as 'full' | 'fold-mean',
    /**
     * The corpus names a draft's main codes; a second code it does not name may still be fair
     * (the evaluation sets call those optional). Such a finding counts this much as a false one.
     */
    otherFalsePositiveWeight: 0.5,
    /** How much each sentence of a clean corpus draft counts as a clean example of its own (0: whole drafts only). */
    cleanSentenceWeight: 12,
    /**
     * How much a draft's carrying sentence counts as a positive of its own: a first model picks,
     * for each code of a multi-sentence draft, its best sentence (0: whole drafts only).
     */
    carrierWeight: 1,
    /**
     * At most this share of the clean corpus drafts may get any finding (cross-validated). The
     * corpus's clean drafts are written to look risky: 8.5 % of them is still about 2 in 50
     * everyday clean drafts on the dev sets (tests/fixtures/eval/r3, next), the limit.
     * Re-chosen (8 % before) once the second stage guarded precision: 8.5 % kept every dev set's
     * clean drafts flagged; 9 % flagged one more on r3 and on next. 9 % since the seventh corpus
     * round (its 596 drafts are hard: at 8.5 % they cost recall, dev mean f1 +0.003 instead of +0.010).
     * 7 % since the wider `keepGrid` below: the model now vetoes more rule hits on clean drafts, and
     * spending that budget on learned findings instead (at 9 %) flagged 27 of 499 clean dev drafts
     * instead of 21; at 7 %, 17, with dev mean F1 +0.005 (knowledge/README.md, stop 34).
     */
    maxCleanFlagged: 0.07,
    /**
     * Veto thresholds tried for a rule's hits: the model overrules a rule only when it is sure.
     * The contract's codes are broad ("mentions of a client", "speaks about the organisation");
     * the corpus often names only a draft's main code, so it would teach stronger vetoes than fair.
     * Up to 0.15 since stop 34 (was 0.05): six codes now take 0.1 or 0.15, and a plain mention of
     * the employer ("Eerste werkdag bij het CNV!") in an otherwise harmless sentence no longer stands
     * against a model that is sure the sentence is harmless.
     */
    keepGrid: [0, 0.02, 0.05, 0.1, 0.15],
    /**
     * Threshold choice (tools/train/thresholds.ts): each `add` is judged with this many grid
     * steps (0.02) on either side, and the choice is the median over this many bootstrap
     * resamples of the out-of-fold evidence. Both keep a few drafts more or less from moving a
     * threshold far (`npm run train:stability`).
     */
    smoothing: 2,
    bags: 15,
    /**
     * A second stage per code (src/core/check/learned/second-stage.ts): a small logistic model over
     * the first stage's out-of-fold evidence for all codes, whose output the `add` threshold applies to.
     * A rule hit still stands by its first-stage score (`keep`); the second stage decides what the
     * model adds (deciding rule hits too scored better on the corpus and worse on the dev sets).
     */
    secondStage: { enabled: true, l2: 10 },
    /**
     * Keyword masking (tools/train/mask.ts): how much a problem draft's copy without its codes'
     * rule hits counts as a positive (`positive`), and a clean draft's copy without any rule hit
     * or list match as a clean example (`clean`); 0 and 0: no copies. 0.25 and 1 since issue 15's
     * round on precision (quality13): dev mean F1 0.8710 -> 0.8770, verdict 0.8830 -> 0.8944,
     * cross-validated F1 0.775 -> 0.785, 16 clean dev drafts flagged (15; main's drop-2 % runs 18).
     */
    mask: { positive: 0.25, clean: 1 },
    /**
     * The draft network (src/core/learn/draft-net.ts, tools/train/draft-net.ts): one hidden layer over the
     * whole draft's features, trained on nine tenths of the corpus, its thresholds chosen on the tenth
     * left out. It has the last word (src/core/check/learned/draft-net-check.ts): a finding it gives less
     * than `drop` goes (not a validated one, not the codes the rules settle by name), and a code it gives
     * at least its threshold plus `add` is added in a draft that already has a finding. `add` and `drop`
     * were chosen on the dev sets r11-r39 and judged on r40-r55 (knowledge/README.md, stop 50). It reads the
     * drafts the first stage also reads whole (WHOLE_DRAFT_MAX_CHARS): the corpus has few longer ones.
     */
    net: {
      hidden: 64,
      epochs: 8,
      learningRate: 0.002,
      dropout: 0.3,
      l2: { input: 1e-5, output: 1e-4 },
      batch: 256,
      add: 0.1,
      drop: 0.05,
    },
  },
} as const;
