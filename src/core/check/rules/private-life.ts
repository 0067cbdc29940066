import type { Span } from '../detect/span.js';
import { PhraseMatcher, type PhraseMatch } from '../match/phrase-matcher.js';
import { sentencesOf, type TokenizedText } from '../match/tokens.js';
import { type CheckContext, sentencesNear } from '../rule.js';
import { WORK_CONTEXT } from './known-companies.js';

/**
 * Home and family: a draft with one of these is (also) about the writer's own life, where a firm is
 * the builder who did the kitchen, the garage that fixed the car or the venue of a birthday:
 * "Keuken is eindelijk af! Dikke pluim voor Klusbedrijf Hoekstra", "Car finally back from
 * Autobedrijf Smeets", "brood halen bij Bakkerij Kolk". Not what one orders ("300 shirts besteld bij
 * Drukkerij Vermeer" is a supplier of the organisation as often). Kept in the rule, not in a lexicon
 * list (a list is a cue of the learned check).
 */
const HOME_AND_FAMILY = new PhraseMatcher([
  'keuken',
  'badkamer',
  'dakkapel',
  'verbouwing',
  'ons huis',
  'mijn huis',
  'onze tuin',
  'mijn tuin',
  'mijn auto',
  'onze auto',
  'de auto',
  'caravan',
  'oma',
  'opa',
  'mijn vader',
  'mijn moeder',
  'mijn dochter',
  'mijn zoon',
  'onze oudste',
  'onze jongste',
  'buurman',
  'buurvrouw',
  'verjaardag',
  'bruiloft',
  'brood',
  'my kitchen',
  'our house',
  'my house',
  'my car',
  'car',
  'my dad',
  'my mum',
  'my mom',
  'grandma',
  'grandpa',
  'neighbour',
  'neighbor',
  'birthday',
  'wedding',
  'family dinner',
  'boodschappen',
  'gekocht',
  'kocht',
  'vakantie',
  'winkelen',
  'shoppen',
  'groceries',
  'bought',
  'shopping',
  'holiday',
  'vacation',
]);

/** Someone else's work at the firm, beside WORK_CONTEXT: "werkt al 22 jaar bij Bakkerij Verhoef, in de nachtploeg" is a member's employer. */
const WORKS_THERE = new PhraseMatcher(['werkt', 'nachtploeg', 'dagploeg', 'nachtdienst*', 'works', 'night shift']);

const workFound = new WeakMap<TokenizedText, PhraseMatch[]>();

/** The words of the work around a firm (WORK_CONTEXT, WORKS_THERE) in a draft, found once: this rule and ./public-business.ts read them. */
export function workWords(doc: TokenizedText): PhraseMatch[] {
  let found = workFound.get(doc);
  if (!found) {
    found = [...WORK_CONTEXT.find(doc), ...WORKS_THERE.find(doc)];
    workFound.set(doc, found);
  }
  return found;
}

/** A sentence that passes on public news with its source: "Volgens De Stentor …", "meldt RTV Drenthe", "According to Omroep Zeeland". */
const NEWS_SOURCE = new PhraseMatcher(['volgens de', 'volgens het', 'meldt', 'melden', 'according to', 'reports', 'reported', 'dagblad', 'omroep', 'rtv']);

/** Whether sentence `s` or one next to it is about home, family, shopping, a trip or play (HOME_AND_FAMILY, `leisure`). */
export function lifeNear(ctx: CheckContext, leisure: readonly PhraseMatch[]): (s: number) => boolean {
  let near: ((s: number) => boolean) | undefined;
  return (s) => {
    near ??= sentencesNear([...HOME_AND_FAMILY.find(ctx.doc), ...leisure]);
    return near(s);
  };
}

/**
 * Whether a firm at `span` is spoken of in private life or in passing public news rather than as a
 * relation of the organisation: a sentence around it is about home, family, shopping, a trip or play,
 * or the firm's sentence cites the news, and no sentence around the firm is about the work around it
 * (WORK_CONTEXT: its staff, pay, talks, jobs). Such a mention is left out of the findings
 * (`Hit.aside`) after the model has weighed it.
 */
export function privateMention(ctx: CheckContext, leisure: readonly PhraseMatch[]): (span: Span) => boolean {
  const life = lifeNear(ctx, leisure);
  let memo: { news: Set<number>; work: (s: number) => boolean } | undefined;
  return (span) => {
    memo ??= {
      news: new Set(NEWS_SOURCE.find(ctx.doc).map((m) => m.sentence)),
      work: sentencesNear(workWords(ctx.doc)),
    };
    const { news, work } = memo;
    const sentences = sentencesOf(ctx.doc, span);
    if (sentences.some(work)) return false;
    return sentences.some((s) => life(s) || news.has(s));
  };
}
