import type { Span } from '../detect/span.js';
import { lowerCased, sentencesOf, type TokenizedText } from '../match/tokens.js';
import { defineRule, type Hit, hitsOf, sentenceSpans } from '../rule.js';

/**
 * A word with letters hidden behind asterisks ("f***", "k*t", "w*nker", "a**hole"): people mask
 * swear words, whatever the word. Not a glob ("*gesprek"), a footnote ("gratis*") or bold text.
 */
const MASKED = /(?<![\p{L}*])\p{L}+(?:\*+\p{L}+)+(?![\p{L}*])|(?<![\p{L}*])\p{L}{1,3}\*{2,}(?![\p{L}*])/gu;

/** The masked swear words of a text. */
export function maskedWords(text: string): Hit[] {
  return [...text.matchAll(MASKED)].map((m) => ({ span: [m.index, m.index + m[0].length] as Span }));
}

/**
 * Name-calling aimed at oneself ("ik ben zo'n sukkel", "wat ben ik een kluns", "I'm such an idiot"): self-mockery insults
 * nobody. What counts: the insult follows "ik ben" / "ben ik" / "I'm" / "I am" with at most three filler words between ("echt zo'n", "such a"),
 * so "ik ben die sukkel zat" still counts.
 */
const SELF_BEFORE =
  /\b(?:ik\s+ben|ben\s+ik|i['’]m|i\s+am|wij\s+zijn|we\s+zijn|zijn\s+wij|zijn\s+we|we\s+are|we['’]re)\s+(?:(?:echt|echte|toch|gewoon|ook|soms|wel|weer|beetje|zo['’]?n|zo|een|stel|stelletje|bunch|such|a|an|bit|of|little|total|complete|real|proper|absolute|right|really|so)\s+){0,3}$/iu;
/** The same with the insult first: "Wat een idioot ben ik ook", "sukkel dat ik ben", "what an idiot I am". */
const SELF_AFTER = /^\s*(?:ben\s+ik|dat\s+ik\s+ben|was\s+ik|i\s+am|i\s+was|that\s+i\s+am)\b/iu;

/** An insult aimed at the writer, from the text just before or just after it. */
const atSelf = (text: string, span: Span): boolean =>
  SELF_BEFORE.test(text.slice(Math.max(0, span[0] - 40), span[0])) || SELF_AFTER.test(text.slice(span[1], span[1] + 20));

/**
 * An insult reported or discussed, not said: in quotes, in a sentence that tells someone was called it or shouted it at
 * someone, that talks about the word, or that names a book or film ("door een klant uitgescholden voor 'vuile luie
 * trut'", "a patient called one of our nurses a 'useless cow'", "schreeuwde iemand 'vuile hoer' tegen onze caissière",
 * "'Idioot' is geen argument", "woorden als 'dikke' of 'mongool' als scheldwoord", "'The Idiot' by Dostoevsky"). Every
 * quote of such a sentence counts. Not a quote the writer aims at someone, nor the writer's own "calling our director a
 * weasel" or "ik schreeuwde 'klootzak'".
 */
const QUOTED = `["'‘“]([^"'’”\\n]{1,40})["'’”]`;
const CALLED =
  'uitgescholden|uitscheld\\p{L}*|(?:scheld|schold)\\p{L}*\\s+(?:je|jou|mij|me|ons|hem|haar|hen)\\s+uit|uitgemaakt|(?:noemde|noemden|noemt|noemen)\\s+(?:mij|me|ons|een collega|onze?\\s+\\p{L}+)|\\bcalled\\s+(?:me|us|a colleague|one of our\\s+\\p{L}+|our\\s+\\p{L}+)|scheldwoorden? (?:als|zoals)|\\bslurs? (?:like|such as)|\\bwoorden (?:als|zoals)|\\bwords like|(?<!\\b(?:ik|we|wij|i) )\\b(?:schreeuwde|schreeuwden|riep|riepen|yelled|shouted|screamed)\\b';
const ABOUT_THE_WORD =
  'is geen argument|is not an argument|(?:een )?scheldwoord|\\ba slur\\b|\\ban insult\\b|is een belediging|is geen grap(?:je)?|is not a joke|(?:een )?kwetsend(?: woord)?|hurtful';
const TITLE_BEFORE = '\\b(?:boek|film|serie|roman|gelezen|gekeken|read|reading|watched|watching|finished|book|movie|novel|series)\\b';
const REPORTED_SOURCE = `(?:${CALLED}|${TITLE_BEFORE})[^.!?\\n]{0,60}?${QUOTED}|${QUOTED}[^.!?\\n]{0,30}?(?:${ABOUT_THE_WORD})`;
/** Run on the lower-cased text (the `i` and `u` flags together run some twenty times slower in V8); on the text itself only where lower-casing changes its length. */
const REPORTED = new RegExp(REPORTED_SOURCE, 'gu');
const REPORTED_ANY_CASE = new RegExp(REPORTED_SOURCE, 'giu');
/** A cheap first look: the words every reporting phrase holds one of, in lower case. */
const REPORTED_WORD =
  /scheld|schold|uitgemaakt|noem|called|slur|argument|insult|belediging|woorden|words|schreeuw|riep|yelled|shouted|screamed|grap|joke|kwetsend|hurtful|boek|film|serie|roman|gelezen|gekeken|read|watch|finished|book|movie|novel/u;
/** A title with its maker, in the maker's capitals: "'The Idiot' by Dostoevsky", "'Flodder' van Dick Maas". */
const TITLE_BY = new RegExp(`${QUOTED}\\s*(?:by|door|van)\\s+\\p{Lu}`, 'gu');
const ANY_QUOTED = new RegExp(QUOTED, 'gu');

/** Per draft, once: detect and unlearned both ask. */
const reportedSeen = new WeakMap<TokenizedText, Span[]>();

/** The quoted insults of a text that are reported, not said, as the spans inside their quotes. */
function reportedQuotes(doc: TokenizedText): Span[] {
  let out = reportedSeen.get(doc);
  if (!out) {
    out = findReportedQuotes(doc);
    reportedSeen.set(doc, out);
  }
  return out;
}

function findReportedQuotes(doc: TokenizedText): Span[] {
  const { text } = doc;
  if (!/["'‘“]/u.test(text)) return [];
  const { lower, sameLength } = lowerCased(doc);
  const matches = [...text.matchAll(TITLE_BY)];
  if (REPORTED_WORD.test(lower)) matches.push(...(sameLength ? lower.matchAll(REPORTED) : text.matchAll(REPORTED_ANY_CASE)));
  const sentences = new Set<number>();
  for (const m of matches) for (const s of sentencesOf(doc, [m.index, m.index + m[0].length])) sentences.add(s);
  const out: Span[] = [];
  for (const s of sentences) {
    const [a, b] = doc.sentences[s] as Span;
    for (const q of text.slice(a, b).matchAll(ANY_QUOTED)) {
      const at = a + q.index + 1;
      out.push([at, at + (q[1] ?? '').length]);
    }
  }
  return out;
}

const within = (span: Span, outer: readonly Span[]): boolean => outer.some(([a, b]) => span[0] >= a && span[1] <= b);

/** Insults, slander and obscenity, in Dutch and English. */
export const belediging = defineRule({
  code: 'belediging',
  rule: 'tip-omgangsvormen',
  severity: 'rood',
  lists: ['insult', 'obscene', 'slander'],
  label: { nl: 'beledigingen en laster', en: 'insults and slander' },
  dont: { nl: 'Beledigen, belasteren of grof worden', en: 'Insulting, slandering or being obscene' },
  learned: {},
  text: {
    nl: {
      message: 'Dit is beledigend, grof of lasterlijk.',
      fix: 'Laat scheldwoorden en beschuldigingen weg. Geef kritiek op de zaak, niet op de persoon, en onderbouw die.',
    },
    en: {
      message: 'This is insulting, obscene or slanderous.',
      fix: 'Leave out the name-calling and accusations. Criticise the matter, not the person, and back it up.',
    },
  },
  detect: (ctx) => {
    const reported = reportedQuotes(ctx.doc);
    return [
      ...hitsOf(ctx.find('insult').filter((m) => !atSelf(ctx.doc.text, m.span) && !within(m.span, reported))),
      ...hitsOf(ctx.find('obscene').filter((m) => !within(m.span, reported))),
      ...hitsOf(ctx.find('slander')),
      ...maskedWords(ctx.draft.text),
    ];
  },
  // Nor does the model find an insult on its own in the words of self-mockery, or in a sentence that reports one.
  unlearned: (ctx) => [
    ...ctx
      .find('insult')
      .filter((m) => atSelf(ctx.doc.text, m.span))
      .map((m) => m.span),
    ...reportingSentences(ctx.doc),
  ],
});

/** The sentences that report an insult (see reportedQuotes), and each one's next ("Dat accepteren we niet."). */
function reportingSentences(doc: TokenizedText): Span[] {
  const at = new Set<number>();
  for (const q of reportedQuotes(doc)) for (const s of sentencesOf(doc, q)) at.add(s).add(s + 1);
  return sentenceSpans(
    doc,
    [...at].filter((s) => s < doc.sentences.length),
  );
}
