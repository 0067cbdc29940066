import { writeFileSync } from 'node:fs';
import { SynonymMap } from '../../src/core/answer/normalise.js';
import { DraftChecker } from '../../src/core/check/engine.js';
import { DraftScores, unitVector } from '../../src/core/check/learned/learned-check.js';
import { FINDING_CODES, type FindingCode } from '../../src/core/ids.js';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.js';
import { detectLang } from '../../src/core/lang.js';
import { Featurizer, type SparseVector } from '../../src/core/learn/features.js';
import { textKey } from '../../src/core/learn/hash.js';
import { probabilities, type LinearModel } from '../../src/core/learn/linear-model.js';
import type { StoredCheckModel } from '../../src/core/learn/stored-model.js';
import { trainLinear, type Example } from '../../src/core/learn/train-linear.js';
import { textFolds } from './folds.js';
import { SETTINGS } from './settings.js';
import { type DraftEvidence, fires, NEVER, reportOf } from './check-report.js';
import { secondStageEvidence, trainSecondStage } from './second-stage.js';
import { chooseThresholds, type Thresholds } from './thresholds.js';
import { EvidenceMasker } from './mask.js';

export type { CheckReport } from './check-report.js';

export interface LabelledDraft {
  text: string;
  codes: string[];
  /** Codes a reviewer may or may not raise: the draft teaches nothing about them. */
  optional?: string[];
  indirect?: boolean;
  /**
   * An everyday post written to the evaluation sets' brief (training/drafts-everyday.jsonl), not a
   * look-alike written to test a rule: when clean, it does not count in the clean budget's share.
   */
  everyday?: boolean;
}

/**
 * Trains one logistic score per finding code on whole corpus drafts (their words and their
 * rule and lexicon cues), the sentences of clean drafts and each problem draft's carrying
 * sentences, then chooses each code's `keep` and `add` thresholds on out-of-fold
 * scores (./thresholds.ts): the best F1 with at most `maxCleanFlagged` of the clean drafts flagged.
 * With `secondStage`, a small model per code over those out-of-fold scores (./second-stage.ts)
 * comes between, and `add` is chosen on its own out-of-fold outputs.
 */
