import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import type { Synonyms } from '../knowledge/schema.js';
import type { Lang } from '../lang.js';

/** Printable ASCII only; anything else (accents, and also tabs and line breaks) takes the slow path. */
const ASCII = /^[ -~]*$/;

/** The text without diacritics. */
function plain(text: string): string {
  // Most text is plain ASCII; Unicode normalisation is the slow part, so only the rest pays it.
  return ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower case, no diacritics, letters and digits only, single spaces: the words of `foldedWords`, one rule for both. */
export function foldText(text: string): string {
  return foldedWords(text).join(' ');
}

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** What `\w` matches: ASCII letters, digits and "_". */
const isWordChar = (c: number): boolean => isAsciiLetterOrDigit(c) || (c >= 65 && c <= 90) || c === 95;
/** ' ’ ` ´: the apostrophes of a possessive "s". */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 96 || c === 0xb4;
const S = 's'.charCodeAt(0);

/**
 * A text's folded words: lower case, no diacritics, runs of a-z and 0-9, a possessive "'s" joined to
 * its word ("jan's" → "jans"). Read in one pass, without folded copies of the whole text in between
 * (a long draft has hundreds of sentences).
 */
export function foldedWords(text: string): string[] {
  const lower = plain(text).toLowerCase();
  const words: string[] = [];
  // The word being read: `head` (its part before a dropped apostrophe) and the text from `from` on; -1 between words.
  let head = '';
  let from = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (isAsciiLetterOrDigit(c)) {
      if (from < 0) from = i;
    } else if (isApostrophe(c) && lower.charCodeAt(i + 1) === S && !isWordChar(lower.charCodeAt(i + 2))) {
      // A possessive "s" joins its word, as foldText's first replacement does ("jan's" → "jans").
      if (from >= 0) head += lower.slice(from, i);
      from = i + 1;
    } else if (from >= 0) {
      words.push(head + lower.slice(from, i));
      head = '';
      from = -1;
    }
  }
  if (from >= 0) words.push(head + lower.slice(from));
  return words;
}

// Function words that carry no topic. Question words that do ("waarom", "why") stay out of
// this list: they tell "why do we have guidelines" from "may I".
const STOPWORDS = new Set(
  (
    'de het een en of maar dan als dat die dit deze wat wie waar wanneer hoe welke welk is zijn ben bent ' +
    'was waren wordt worden word werd ik je jij u we wij ze zij hij mijn jouw uw ons onze hun haar me mij jou ' +
    'hem er hier daar in op aan van voor met bij naar uit om tot door onder tegen tussen na te ook nog al wel ' +
    'niet geen heel erg zo dus want omdat mag mogen kan kun kunt kunnen moet moeten wil wilt willen zal zullen ' +
    'zou zouden heb hebt heeft hebben had doe doen doet ga gaat gaan iets iemand alles veel meer toch even ' +
    'gewoon eigenlijk hoor nou ja nee graag mee zelf elk elke ieder iedere sommige mn m n jullie wel hallo hoi ' +
    'beste bedankt dank alsjeblieft aub svp vraag vraagje eens soms nu net weer zomaar echt ' +
    'over achter af alle allebei beetje beide binnen bijna daarom daarna deden deed der doch eerder ' +
    'enig enige ergens gehad geweest haar hen hetzelfde hierover hoewel iedereen inmiddels intussen ' +
    'jezelf juist kon konden laatst later liever lijkt maak maakt maken meest meestal men mezelf ' +
    'mijzelf misschien mocht mochten moest moesten nergens niemand niks nooit ongeveer ooit opnieuw ' +
    'overal paar precies rond sinds sindsdien steeds toen totdat vaak vanaf vanuit verder ' +
    'vervolgens via volgend volgende vooral voordat vrij wel welke weinig zei zeggen zegt zeg zodat ' +
    'zoals zonder zulk zulke zullen kort beetje vind vindt vinden weet weten denk denkt denken kom komt ' +
    'komen sta staat staan laat laten krijg krijgt krijgen houd houdt houden zie ziet zien ' +
    'dingen ding keer manier soort iemand anders andere ander tijdens terwijl ' +
    'the a an and or but if then that this these those what who whom where when how which is are am was were ' +
    'be been being i you he she we they my your his her our their me him us them it its in on at to of for ' +
    'with by from about into as not no do does did doing have has had having can could may might must shall ' +
    'should will would just so very also too any some all there here please hi hello thanks thank ok okay ' +
    'something someone anything really now ever get got let lets back say says said tell told think ' +
    'know knew make makes made come comes go goes going went see saw want wants need needs thing things ' +
    'way kind lot lots bit since still even much many more most other others another again always never ' +
    'like well yes yeah hey guys somebody anyone anybody everyone everybody during while'
  ).split(/\s+/),
);

