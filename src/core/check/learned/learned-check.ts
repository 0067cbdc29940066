import type { SynonymMap } from '../../answer/normalise.js';
import { Featurizer, type SparseVector } from '../../learn/features.js';
import { probabilities, type LinearModel } from '../../learn/linear-model.js';
import { dequantise, type StoredCheckModel } from '../../learn/stored-model.js';
import type { Span } from '../detect/span.js';
import type { Hit, RuleRun } from '../rule.js';
import type { TokenizedText } from '../match/tokens.js';
import { sentencesOf } from '../match/tokens.js';
import { neutraliseOrgName, sentenceCues, type CueSources } from './cues.js';

/**
 * The whole draft is scored as one unit too when it is this short: a problem may lie between
 * two sentences ("Mijn baas zei vanochtend iets. Zie hieronder."). Longer drafts are read per sentence.
 */
export const WHOLE_DRAFT_MAX_CHARS = 600;

// Module constants: a regular expression literal in a function is a new object each time it is read.
const LETTER = /\p{L}/u;
const SPACE = /\s/;

/** Units with fewer words than this are too short for the model to find a problem in on its own. */
export const MIN_LEARNED_WORDS = 3;

/** A piece of a draft the model scores: one sentence, or the whole (short) draft. */
export interface Unit {
  text: string;
  span: Span;
  /** How many words it has. */
  words: number;
  /** The sentence's index, or undefined for the whole draft. */
  sentence: number | undefined;
  cues: string[];
}

/** Cues and every pair of them: "a meeting word and a report verb in one sentence" is a fact of its own. */
export function withPairs(cues: Iterable<string>): string[] {
  const sorted = distinctSorted(cues);
  const out = [...sorted];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.push(`${sorted[i]}&${sorted[j]}`);
  return out;
}

/**
 * The distinct strings, in the order `sort()` gives them (by UTF-16 code units), put in place one
 * by one: a sentence has a handful of cues, and a Set and a sort per sentence were garbage of their own.
 */
function distinctSorted(strings: Iterable<string>): string[] {
  const sorted: string[] = [];
  for (const s of strings) {
    let at = sorted.length;
    while (at > 0 && (sorted[at - 1] as string) > s) at--;
    if (at > 0 && sorted[at - 1] === s) continue;
    sorted.push(s);
    for (let i = sorted.length - 1; i > at; i--) sorted[i] = sorted[i - 1] as string;
    sorted[at] = s;
  }
  return sorted;
}

/** The units of a draft with their cues: every sentence with letters, and the whole draft when short. */
export function draftUnits(doc: TokenizedText, sources: CueSources, ruleHits: ReadonlyArray<{ code: string; span: Span }>): Unit[] {
  const cues = sentenceCues(doc, sources, ruleHits);
  const units: Unit[] = [];
  const names = sources.orgNames.find(doc);
  const namesBySentence = new Map<number, typeof names>();
  for (const m of names) {
    const list = namesBySentence.get(m.sentence);
    if (list) list.push(m);
    else namesBySentence.set(m.sentence, [m]);
  }
  const words = new Array<number>(doc.sentences.length).fill(0);
  for (const token of doc.tokens) words[token.sentence] = (words[token.sentence] ?? 0) + 1;
  doc.sentences.forEach((span, sentence) => {
    if (LETTER.test(doc.text.slice(span[0], span[1])))
      units.push({
        text: neutraliseOrgName(doc, namesBySentence.get(sentence) ?? [], span),
        span,
        words: words[sentence] ?? 0,
        sentence,
        cues: withPairs(cues[sentence] ?? []),
      });
  });
  if (units.length !== 1 && doc.text.length <= WHOLE_DRAFT_MAX_CHARS) {
    units.push({
      text: neutraliseOrgName(doc, names, [0, doc.text.length]),
      span: [0, doc.text.length],
      words: doc.tokens.length,
      sentence: undefined,
      cues: withPairs(cues.flatMap((c) => [...c])),
    });
  }
  return units;
}

/** A unit's feature vector: its words and its cues. */
export const unitVector = (featurizer: Featurizer, unit: Unit): SparseVector => featurizer.vector(unit.text, undefined, unit.cues);

/** The learned scores of one draft: per sentence and for the whole, each code's probability. */
export class DraftScores {
  private readonly bySentence = new Map<number, { unit: Unit; p: Float64Array }>();
  private readonly wholeDraft: { unit: Unit; p: Float64Array } | undefined;

  constructor(
    private readonly labels: ReadonlyMap<string, number>,
    private readonly units: ReadonlyArray<{ unit: Unit; p: Float64Array }>,
    private readonly doc: TokenizedText,
    /** The whole draft's vector as training sees it (the draft network reads it): the one scored, or built on first ask. */
    readonly wholeVector: () => SparseVector,
  ) {
    for (const u of units) if (u.unit.sentence !== undefined) this.bySentence.set(u.unit.sentence, u);
    this.wholeDraft = units.find((u) => u.unit.sentence === undefined);
  }

  /** The score of `code` for a span: its best sentence, or the whole draft when that is higher. */
  at(code: string, span: Span): number {
    const i = this.labels.get(code);
    if (i === undefined) return 1;
    let best = this.wholeDraft ? (this.wholeDraft.p[i] as number) : 0;
    const touched: Span = span[1] > span[0] ? span : [span[0], span[0] + 1];
    for (const s of sentencesOf(this.doc, touched)) best = Math.max(best, (this.bySentence.get(s)?.p[i] as number | undefined) ?? 0);
    return best;
  }

