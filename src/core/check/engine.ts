import { SynonymMap } from '../answer/normalise.js';
import type { LearnedModels } from '../answer/answer.js';
import type { FindingCode, KnowledgeId } from '../ids.js';
import type { Lexicon, OrganisationSettings, Synonyms } from '../knowledge/schema.js';
import type { Lang } from '../lang.js';
import type { Severity, Verdict } from '../reply-model.js';
import { overlaps, type Span } from './detect/span.js';
import { MAX_DRAFT_CHARS, type Draft } from './draft.js';
import { improvedVersion } from './improve.js';
import { severityRank, verdictOf } from './verdict.js';

export { verdictOf } from './verdict.js';
import type { CueSources } from './learned/cues.js';
import { draftUnits, type DraftScores, LearnedCheck, learnedHits, trainingUnit, type Unit } from './learned/learned-check.js';
import { DraftNetCheck } from './learned/draft-net-check.js';
import { PhraseMatcher, type PhraseMatch } from './match/phrase-matcher.js';
import { PhraseMatcherSet } from './match/phrase-matcher-set.js';
import { tokenize, type TokenizedText } from './match/tokens.js';
import { AllowedList } from './allowed.js';
import { type CheckContext, type Edit, type Hit, type HitValue, keepDistinct, type Rule, type RuleRun, textOf } from './rule.js';
import { type CodeEvidence, evidenceOf, SecondStage, secondStageHits } from './learned/second-stage.js';
import { rules as allRules } from './rules/index.js';

/** One problem in a draft: CONTRACT §3's fields plus the fix and the quoted trigger. */
export interface Finding {
  code: FindingCode;
  rule: KnowledgeId;
  severity: Severity;
  message: string;
  fix: string;
  span: Span;
  /** The words that triggered the finding, as the author wrote them (at most 80 characters). */
  excerpt: string;
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  /** The draft with the fixes applied, when there were any; never containing what made it rood. */
  improved?: string;
  /** A rood draft whose problem is all of it: there is no safe version to offer. */
  noSafeVersion?: boolean;
  /** Whether the draft was longer than the check reads. */
  truncated: boolean;
  /** The codes that were checked (all but those the organisation switched off): a groen reply names them. */
  checked: FindingCode[];
}

/** At most this many findings of one code are reported; the rest say nothing new. */
const MAX_PER_CODE = 10;
const MAX_EXCERPT = 80;

export interface DraftCheckerOptions {
  lexicons: readonly Lexicon[];
  organisation: OrganisationSettings;
  orgName: string;
  rules?: readonly Rule[];
  /** The knowledge's synonyms, which the learned check's words go through (as in training). */
  synonyms?: Synonyms;
  /** The trained models; without them the rules decide alone. */
  models?: LearnedModels | undefined;
}

function fill(template: string, data: Hit['data'], lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value: HitValue | undefined = data?.[key];
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : value[lang];
  });
}

function excerptOf(text: string, span: Span): string {
  const raw = text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
  return raw.length > MAX_EXCERPT ? `${raw.slice(0, MAX_EXCERPT - 1)}…` : raw;
}

/**
 * Runs every rule over a draft and computes the verdict (CONTRACT §2). With a trained model,
 * each code's rule hits are weighed by the learned score of their sentence (a hit stands from
 * the code's `keep` threshold; validated detector hits always stand), and the learned score
 * alone adds a finding from `add`. Pure and reusable.
 */
export class DraftChecker {
  private readonly rules: readonly Rule[];
  private readonly matchers = new Map<string, PhraseMatcher>();
  private readonly never = new Map<FindingCode, PhraseMatcher>();
  private org!: Omit<CheckContext['org'], 'isAllowed' | 'isOwnDomain'> & { allowed: AllowedList };
  private learned: LearnedCheck | undefined;
  private secondStage: SecondStage | undefined;
  private net: DraftNetCheck | undefined;
  /** The lists, each code's `never` (as "code!never") and the organisation's names ("!org"), searched in one pass. */
  private all!: PhraseMatcherSet;
  private compiled = false;

