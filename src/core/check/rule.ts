import type { FindingCode, KnowledgeId } from '../ids.js';
import type { Severity } from '../reply-model.js';
import type { Lang } from '../lang.js';
import { overlaps, type Span } from './detect/span.js';
import type { Draft } from './draft.js';
import type { PhraseMatch, PhraseMatcher } from './match/phrase-matcher.js';
import type { TokenizedText } from './match/tokens.js';

/** A value a message template needs, in both languages or the same in both. */
export type HitValue = string | Readonly<Record<Lang, string>>;

/** What a detector reports: where, and the values its message needs. Never the draft itself. */
export interface Hit {
  span: Span;
  data?: Readonly<Record<string, HitValue>>;
  /** Only for codes with two possible rules (klant-concurrent: regel-2 / regel-3). */
  rule?: KnowledgeId;
  /**
   * Found by a validated detector (an IBAN with a good checksum) or a shape the contract names
   * outright (another company by name): the learned check never overrules it.
   */
  validated?: boolean;
  /**
   * Found from one of the organisation's own lists beside the learned check (a well-known company
   * named in a sentence about the work around it): the model neither sees it as a cue nor weighs
   * it, and training never sees it, so the list moves no learned weight. It always stands.
   */
  beside?: boolean;
  /**
   * A mention in the writer's private life (a firm that fixed one's car): the learned check sees and
   * weighs it as any hit, as in training, but it is left out of the findings.
   */
  aside?: boolean;
  /**
   * A name the organisation configured as its relation or competitor: weighed by the learned check as
   * any hit, but once the draft has a finding of another code it stands, even where the model would
   * overrule it (beside an insult or a leak the model learned to score a second code low).
   */
  withOthers?: boolean;
}

/** A fix for the improved version: replace a span, leave out a sentence, or put text before the draft. */
export type Edit = { kind: 'replace'; span: Span; text: string } | { kind: 'drop'; span: Span } | { kind: 'prefix'; text: string };

/** Everything a detector may look at, computed once per check. */
export interface CheckContext {
  draft: Draft;
  doc: TokenizedText;
  lang: Lang;
  /** Matches of one of this rule's lexicon lists (declared in `lists`). */
  find(list: string): PhraseMatch[];
  org: {
    name: string;
    /** Finds the organisation's name ("CNV", "CNV'er"). */
    names: PhraseMatcher;
    /** The organisation's relations by role, from organisation.yaml. */
    relations: PhraseMatcher;
    competitors: PhraseMatcher;
    /** Well-known companies outside the organisation (organisation.yaml `relations.companies`). */
    companies: PhraseMatcher;
    publicFigures: PhraseMatcher;
    /** Whether this piece of text is on the organisation's allowed list. */
    isAllowed(span: Span): boolean;
    /** Whether this e-mail address is at the organisation's own domain (that of an allowed address). */
    isOwnDomain(span: Span): boolean;
  };
}

export interface RuleText {
  message: string;
  fix: string;
}

export interface RuleMeta {
  /** CONTRACT §2 code; also the file name and the test file name. */
  code: FindingCode;
  /** The knowledge item the finding cites (CONTRACT §2 "rule"). */
  rule: KnowledgeId;
  severity: Severity;
  /** The lexicon lists (knowledge/lexicon/<code>.yaml) the detector uses; checked at start-up. */
  lists: readonly string[];
  /** Templates per language; `{name}` placeholders are filled from a hit's `data`. */
  text: Record<Lang, RuleText>;
  /**
   * Other words for hits of a kind of their own (`Hit.data.variant`): a password with its value is confidential for a
   * reason of its own and asks for a fix of its own (change it), where the rule's `text` speaks of plans and leaks.
   */
  variants?: Readonly<Record<string, Record<Lang, RuleText>>>;
  /** What the rule looks at, in a few words: a groen check lists them ("vertrouwelijke informatie"). */
  label: Record<Lang, string>;
  /** The don't it stands for, for "wat mag ik niet posten?" ("Vertrouwelijke of nog niet openbare informatie delen"). */
  dont: Record<Lang, string>;
}

