import { organisationNames } from '../detect/organisation-name.js';
import { overlaps, type Span } from '../detect/span.js';
import type { PhraseMatch } from '../match/phrase-matcher.js';
import { otherNames } from '../match/other-names.js';
import { sentencesOf, type TokenizedText } from '../match/tokens.js';
import { shapeCues } from './shape-cues.js';

/** Anything that finds terms in a draft: a PhraseMatcher, or its matches already found. */
export interface Finder {
  find(doc: TokenizedText): PhraseMatch[];
}

/** What the cues of a draft are found with: the lexicons' lists and the organisation's name. */
export interface CueSources {
  /** Every lexicon list by "code/list". */
  lists: ReadonlyMap<string, Finder>;
  /** The organisation's name. */
  orgNames: Finder;
}

/** The lexicon list of words for one's own organisation or employer. */
const EMPLOYER_LIST = 'persoonlijke-titel/employer';
/** The lexicon list of words that give a reason or a source. */
const ARGUMENT_LIST = 'onderbouwing/argument';
/** A draft of at most this many words without any reason word is a bare verdict ("Prullenbak.", "Overrated. Next."). */
const BARE_MAX_WORDS = 10;

const FIRST_SINGULAR = new Set(['ik', 'mijn', 'me', 'mij', 'i', 'my', 'mine', 'im', 'ive']);
const FIRST_PLURAL = new Set(['we', 'wij', 'ons', 'onze', 'our', 'us', 'ours']);
/** Negations: "niet gevraagd", "geen toestemming", "nobody knows" turn a harmless word into a problem, and back. */
const NEGATION = new Set([
  'niet',
  'geen',
  'nooit',
  'niemand',
  'niks',
  'niets',
  'zonder',
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'without',
  'dont',
  'didnt',
  'wont',
  'cant',
  'isnt',
]);
const QUOTE = /["“”„«»]|(?:^|\s)'[^']{3,}'/;
const LINK = /https?:\/\/|www\.|\blink\b/i;
const CAPS = /\b\p{Lu}{4,}\b/u;
const TAG = /[#@]\p{L}/u;

/**
 * Named facts about each sentence of a draft that a word model cannot see by itself: which
 * lexicon lists and which rules matched there, and a few shapes (a quote, "ik", "we", a link,
 * capitals). The learned check weighs them with the words. Linear in the draft's length.
 */
export function sentenceCues(doc: TokenizedText, sources: CueSources, ruleHits: ReadonlyArray<{ code: string; span: Span }>): Set<string>[] {
  const cues = doc.sentences.map(() => new Set<string>());
  const add = (sentence: number, cue: string) => cues[sentence]?.add(cue);
  let argued = false;
  for (const [name, matcher] of sources.lists) {
    const cue = `L:${name}`;
    for (const m of matcher.find(doc)) {
      if (name === ARGUMENT_LIST) argued = true;
      add(m.sentence, cue);
      // "onze organisatie", "mijn werkgever": the organisation, as its name would be.
      if (name === EMPLOYER_LIST) add(m.sentence, 'org');
    }
  }
  const own = sources.orgNames.find(doc);
  for (const m of own) add(m.sentence, 'org');
  const ours = (span: Span) => own.some((m) => overlaps(m.span, span));
  // Another organisation named by its shape ("Bakkerij Goudkorst", "Webbouwers BV").
  for (const n of organisationNames(doc)) if (!ours(n.span)) add(n.sentence, 'orgname');
  for (const span of otherNames(doc, own)) add(sentencesOf(doc, span)[0] as number, 'name');
  for (const hit of ruleHits) for (const s of sentencesOf(doc, hit.span)) add(s, `R:${hit.code}`);
  for (const { cue, at } of shapeCues(doc.text)) for (const s of sentencesOf(doc, [at, at + 1])) add(s, cue);
  for (const token of doc.tokens) {
    if (FIRST_SINGULAR.has(token.folded)) add(token.sentence, 'ik');
    else if (FIRST_PLURAL.has(token.folded)) add(token.sentence, 'wij');
    // A token holds letters and digits only: there is no apostrophe to drop ("don't" is "don" and "t").
    else if (NEGATION.has(token.folded)) add(token.sentence, 'neg');
  }
  doc.sentences.forEach(([from, to], s) => {
    const text = doc.text.slice(from, to);
    if (QUOTE.test(text)) add(s, 'quote');
    if (LINK.test(text)) add(s, 'link');
    if (CAPS.test(text)) add(s, 'caps');
    if (text.includes('!')) add(s, 'excl');
    if (text.includes('?')) add(s, 'question');
    if (TAG.test(text)) add(s, 'tag');
    // Short and without a reason: the draft is only a verdict, whatever its words.
    if (!argued && doc.tokens.length <= BARE_MAX_WORDS) add(s, 'bare');
  });
  return cues;
}

/**
 * The text of `span` with the organisation's name (`names`, its matches in the draft) read as
 * "organisatie": the corpus was written for any organisation ("onze bond", "my employer"), so
 * "Bij CNV vinden we" should read like "Bij onze organisatie vinden we", whatever ORG_NAME is.
 */
export function neutraliseOrgName(doc: TokenizedText, names: readonly { span: Span }[], span: Span): string {
  let out = '';
  let at = span[0];
  for (const m of names) {
    if (m.span[0] < span[0] || m.span[1] > span[1]) continue;
    out += `${doc.text.slice(at, m.span[0])}organisatie`;
    at = m.span[1];
  }
  return out + doc.text.slice(at, span[1]);
}