  constructor(private readonly options: DraftCheckerOptions) {
    const disabled = new Set(options.organisation.disabled_checks);
    this.rules = (options.rules ?? allRules).filter((r) => !disabled.has(r.code));
  }

  /** Compiles the word lists (and loads the model) on first use, so start-up need not wait for them. */
  warmUp(): void {
    if (this.compiled) return;
    this.compiled = true;
    const options = this.options;
    for (const lexicon of options.lexicons) {
      for (const [name, terms] of Object.entries(lexicon.lists)) this.matchers.set(`${lexicon.code}/${name}`, new PhraseMatcher(terms));
      this.never.set(lexicon.code, new PhraseMatcher(lexicon.never));
    }
    const { relations, public_figures: publicFigures, allowed } = options.organisation;
    this.org = {
      name: options.orgName,
      names: new PhraseMatcher([options.orgName]),
      relations: new PhraseMatcher([...relations.clients, ...relations.members, ...relations.partners, ...relations.suppliers]),
      competitors: new PhraseMatcher(relations.competitors),
      companies: new PhraseMatcher(relations.companies),
      publicFigures: new PhraseMatcher(publicFigures),
      allowed: new AllowedList(allowed),
    };
    const never = [...this.never].map(([code, m]) => [`${code}!never`, m] as const);
    this.all = new PhraseMatcherSet(new Map([...this.matchers, ...never, ['!org', this.org.names]]));
    if (options.models && options.synonyms) {
      this.learned = new LearnedCheck(options.models.stored.check, options.models.weights, new SynonymMap(options.synonyms));
      const stage = options.models.stored.check.secondStage;
      this.secondStage = stage ? new SecondStage(stage) : undefined;
      const net = options.models.stored.check.net;
      this.net = net && options.models.net ? new DraftNetCheck(net, options.models.net()) : undefined;
    }
  }

  /**
   * Every lexicon list's matches in one draft, all lists found in one pass: the rules and the
   * learned check's cues share them.
   */
  private listsOf(doc: TokenizedText): { find(name: string): PhraseMatch[]; sources: CueSources } {
    const all = this.all.findAll(doc);
    const find = (name: string): PhraseMatch[] => all.get(name) ?? [];
    const lists = new Map([...this.matchers.keys()].map((name) => [name, { find: () => find(name) }]));
    return { find, sources: { lists, orgNames: { find: () => find('!org') } } };
  }

  /** The rules in use (an organisation may switch some off). */
  get activeRules(): readonly Rule[] {
    return this.rules;
  }

