import type { FindingCode, KnowledgeId } from '../ids.js';
import type { Lexicon, OrganisationSettings } from '../knowledge/schema.js';
import type { Severity, Verdict } from '../reply-model.js';
import type { Lang } from '../lang.js';
import type { Span } from './detect/span.js';
import { MAX_DRAFT_CHARS, type Draft } from './draft.js';
import { applyEdits } from './improve.js';
import { PhraseMatcher, type PhraseMatch } from './match/phrase-matcher.js';
import { fold, tokenize } from './match/tokens.js';
import type { CheckContext, Edit, Hit, HitValue, Rule } from './rule.js';
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
  /** The draft with the mechanical fixes applied, when there were any. */
  improved?: string;
  /** Whether the draft was longer than the check reads. */
  truncated: boolean;
}

/** At most this many findings of one code are reported; the rest say nothing new. */
const MAX_PER_CODE = 10;
const MAX_EXCERPT = 80;

export interface DraftCheckerOptions {
  lexicons: readonly Lexicon[];
  organisation: OrganisationSettings;
  orgName: string;
  rules?: readonly Rule[];
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

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

/** Runs every rule over a draft and computes the verdict (CONTRACT §2). Pure and reusable. */
export class DraftChecker {
  private readonly rules: readonly Rule[];
  private readonly matchers = new Map<string, PhraseMatcher>();
  private readonly never = new Map<FindingCode, PhraseMatcher>();
  private org!: Omit<CheckContext['org'], 'isAllowed'> & { allowed: Set<string> };
  private compiled = false;

  constructor(private readonly options: DraftCheckerOptions) {
    const disabled = new Set(options.organisation.disabled_checks);
    this.rules = (options.rules ?? allRules).filter((r) => !disabled.has(r.code));
  }

  /** Compiles the word lists on first use, so start-up need not wait for them. */
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
      publicFigures: new PhraseMatcher(publicFigures),
      allowed: new Set(allowed.map(normaliseAllowed)),
    };
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
    const findings: Finding[] = [];
    const edits: Edit[] = [];
    for (const rule of this.rules) {
      const cache = new Map<string, PhraseMatch[]>();
      const ctx: CheckContext = {
        draft: { text } as Draft,
        doc,
        lang,
        find: (list) => {
          let found = cache.get(list);
          if (!found) {
            found = this.matchers.get(`${rule.code}/${list}`)?.find(doc) ?? [];
            cache.set(list, found);
          }
          return found;
        },
        org: { ...this.org, isAllowed: (span) => this.org.allowed.has(normaliseAllowed(text.slice(span[0], span[1]))) },
      };
      const neverSpans = this.never.get(rule.code)?.find(doc).map((m) => m.span) ?? [];
      const hits = keepDistinct(rule.detect(ctx).filter((h) => !neverSpans.some((n) => overlaps(n, h.span))));
      if (hits.length === 0) continue;
      const meta = rule.text[lang];
      for (const hit of hits.slice(0, MAX_PER_CODE)) {
        findings.push({
          code: rule.code,
          rule: hit.rule ?? rule.rule,
          severity: rule.severity,
          message: fill(meta.message, hit.data, lang),
          fix: fill(meta.fix, hit.data, lang),
          span: hit.span,
          excerpt: excerptOf(text, hit.span),
        });
      }
      if (rule.improve) edits.push(...rule.improve(ctx, hits));
    }
    findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.span[0] - b.span[0]);
    const improved = edits.length > 0 ? applyEdits(text, edits) : undefined;
    return { verdict: verdictOf(findings), findings, ...(improved !== undefined && improved !== text ? { improved } : {}), truncated };
  }
}

function keepDistinct(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const kept: Hit[] = [];
  for (const hit of sorted) if (!kept.some((k) => overlaps(k.span, hit.span))) kept.push(hit);
  return kept;
}

const severityRank = (s: Severity): number => (s === 'rood' ? 2 : 1);

/** CONTRACT §2: rood when any finding is rood, else oranje when any is, else groen. */
export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Verdict {
  if (findings.some((f) => f.severity === 'rood')) return 'rood';
  return findings.length > 0 ? 'oranje' : 'groen';
}

/** Allowed entries compare without spaces, dashes or case: "030 - 751 10 07" is "0307511007". */
function normaliseAllowed(value: string): string {
  const folded = fold(value).replace(/[\s\-.()]/g, '');
  return folded.replace(/^\+31|^0031/, '0');
}
