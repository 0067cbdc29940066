import { capitalised, type Token, type TokenizedText } from '../match/tokens.js';
import { ADDRESS_TITLE, OWN_BEFORE } from './name-words.js';
import type { Span } from './span.js';

/**
 * Someone outside the organisation that regel 2 and 3 are about, by shapes that hold whatever the
 * name: CONTRACT §2 flags "mentions of a client, member, partner, supplier or competitor", and
 * regel 2 makes "geen onderscheid tussen informatie over het product en de persoon of het bedrijf".
 * Rule hits the learned check may still overrule (a platform, a judge), unlike a company named by
 * its legal form.
 *
 * - `person`: someone named with a title of address ("mevrouw Jansen", "meneer van Dam", "Mr
 *   Patel"): in a union's post, a member or a client spoken of, not a colleague.
 * - `firm`: a company pointed at from a distance without its name ("dat pakketbedrijf", "which
 *   supermarket chain", "another company"): the reader still knows which one is meant.
 * - `brand`: a word of five letters or more with a capital inside ("PrintPro"; "KvK" is an
 *   abbreviation): the shape of a brand, not of a person or a word; the platforms one posts on are the medium, not a relation.
 */
const PARTICLE = new Set(['de', 'van', 'der', 'den', 'ter', 'ten']);
/** Determiners that point at something from a distance: "die", "that", "another"; not "het", "onze". */
const DISTANT = new Set(['die', 'dat', 'welk', 'welke', 'that', 'which', 'another', 'certain']);
/** Words that cannot be the modifier between the determiner and the company word: "dat het bedrijf" is a clause. */
const NOT_MODIFIER = new Set([
  'de',
  'het',
  'een',
  'the',
  'a',
  'an',
  'ons',
  'onze',
  'mijn',
  'jouw',
  'zijn',
  'haar',
  'hun',
  'our',
  'my',
  'your',
  'his',
  'her',
  'their',
  'we',
  'wij',
  'ze',
  'zij',
  'hij',
  'ik',
  'i',
  'they',
  'he',
  'she',
  'it',
]);
/** Company words, whole or as the end of a compound ("pakketbedrijf", "werkgeversorganisatie"). */
const FIRM = /(?:bedrijf|onderneming|organisatie|concern|cooperatie|fabriek|keten|supermarkt|company|firm|corporation|agency|chain)$/;
/** Words that end like a company word and are none. */
const NOT_FIRM = new Set(['reorganisatie', 'organisatie']);
/**
 * The medium, not a relation: platforms and office tools written with a capital inside (only those
 * can take the brand shape), from knowledge/synonyms.yaml's topic words and common office tools.
 */
const PLATFORM = new Set(['linkedin', 'tiktok', 'youtube', 'whatsapp', 'bluesky', 'powerpoint', 'sharepoint', 'onedrive', 'chatgpt', 'slideshare', 'github']);

/** A union or a club, whole or as the end of a compound ("onderwijsbond"): pointed at by its look, a competitor. */
const UNION = /(?:bond|union|club)$/;
/** "met de", "met het", "with the" (and "die met de"): what comes next describes the company's look. */
const WITH = new Set(['met', 'with']);
const THE = new Set(['de', 'het', 'the']);
/** Colours, also as the start of a compound ("oranje-witte", "red-and-white"): "het pakketbedrijf met de bruine busjes". */
const COLOUR =
  /^(?:rood|rode|blauw|groen|geel|gele|oranje|paars|wit|zwart|bruin|roze|grijs|grijze|red|blue|green|yellow|orange|purple|white|black|brown|pink|grey|gray)/;

/** A word that names a company ("bedrijf", "pakketbedrijf"), not an organisation in general. */
const isFirmWord = (folded: string): boolean => FIRM.test(folded) && !NOT_FIRM.has(folded);

export type RelationShape = 'person' | 'firm' | 'brand';

/** The relation shapes of a draft, each with its span. Linear in the number of words. */
export function relationShapes(doc: TokenizedText): Array<{ shape: RelationShape; span: Span }> {
  const { text, tokens } = doc;
  const out: Array<{ shape: RelationShape; span: Span }> = [];
  const inSentence = (k: number, s: number): Token | undefined => {
    const t = tokens[k];
    return t && t.sentence === s ? t : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = inSentence(i + 1, t.sentence);
    if (ADDRESS_TITLE.has(t.folded) && next) {
      const name = capitalised(text, next) ? next : PARTICLE.has(next.folded) ? inSentence(i + 2, t.sentence) : undefined;
      if (name && capitalised(text, name)) out.push({ shape: 'person', span: [t.start, name.end] });
    }
    if (DISTANT.has(t.folded) && next) {
      const head = FIRM.test(next.folded) ? next : NOT_MODIFIER.has(next.folded) ? undefined : inSentence(i + 2, t.sentence);
      // "that company", but not "dat organisatie…" as a clause, nor "organisatie" alone ("die organisatie" is as often one's own).
      if (head && isFirmWord(head.folded)) out.push({ shape: 'firm', span: [t.start, head.end] });
    }
    // "het pakketbedrijf met de bruine busjes", "the union with the red flags": a company pointed at by its look.
    const look = lookAfter(tokens, i, inSentence);
    if (look) out.push({ shape: 'firm', span: [t.start, look.end] });
    // Most words are lower case and shorter than five letters: only the others are read further.
    if (t.end - t.start < 5 || !capitalised(text, t)) continue;
    const tagged = t.start > 0 && /[#@]/.test(text.charAt(t.start - 1));
    if (!tagged && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(text.slice(t.start, t.end)) && !PLATFORM.has(t.folded)) out.push({ shape: 'brand', span: [t.start, t.end] });
  }
  return out;
}

/** The colour word when token `i` is another company or union described by its look ("bond met de rode vlaggen"). */
function lookAfter(tokens: readonly Token[], i: number, inSentence: (k: number, s: number) => Token | undefined): Token | undefined {
  const t = tokens[i] as Token;
  // "die met de": the relative pronoun between the company and its look. The words after are read
  // first: few words are followed by "met de" and a colour, and the company patterns cost more.
  const at = inSentence(i + 1, t.sentence)?.folded === 'die' ? i + 2 : i + 1;
  const link = inSentence(at, t.sentence);
  if (!link || !WITH.has(link.folded)) return undefined;
  const the = inSentence(at + 1, t.sentence);
  const colour = inSentence(at + 2, t.sentence);
  if (!the || !THE.has(the.folded) || !colour || !COLOUR.test(colour.folded)) return undefined;
  if (!(isFirmWord(t.folded) || UNION.test(t.folded))) return undefined;
  const before = inSentence(i - 1, t.sentence);
  return before && OWN_BEFORE.has(before.folded) ? undefined : colour;
}