/** Stems one folded word in the given language. Short words are kept as they are. */
export function stem(word: string, lang: Lang): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  return lang === 'nl' ? stemDutch(word) : stemEnglish(word);
}

/** Stems shorter than this are not shared with a synonym group: too many words end up there. */
const MIN_SHARED_STEM = 5;
/** Terms remembered per language before the memo starts over; bounds memory whatever people type. */
const MAX_REMEMBERED_TERMS = 20_000;

/**
 * Maps phrases to one canonical token, longest phrase first: "sociale media" and "socials"
 * both become "social_media". Built once from `knowledge/synonyms.yaml`.
 */
export class SynonymMap {
  private readonly phrases = new Map<string, string>();
  /** Stems of single-word variants, so that "publiceer" finds the group of "publiceren". */
  private readonly stems = new Map<string, string>();
  private readonly maxWords: number;
  /** Each word's term, per language: the stemmers are the slow part, and words repeat. */
  private readonly terms: Record<Lang, Map<string, string>> = { nl: new Map(), en: new Map() };

  constructor(synonyms: Synonyms) {
    let maxWords = 1;
    for (const group of synonyms.groups) {
      const canonical = foldText(group[0] ?? '').replace(/ /g, '_');
      for (const variant of group) {
        const folded = foldText(variant);
        if (!folded) continue;
        this.phrases.set(folded, canonical);
        if (!folded.includes(' ')) {
          for (const lang of ['nl', 'en'] as const) {
            const stemmed = stem(folded, lang);
            // Short stems collide across languages ("boos" and "boss" both give "bos").
            if (stemmed.length >= MIN_SHARED_STEM && !this.stems.has(stemmed)) this.stems.set(stemmed, canonical);
          }
        }
        maxWords = Math.max(maxWords, folded.split(' ').length);
      }
    }
    this.maxWords = maxWords;
  }

  /** Replaces every known phrase in a list of folded words by its canonical token. */
  apply(words: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      // The longest phrase starting here, growing it one word at a time.
      let matched = 0;
      let canonical: string | undefined;
      let phrase = '';
      for (let n = 1; n <= this.maxWords && i + n <= words.length; n++) {
        phrase = n === 1 ? (words[i] as string) : `${phrase} ${words[i + n - 1] as string}`;
        const found = this.phrases.get(phrase);
        if (found !== undefined) [matched, canonical] = [n, found];
      }
      out.push(canonical ?? (words[i] as string));
      i += matched || 1;
    }
    return out;
  }

  isCanonical(token: string): boolean {
    return token.includes('_') || this.phrases.get(token) === token;
  }

  /** The canonical token of a stemmed word, or the stem itself. */
  canonicalStem(stemmed: string): string {
    return this.stems.get(stemmed) ?? stemmed;
  }

  /** A folded word's term: a canonical token as it is, any other word stemmed and mapped to its group. */
  termOf(word: string, lang: Lang): string {
    if (this.isCanonical(word)) return word;
    const memo = this.terms[lang];
    let term = memo.get(word);
    if (term === undefined) {
      if (memo.size >= MAX_REMEMBERED_TERMS) memo.clear();
      term = this.canonicalStem(stem(word, lang));
      memo.set(word, term);
    }
    return term;
  }
}

/** Folded words, synonyms applied, stopwords removed, stemmed: the terms the index compares. */
export function toTerms(text: string, lang: Lang, synonyms: SynonymMap): string[] {
  const words = foldedWords(text);
  return synonyms
    .apply(words)
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => synonyms.termOf(w, lang));
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