  /**
   * The units the model may find `code` in on its own: those with enough words to judge (a
   * two-word fragment is not a post) and without a look-alike of the code (`exclude`: the
   * lexicon's `never` matches, "haar partner" for klant-concurrent).
   */
  private eligible(exclude: readonly Span[]) {
    const excluded = this.sentencesIn(exclude);
    return this.units.filter((u) => isEligible(u.unit, excluded));
  }

  /** The sentences that `spans` touch. */
  private sentencesIn(spans: readonly Span[]): ReadonlySet<number> {
    if (spans.length === 0) return NO_SENTENCES;
    const out = new Set<number>();
    for (const x of spans) for (const s of sentencesOf(this.doc, x)) out.add(s);
    return out;
  }

  /** The highest score of `code` over the eligible units (asked for every code of every draft: no list of them is made). */
  best(code: string, exclude: readonly Span[] = []): number {
    const i = this.labels.get(code);
    if (i === undefined) return 0;
    const excluded = this.sentencesIn(exclude);
    let best = 0;
    for (const u of this.units) if (isEligible(u.unit, excluded)) best = Math.max(best, u.p[i] as number);
    return best;
  }

  /**
   * The spans where the model alone finds `code` (score at least `threshold`): each such
   * sentence, trimmed; or, when only the whole draft scores that high, its most likely sentence.
   */
  spans(code: string, threshold: number, exclude: readonly Span[] = []): Span[] {
    const i = this.labels.get(code);
    if (i === undefined) return [];
    const eligible = this.eligible(exclude);
    const sentences = eligible.filter((u) => u.unit.sentence !== undefined);
    const hits = sentences.filter((u) => (u.p[i] as number) >= threshold).map((u) => trim(this.doc.text, u.unit.span));
    const whole = eligible.find((u) => u.unit.sentence === undefined);
    if (hits.length > 0 || !whole || (whole.p[i] as number) < threshold) return hits;
    const best = this.units
      .filter((u) => u.unit.sentence !== undefined)
      .reduce<(typeof sentences)[number] | undefined>((b, u) => (!b || (u.p[i] as number) > (b.p[i] as number) ? u : b), undefined);
    return [trim(this.doc.text, best ? best.unit.span : [0, this.doc.text.length])];
  }
}

const NO_SENTENCES: ReadonlySet<number> = new Set();

/** Whether the model may judge a unit on its own: enough words, and no sentence of it `excluded` (any, for the whole draft). */
const isEligible = (unit: Unit, excluded: ReadonlySet<number>): boolean =>
  unit.words >= MIN_LEARNED_WORDS && (unit.sentence === undefined ? excluded.size === 0 : !excluded.has(unit.sentence));

/** A span without the white space around it. */
function trim(text: string, span: Span): Span {
  let [from, to] = span;
  while (from < to && SPACE.test(text.charAt(from))) from++;
  while (to > from && SPACE.test(text.charAt(to - 1))) to--;
  return [from, to];
}

/** The learned half of the draft check: a score per code for each sentence, weighed with the rules' own hits. */
export class LearnedCheck {
  private readonly featurizer: Featurizer;
  private readonly classifier: LinearModel;
  private readonly labels: Map<string, number>;

  constructor(
    readonly stored: StoredCheckModel,
    weights: Int8Array,
    synonyms: SynonymMap,
  ) {
    this.featurizer = new Featurizer(stored.features, synonyms);
    this.classifier = dequantise(stored.classifier, weights);
    this.labels = new Map(this.classifier.labels.map((l, i) => [l, i]));
  }

  thresholds(code: string): { keep: number; add: number } | undefined {
    return this.labels.has(code) ? this.stored.thresholds[code] : undefined;
  }

  score(doc: TokenizedText, sources: CueSources, ruleHits: ReadonlyArray<{ code: string; span: Span }>): DraftScores {
    let whole: SparseVector | undefined;
    const units = draftUnits(doc, sources, ruleHits).map((unit) => {
      const x = unitVector(this.featurizer, unit);
      if (unit.sentence === undefined) whole = x;
      return { unit, p: probabilities(this.classifier, x) };
    });
    // A short draft of several sentences was scored whole too; the others build that vector only if asked.
    return new DraftScores(this.labels, units, doc, () => (whole ??= unitVector(this.featurizer, trainingUnit(doc, sources, ruleHits))));
  }
}

/** The one unit a training example is: the whole draft with all its cues. */
export function trainingUnit(doc: TokenizedText, sources: CueSources, ruleHits: ReadonlyArray<{ code: string; span: Span }>): Unit {
  const cues = sentenceCues(doc, sources, ruleHits);
  return {
    text: neutraliseOrgName(doc, sources.orgNames.find(doc), [0, doc.text.length]),
    span: [0, doc.text.length],
    words: doc.tokens.length,
    sentence: undefined,
    cues: withPairs(cues.flatMap((c) => [...c])),
  };
}

/** The model's own findings of a run's code: its units scoring at least `from`, outside the code's look-alikes; none for a rule without learned text. */
export function learnedHits(run: RuleRun, scores: DraftScores, from: number): Hit[] {
  const data = run.rule.learned;
  if (!data) return [];
  return scores.spans(run.rule.code, from, run.never).map((span) => ({ ...data, span }));
}