  check(draft: Draft, lang: Lang): CheckResult {
    this.warmUp();
    const truncated = draft.text.length > MAX_DRAFT_CHARS;
    const text = truncated ? draft.text.slice(0, MAX_DRAFT_CHARS) : draft.text;
    const doc = tokenize(text);
    const lists = this.listsOf(doc);
    const runs = this.runRules(doc, lang, lists.find);
    const ruleHits = runs.flatMap((r) => r.hits.map((h) => ({ code: r.rule.code, span: h.span })));
    const scores = this.learned?.score(doc, lists.sources, ruleHits);
    const stage = scores && this.secondStage ? { model: this.secondStage, evidence: evidenceOf(runs, scores) } : undefined;
    const findings: Finding[] = [];
    const edits: Edit[] = [];
    const emit = (run: RuleRun, hits: readonly Hit[]): void => {
      for (const hit of hits.slice(0, MAX_PER_CODE)) {
        const meta = textOf(run.rule, hit, lang);
        findings.push({
          code: run.rule.code,
          rule: hit.rule ?? run.rule.rule,
          severity: run.rule.severity,
          message: fill(meta.message, hit.data, lang),
          fix: fill(meta.fix, hit.data, lang),
          span: hit.span,
          excerpt: excerptOf(text, hit.span),
        });
      }
      if (run.rule.improve) edits.push(...run.rule.improve(run.ctx, hits));
    };
    // Each code's reported hits; codes without a finding of their own whose hits stand once another code has one (`Hit.withOthers`) wait.
    const chosen = new Map<RuleRun, Hit[]>();
    const waiting: Array<[RuleRun, Hit[]]> = [];
    for (const run of runs) {
      const weighed = (scores ? this.weigh(run, scores, stage) : run.hits).filter((h) => h.aside !== true);
      const hits = run.beside.length > 0 ? keepDistinct([...weighed, ...run.beside]) : weighed;
      if (hits.length > 0) chosen.set(run, hits);
      else if (run.hits.some((h) => h.withOthers === true)) waiting.push([run, run.hits.filter((h) => h.withOthers === true && h.aside !== true)]);
    }
    if (chosen.size > 0) for (const [run, hits] of waiting) if (hits.length > 0) chosen.set(run, hits);
    if (this.net && scores && this.net.reads(text.length)) this.net.adjust(chosen, runs, scores);
    for (const [run, hits] of chosen) emit(run, hits);
    findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.span[0] - b.span[0]);
    const rood = findings.filter((f) => f.severity === 'rood').map((f) => f.span);
    return { verdict: verdictOf(findings), findings, ...improvedVersion(doc, rood, edits), truncated, checked: this.rules.map((r) => r.code) };
  }

  /** Every rule's own hits, look-alikes (`never`) removed, overlapping hits merged. */
  private runRules(doc: TokenizedText, lang: Lang, find: (name: string) => PhraseMatch[]): RuleRun[] {
    const text = doc.text;
    // One per draft, shared by every rule.
    const org: CheckContext['org'] = {
      ...this.org,
      isAllowed: (span) => this.org.allowed.has(text.slice(span[0], span[1])),
      isOwnDomain: (span) => this.org.allowed.atOwnDomain(text.slice(span[0], span[1])),
    };
    return this.rules.map((rule) => {
      const ctx: CheckContext = { draft: { text } as Draft, doc, lang, find: (list) => find(`${rule.code}/${list}`), org };
      const neverSpans = find(`${rule.code}!never`).map((m) => m.span);
      const settled = rule.settled?.(ctx) === true;
      const found = settled ? [] : rule.detect(ctx).filter((h) => !neverSpans.some((n) => overlaps(n, h.span)));
      const hits = keepDistinct(found.filter((h) => h.beside !== true));
      const beside = found.filter((h) => h.beside === true);
      return { rule, ctx, hits, beside, settled, never: [...neverSpans, ...(rule.unlearned?.(ctx) ?? [])] };
    });
  }

  /** A code's findings with the model: rule hits its sentence's score supports, or the model's own. */
  private weigh(run: RuleRun, scores: DraftScores, stage?: { model: SecondStage; evidence: Record<string, CodeEvidence> }): Hit[] {
    const thresholds = this.learned?.thresholds(run.rule.code);
    if (!thresholds) return run.hits;
    if (stage) {
      const present = stage.model.score(run.rule.code, stage.evidence) >= thresholds.add;
      return secondStageHits(run, scores, present, thresholds.keep);
    }
    const kept = run.hits.filter((h) => h.validated || scores.at(run.rule.code, h.span) >= thresholds.keep);
    if (kept.length > 0 || run.settled) return kept;
    return learnedHits(run, scores, thresholds.add);
  }

  /**
   * For training: a draft as the learned check sees it: the rules' own hits, the units it
   * scores (sentences and the short whole) and the whole draft as one training example.
   */
  learningView(
    text: string,
    lang: Lang,
  ): {
    doc: TokenizedText;
    hits: Array<{ code: FindingCode; span: Span; validated: boolean }>;
    never: Partial<Record<FindingCode, Span[]>>;
    /** Codes the draft settles itself (`Rule.settled`): the model adds none of them. */
    settled: FindingCode[];
    units: Unit[];
    whole: Unit;
  } {
    this.warmUp();
    const doc = tokenize(text);
    const lists = this.listsOf(doc);
    const runs = this.runRules(doc, lang, lists.find);
    const hits = runs.flatMap((r) => r.hits.map((h) => ({ code: r.rule.code, span: h.span, validated: h.validated === true })));
    const never = Object.fromEntries(runs.map((r) => [r.rule.code, r.never]));
    const settled = runs.filter((r) => r.settled).map((r) => r.rule.code);
    return { doc, hits, never, settled, units: draftUnits(doc, lists.sources, hits), whole: trainingUnit(doc, lists.sources, hits) };
  }
}
