import { NAME_PARTICLE, NOT_A_NAME, PLACE_BEFORE } from '../detect/name-words.js';
import { overlaps, type Span } from '../detect/span.js';
import { isStopword } from '../../answer/normalise.js';
import { PhraseMatcher } from '../match/phrase-matcher.js';
import type { Token } from '../match/tokens.js';
import type { CheckContext } from '../rule.js';

/**
 * A member's own matters: their membership, dues, objection, benefit or case, or a members'
 * gathering they were at. A person named beside one is a member spoken of ("Wie kan Gerda van der
 * Meulen bellen over haar bezwaarschrift?", "Fenna kreeg gisteren haar contributie terug"), which
 * regel 2 is about, with or without the data that makes it `persoonsgegevens` too. Such a word is never the name itself ("Team Bezwaar"). Kept in the rule,
 * not in a lexicon list (a list is a cue of the learned check), as MEMBER_ROLE is.
 */
const MEMBER_MATTER = new PhraseMatcher([
  'lid',
  'oud-lid',
  'lidmaatschap',
  'contributie',
  'bezwaar',
  'bezwaarschrift',
  'ww-aanvraag',
  'ww-beslissing',
  'wia-beslissing',
  'ontslagzaak',
  'ledenlijst',
  'ledenbestand',
  'refund',
]);

/**
 * Words that make the named person a colleague, an officer or no member rather than a member spoken of:
 * "Hennie van de ledenadministratie", "lid van de ondernemingsraad", "our colleague Dirk", "de nieuwe
 * manager van het bezwarenteam".
 */
const COLLEAGUE = new PhraseMatcher([
  'collega',
  "collega's",
  'ledenadministratie',
  'ledenservice',
  'afdeling',
  'servicedesk',
  'member desk',
  'membership desk',
  'colleague',
  'colleagues',
  'ondernemingsraad',
  'bestuur',
  'commissie',
  'raad',
  'vrijwilliger',
  'spreker',
  'bestuurder',
  'directeur',
  'adviseur',
  'consulent',
  'helpdesk',
  'speaker',
  'adviser',
  'volunteer',
  'geen lid',
  'not a member',
  'team',
  '*team',
  'manager',
]);

/**
 * "OR", the works council ("lid van de OR"), in capitals only: in lower case it is the English
 * conjunction ("a refund or not"), which says nothing about who is named.
 */
const isWorksCouncil = (text: string, t: Token): boolean => t.folded === 'or' && text.slice(t.start, t.end) === 'OR';

/** Words before a capitalised word that make it a place or a firm, not a person: "uit Apeldoorn", "bij Heijmans". */
const BEFORE_PLACE = new Set([...PLACE_BEFORE, 'bij', 'van', 'at', 'to', 'near', 'voor']);
/** A name's shape: "Gerda", "Meulen"; not "NS", "LinkedIn", "Facebookbericht" (a name is rarely longer than twelve letters). */
const NAME_SHAPE = /^\p{Lu}\p{Ll}{1,11}$/u;
/** Marks before a word that open a clause as a full stop does: a quote, a colon, a bracket; a hyphen joins it to a place ("Rotterdam-Zuid"). */
const OPENS_BEFORE = /['"‘’“”:(-]\s*$/;

/** The first word of a person's name at token `i`, and its last word ("Gerda van der Meulen"), if the word can start one. */
function personName(ctx: CheckContext, i: number): { first: number; last: number } | undefined {
  const { text, tokens } = ctx.doc;
  const t = tokens[i] as Token;
  if (!NAME_SHAPE.test(text.slice(t.start, t.end)) || NOT_A_NAME.has(t.folded) || isStopword(t.folded)) return undefined;
  const before = tokens[i - 1];
  if (before && text.slice(before.end, t.start).includes('-')) return undefined;
  const opens = !before || before.sentence !== t.sentence || OPENS_BEFORE.test(text.slice(before.end, t.start));
  if (!opens && BEFORE_PLACE.has(before.folded)) return undefined;
  let last = i;
  for (let k = i + 1; k <= i + 4; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== t.sentence) break;
    if (NAME_SHAPE.test(text.slice(w.start, w.end)) && !NOT_A_NAME.has(w.folded)) last = k;
    else if (!NAME_PARTICLE.has(w.folded)) break;
  }
  // A capitalised word opening a sentence is a name only with a second name word ("Gerda van Wijk", not "Gisteren").
  if (opens && last === i) return undefined;
  return { first: i, last };
}

/**
 * Members by name spoken of beside their matters (MEMBER_MATTER), in the same sentence or the
 * next, where nothing there makes them a colleague (COLLEAGUE). The organisation's own names
 * (`own`) are not persons.
 */
export function membersByMatter(ctx: CheckContext, own: readonly { span: Span }[]): Span[] {
  const matters = MEMBER_MATTER.find(ctx.doc);
  if (matters.length === 0) return [];
  // Sentence numbers in sets: a long draft has many words and many matches, and each word asks.
  const matterIn = new Set(matters.map((m) => m.sentence));
  const { text, tokens } = ctx.doc;
  const colleagueIn = new Set(COLLEAGUE.find(ctx.doc).map((m) => m.sentence));
  for (const t of tokens) if (isWorksCouncil(text, t)) colleagueIn.add(t.sentence);
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = (tokens[i] as Token).sentence;
    if (!(matterIn.has(s) || matterIn.has(s + 1)) || colleagueIn.has(s - 1) || colleagueIn.has(s) || colleagueIn.has(s + 1)) continue;
    const name = personName(ctx, i);
    if (!name) continue;
    // "Team Bezwaar": a member matter is never a name word.
    if (matters.some((m) => m.firstToken <= name.last && name.first <= m.lastToken)) continue;
    const span: Span = [(tokens[name.first] as Token).start, (tokens[name.last] as Token).end];
    if (!own.some((m) => overlaps(m.span, span))) out.push(span);
    i = name.last;
  }
  return out;
}