export function trainCheck(kb: KnowledgeBase, drafts: readonly LabelledDraft[], dumpTo?: string) {
  const s = SETTINGS.check;
  const labels = [...FINDING_CODES];
  const checker = new DraftChecker({ lexicons: kb.lexicons, organisation: kb.organisation, orgName: kb.orgName });
  const featurizer = new Featurizer(s.features, new SynonymMap(kb.synonyms));
  const views = drafts.map((d) => checker.learningView(d.text, detectLang(d.text)));
  const codeIndex = (c: string) => {
    const at = labels.indexOf(c as FindingCode);
    if (at < 0) throw new Error(`knowledge/training/: a draft's code "${c}" is not a finding code`);
    return at;
  };
  const ignored = drafts.map((d) => (d.optional ?? []).filter((c) => !d.codes.includes(c)).map(codeIndex));
  const examples: Example[] = drafts.map((d, i) => ({
    x: unitVector(featurizer, views[i]!.whole),
    labels: d.codes.map(codeIndex),
    ...(ignored[i]!.length > 0 ? { ignore: ignored[i] } : {}),
  }));
  // The model scores single sentences at run time but learns from whole drafts: every sentence of a
  // clean draft is a clean example too, so a harmless sentence in a long post is known as harmless.
  const sentences: Example[][] = drafts.map((d, i) =>
    d.codes.length > 0 || (s.cleanSentenceWeight as number) === 0
      ? []
      : views[i]!.units.filter((u) => u.sentence !== undefined && u.words >= 3 && views[i]!.units.length > 1).map((u) => ({
          x: unitVector(featurizer, u),
          labels: [],
          weight: s.cleanSentenceWeight,
        })),
  );
  const options = { kind: 'sigmoid' as const, labels, dim: s.features.dim, ...s.train, seed: SETTINGS.seed };
  // The sentence that carries a draft's code is not labelled: a first model picks it (its best
  // sentence for that code), and the second model learns it as a positive of its own.
  const unitVectors = views.map((v) => v.units.filter((u) => u.sentence !== undefined && u.words >= 3).map((u) => unitVector(featurizer, u)));
  const carriers = (keep: (i: number) => boolean): Example[] => {
    const weight = s.carrierWeight as number;
    if (weight === 0) return [];
    const first = trainLinear([...examples.filter((_, i) => keep(i)), ...sentences.filter((_, i) => keep(i)).flat()], options);
    const out: Example[] = [];
    drafts.forEach((d, i) => {
      const units = unitVectors[i] as SparseVector[];
      if (!keep(i) || d.codes.length === 0 || units.length < 2) return;
      const ps = units.map((x) => probabilities(first, x));
      for (const c of d.codes) {
        const at = labels.indexOf(c as FindingCode);
        let best = 0;
        ps.forEach((p, j) => {
          if ((p[at] as number) > ((ps[best] as Float64Array)[at] as number)) best = j;
        });
        out.push({ x: units[best] as SparseVector, labels: [at], weight });
      }
    });
    return out;
  };
  const masked = maskedCopies(kb, checker, drafts, views, featurizer, labels);
  const trainingSet = (keep: (i: number) => boolean) => [
    ...examples.filter((_, i) => keep(i)),
    ...masked.filter((_, i) => keep(i)).flat(),
    ...sentences.filter((_, i) => keep(i)).flat(),
    ...carriers(keep),
  ];
  const folds = textFolds(
    drafts.map((d) => d.text),
    SETTINGS.folds,
    SETTINGS.seed,
  );
  const evidence: DraftEvidence[] = new Array(drafts.length);
  const labelIndex = new Map(labels.map((l, i) => [l as string, i]));
  const foldModels: LinearModel[] = [];
  for (let k = 0; k < SETTINGS.folds; k++) {
    const model = trainLinear(
      trainingSet((i) => folds[i] !== k),
      options,
    );
    foldModels.push(model);
    drafts.forEach((d, i) => {
      if (folds[i] === k) evidence[i] = evidenceOf(d, views[i]!, model, featurizer, labelIndex);
    });
  }
  // With the second stage, its out-of-fold outputs (trained on the other folds' out-of-fold
  // first-stage evidence) are what the thresholds are chosen and the figures are measured on.
  const stage = s.secondStage.enabled ? stackSecondStage(evidence, folds, s.secondStage) : undefined;
  const rows = stage?.oof ?? evidence;
  const keys = drafts.map((d) => textKey(d.text, SETTINGS.seed));
  const o = { ...s, seed: SETTINGS.seed };
  const nested = [...Array(SETTINGS.folds).keys()].map((k) =>
    chooseThresholds(
      rows.filter((_, i) => folds[i] !== k),
      keys.filter((_, i) => folds[i] !== k),
      o,
    ),
  );
  const report = reportOf(rows, (i) => nested[folds[i] as number] as Thresholds);
  const thresholds = chooseThresholds(rows, keys, o);
  // Why the fold models' mean: `classifier` in ./settings.ts.
  const classifier: LinearModel =
    s.classifier === 'fold-mean'
      ? meanModel(foldModels)
      : trainLinear(
          trainingSet(() => true),
          options,
        );
  if (dumpTo) dump(dumpTo, drafts, rows, folds, nested);
  const model: Omit<StoredCheckModel, 'classifier'> = { features: s.features, thresholds, ...(stage ? { secondStage: stage.model } : {}) };
  return { model, classifier, report, examples };
}

/**
 * Keyword masking (`mask` in ./settings.ts, ./mask.ts): each draft once more without its
 * strongest evidence, a problem draft as a positive of its codes, a clean draft as a clean example.
 */