export interface Rule extends RuleMeta {
  detect(ctx: CheckContext): Hit[];
  /** What a finding the learned check makes on its own says (its message's values); without it, only rule hits count. */
  learned?: Omit<Hit, 'span'>;
  /**
   * What the guideline itself accepts as settling the code for the whole draft ("Op persoonlijke
   * titel:" for regel 4): when it holds, `detect` is not asked and the learned check adds no finding of this code either.
   */
  settled?(ctx: CheckContext): boolean;
  /**
   * Where the learned check must not find the code on its own, as the rule itself would not:
   * an argument ("omdat …") makes an opinion not bare. Like the lexicon's `never`.
   */
  unlearned?(ctx: CheckContext): Span[];
  /** Mechanical fixes for the improved version, when there are any. */
  improve?(ctx: CheckContext, hits: readonly Hit[]): Edit[];
}

/** The words of a hit's finding: its variant's, when the rule has them, else the rule's own. */
export function textOf(rule: RuleMeta, hit: Hit, lang: Lang): RuleText {
  const variant = hit.data?.variant;
  return (typeof variant === 'string' ? rule.variants?.[variant]?.[lang] : undefined) ?? rule.text[lang];
}

/** Typed identity: keeps each rule file a single object literal. */
export const defineRule = (rule: Rule): Rule => rule;

/** Hits of the matches, one per match. */
export const hitsOf = (matches: readonly PhraseMatch[], data?: Hit['data']): Hit[] => matches.map((m) => (data ? { span: m.span, data } : { span: m.span }));

/** Matches of `a` that share a sentence with a match of `b`. */
export function inSameSentence(a: readonly PhraseMatch[], b: readonly PhraseMatch[]): PhraseMatch[] {
  const sentences = new Set(b.map((m) => m.sentence));
  return a.filter((m) => sentences.has(m.sentence));
}

/** Matches of `a` that share no sentence with a match of any of `others`: a rule's look-alikes without what would make them count. */
export function apartFrom(a: readonly PhraseMatch[], ...others: readonly (readonly PhraseMatch[])[]): PhraseMatch[] {
  return a.filter((m) => !others.some((o) => hasSentence(o, m.sentence)));
}

/** Whether any match lies in sentence `sentence`. */
export const hasSentence = (matches: readonly PhraseMatch[], sentence: number): boolean => matches.some((m) => m.sentence === sentence);

/** Whether sentence `s`, the one before or the one after holds one of `matches` (their sentences gathered once). */
export function sentencesNear(matches: readonly PhraseMatch[]): (s: number) => boolean {
  const at = new Set(matches.map((m) => m.sentence));
  return (s) => at.has(s - 1) || at.has(s) || at.has(s + 1);
}

/** The spans of the sentences `indices` of `doc`, each once: a rule's `unlearned` sentences. */
export const sentenceSpans = (doc: TokenizedText, indices: Iterable<number>): Span[] => [...new Set(indices)].map((s) => doc.sentences[s] as Span);

/** One rule's hits in a draft, with what its improve step needs. */
export interface RuleRun {
  rule: Rule;
  ctx: CheckContext;
  hits: Hit[];
  /** Hits beside the learned check (`Hit.beside`): findings as they are, never seen by the model. */
  beside: Hit[];
  /** The draft settles the code itself (`Rule.settled`): no hits, and the model adds none. */
  settled: boolean;
  /** Where the code's look-alikes (`never`) and the rule's `unlearned` spans are: the model does not find the code there on its own. */
  never: Span[];
}

/** Hits without overlaps: of two that overlap, the one that starts first (at the same start, the longer) stays. */
export function keepDistinct(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const kept: Hit[] = [];
  for (const hit of sorted) if (!kept.some((k) => overlaps(k.span, hit.span))) kept.push(hit);
  return kept;
}