function maskedCopies(
  kb: KnowledgeBase,
  checker: DraftChecker,
  drafts: readonly LabelledDraft[],
  views: ReadonlyArray<ReturnType<DraftChecker['learningView']>>,
  featurizer: Featurizer,
  labels: readonly string[],
): Example[][] {
  const { positive, clean } = SETTINGS.check.mask as { positive: number; clean: number };
  if (positive === 0 && clean === 0) return drafts.map(() => []);
  const masker = new EvidenceMasker(kb.lexicons);
  return drafts.map((d, i) => {
    const view = views[i] as ReturnType<DraftChecker['learningView']>;
    const weight = d.codes.length > 0 ? positive : clean;
    const text = weight > 0 ? masker.mask(view.doc, view.hits, d.codes) : undefined;
    if (text === undefined) return [];
    const x = unitVector(featurizer, checker.learningView(text, detectLang(d.text)).whole);
    return [{ x, labels: d.codes.map((c) => labels.indexOf(c as FindingCode)), weight }];
  });
}

/** The second stage trained on all out-of-fold evidence, and its own out-of-fold outputs (each fold's from a stage trained on the others). */
function stackSecondStage(evidence: readonly DraftEvidence[], folds: readonly number[], { l2 }: { l2: number }) {
  const oof: DraftEvidence[] = new Array(evidence.length);
  for (let k = 0; k < SETTINGS.folds; k++) {
    const stage = trainSecondStage(
      evidence.filter((_, i) => folds[i] !== k),
      l2,
    );
    const at = evidence.map((_, i) => i).filter((i) => folds[i] === k);
    secondStageEvidence(
      at.map((i) => evidence[i] as DraftEvidence),
      stage,
    ).forEach((r, j) => {
      oof[at[j] as number] = r;
    });
  }
  return { model: trainSecondStage(evidence, l2), oof };
}

/** For studying the misses: every draft's out-of-fold evidence and what the nested thresholds made of it. */
function dump(
  file: string,
  drafts: readonly LabelledDraft[],
  evidence: readonly DraftEvidence[],
  folds: readonly number[],
  nested: readonly Thresholds[],
): void {
  const rows = drafts.map((d, i) => {
    const t = nested[folds[i] as number] as Thresholds;
    const e = evidence[i] as DraftEvidence;
    const got = FINDING_CODES.filter((c) => fires(e, c, t[c] ?? { keep: 0, add: NEVER }));
    const rules = FINDING_CODES.filter((c) => (e.hits[c] ?? []).length > 0);
    return { text: d.text, codes: d.codes, indirect: d.indirect, got, rules, best: e.best };
  });
  writeFileSync(file, JSON.stringify(rows));
}

function evidenceOf(
  draft: LabelledDraft,
  view: ReturnType<DraftChecker['learningView']>,
  model: LinearModel,
  featurizer: Featurizer,
  labelIndex: Map<string, number>,
): DraftEvidence {
  const units = view.units.map((unit) => ({ unit, p: probabilities(model, unitVector(featurizer, unit)) }));
  const scores = new DraftScores(labelIndex, units, view.doc, () => unitVector(featurizer, view.whole));
  const hits: DraftEvidence['hits'] = {};
  const best: DraftEvidence['best'] = {};
  for (const code of labelIndex.keys()) {
    hits[code] = view.hits.filter((h) => h.code === code).map((h) => ({ validated: h.validated, score: scores.at(code, h.span) }));
    best[code] = view.settled.includes(code as FindingCode) ? 0 : scores.best(code, view.never[code as FindingCode] ?? []);
  }
  return { codes: new Set(draft.codes), indirect: draft.indirect === true, hits, best, ...(draft.everyday ? { outsideBudget: true } : {}) };
}

/** One linear model whose weights and biases are the mean of `models`' (same labels and size). */
function meanModel(models: readonly LinearModel[]): LinearModel {
  const first = models[0] as LinearModel;
  const weights = new Float32Array(first.weights.length);
  const bias = new Float32Array(first.bias.length);
  for (const m of models) {
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) + (m.weights[i] as number) / models.length;
    for (let i = 0; i < bias.length; i++) bias[i] = (bias[i] as number) + (m.bias[i] as number) / models.length;
  }
  return { ...first, weights, bias };
}
