import { organisationNames } from '../detect/organisation-name.js';
import type { Span } from '../detect/span.js';
import type { Token, TokenizedText } from '../match/tokens.js';
import { sentencesOf } from '../match/tokens.js';
import { SOMEONES_HOME } from './own-contact.js';

/** SOMEONES_HOME for lower-cased text: with the `i` and `u` flags together V8 runs such patterns many times slower. */
const HOME = new RegExp(SOMEONES_HOME.source, 'u');

/**
 * Words for a place of business or an institution, alone or as the end of a compound ("basisschool",
 * "sportcentrum", "wereldwinkel", "huisartsenpraktijk"): a post that names one is about a business, and the
 * address or number it gives is how the public finds that business, nobody's personal data.
 */
const BUSINESS_END =
  /(?:winkel|winkeltje|school|praktijk|salon|kliniek|centrum|markt|kerk|café|cafe|bakkerij|slagerij|handel|bedrijf|museum|bibliotheek|bieb|opvang|restaurant|hotel|theater|bioscoop|apotheek|garage|werkplaats|studio|atelier|kwekerij|branderij|makerij|schoenmakerij|zaak|toko|snackbar|lunchroom|brasserie|bistro|pizzeria|cafetaria|sportschool|zwembad|sporthal|klimhal|foodhal|kantoor|gemeentehuis|stadhuis|stadskantoor|buurthuis|clubhuis|dorpshuis|wijkhuis|ziekenhuis|kazerne|consultatiebureau|vereniging|stichting|dierenarts|tandarts|huisarts|fysiotherapie|fysiotherapeut|opticien|optiek|notaris|makelaar|kapper|kapsalon|bezoekerscentrum|milieustraat|maker|drogist|drogisterij|club|podium|poppodium|service|reparatie|camping|vakantiepark|bungalowpark|gemeente|provincie|waterschap|bibliotheek|kinderopvang|hostel|shop|store|bakery|pharmacy|clinic|hospital|library|gym|church|mosque|market|bookshop|bookstore)$/;
/** The same only as the end of a longer compound: "voedselbank", "bloedafnamepost", "wijkteam", "kledingbank" (a "bank" alone is a sofa). */
const BUSINESS_COMPOUND_END = /.{3,}(?:bank|post|team|dienst|hal|zaal|bar|huis)$/;
/** Compounds of those that are someone's home or a thing, not a business. */
const NOT_BUSINESS = new Set([
  'woonhuis',
  'ouderhuis',
  'vakantiehuis',
  'zomerhuis',
  'tuinhuis',
  'poppenhuis',
  'boomhuis',
  'hondenhuis',
  'bankstel',
  'slaapbank',
  'hoekbank',
  'bedbank',
]);

const businessWord = (folded: string): boolean => !NOT_BUSINESS.has(folded) && (BUSINESS_END.test(folded) || BUSINESS_COMPOUND_END.test(folded));

type ContactType = 'address' | 'phone' | 'email';

/** What one draft holds for this file, computed once: whether it names a business, and its company names per sentence. */
interface Facts {
  business: boolean;
  names: Map<number, Span[]>;
}
const factsOf = new WeakMap<TokenizedText, Facts>();

function facts(doc: TokenizedText): Facts {
  let f = factsOf.get(doc);
  if (f) return f;
  const names = new Map<number, Span[]>();
  for (const n of organisationNames(doc)) {
    const list = names.get(n.sentence);
    if (list) list.push(n.span);
    else names.set(n.sentence, [n.span]);
  }
  // A post that names a business or an institution: a company's name by its shape, or a word for a business place.
  f = { business: names.size > 0 || doc.tokens.some((t) => businessWord(t.folded)), names };
  factsOf.set(doc, f);
  return f;
}

/** How far around a contact its sentence is read: a sentence of a long draft without full stops is no context. */
const BEFORE = 200;
const AFTER = 100;

/** The text around a contact within its sentences, the contact itself blanked out (a postcode's letters, "3771 MR", are no title). */
function around(doc: TokenizedText, span: Span, sentences: readonly number[]): string {
  const from = Math.max(doc.sentences[sentences[0] ?? 0]?.[0] ?? 0, span[0] - BEFORE);
  const to = Math.min(doc.sentences[sentences[sentences.length - 1] ?? 0]?.[1] ?? doc.text.length, span[1] + AFTER);
  return `${doc.text.slice(from, span[0])}${' '.repeat(span[1] - span[0])}${doc.text.slice(span[1], Math.max(span[1], to))}`;
}

/**
 * What in a contact's sentence, beside HOME's words, makes it a person's: a person pointed at (he, him, her, his), a
 * relative, neighbour, colleague or title, the owner of something lost, someone of the staff reached directly
 * ("their HR contact Petra Kuipers directly on 06-…").
 */
const PERSON_AT_CONTACT =
  /\b(?:hij|hem|he|him|his|her|she|(?:zijn|haar|hun) (?:\p{L}+ ){0,2}(?:nummer|adres|huis|woning|mail|e-mail|mailadres|mobiel|mobiele|telefoon\p{L}*|privé\p{L}*|gegevens)|laatst bekend|last known|(?:een |het |haar |zijn )?(?:oud|oude|vorig|vorige) (?:adres|nummer)|old (?:address|number)|previous address|bij (?:haar|hem)|privé|prive|private|privénummer|privémobiel|privéadres|moeder|vader|zus|zusje|broer|oma|opa|zoon|dochter|neef|nicht|schoonvader|schoonmoeder|schoonzus|schoonzoon|buren|buurman|buurvrouw|familie|partner|collega(?!['’]s)|colleague|neighbou?rs?|mother|father|sister|brother|son|daughter|nanny|oppas|mevrouw|meneer|juf|mr|mrs|ms|t\.a\.v\.|eigenaar|owner|hr|manager|leidinggevende|medewerker|employee|rechtstreeks|directly|persoonlijk|personally|mobiel|mobile|woon|woonde|live)\b/u;

/**
 * A person's name right before a contact ("Peter Smit, Wilgenstraat 23", "R. Kuipers, …", "bel Sander op 06-…",
 * "Kees: 06-…"), unless a word for a business place heads it ("Optiek Veenstra, Nieuwestad 74").
 */
const NAME_BEFORE =
  /(?:^|[\s(:;,])((?:\p{Lu}\.\s?)+(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}[\p{Ll}'-]+|\p{Lu}\p{Ll}+(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}[\p{Ll}'-]+)?)\s*(?:,|:|-|–|op|on|via|at)?\s*$/u;

/** A postcode just before a word: the word is its town ("6532 HH Nijmegen, 024-…"). */
const POSTCODE_END = /\d{4}\s?\p{Lu}{2}\s*$/u;

/** Words before a first name that call or send to someone: "bel Sander op …", "app naar Kees: …". */
const CALLS_SOMEONE = /^(?:bel|bellen|belt|app|appen|appt|mail|mailen|mailt|sms|sms'en|call|text|message|email|whatsapp|naar|aan|to|met|with|contact|via)$/u;

/** Words that stand before a contact as its label or a verb, capitalised at a sentence's start. */
const LABEL_WORDS = new Set(
  'bel bellen call app appen whatsapp text mail mailen email e-mail info informatie tel telefoon telefoonnummer nummer phone adres address vragen questions contact contactgegevens bestellen bestel bestellingen reserveren reservering reservations reserveer boeken book aanmelden aanmelding opgeven inschrijven locatie location waar where winkel praktijk kantoor open tickets afspraak afspraken spoed spoedlijn website bezoekadres postadres route'.split(
    ' ',
  ),
);

function personNamedBefore(doc: TokenizedText, span: Span, type: ContactType): boolean {
  const before = doc.text.slice(Math.max(0, span[0] - 60), span[0]);
  const m = NAME_BEFORE.exec(before);
  if (!m?.[1]) return false;
  const words = m[1].split(/\s+/);
  const nameStart = before.length - m[0].length + m[0].indexOf(m[1]) + Math.max(0, span[0] - 60);
  const wordBefore = /([\p{L}.]+)\s*$/u.exec(doc.text.slice(Math.max(0, nameStart - 30), nameStart))?.[1]?.toLowerCase();
  // "Optiek Veenstra", "Garage Bakker": a business word heads the name; "Jan Winkel", "Kees Kapper" are people.
  if (businessWord((words[0] as string).toLowerCase())) return false;
  // "Bel 0529-…", "Info: …", "Taartbestellingen: …", "… 6532 HH Nijmegen, 024-…": one capitalised word is a
  // first name only after a word that calls or sends to someone ("bel Sander op", "appen naar Kees:").
  // "Marloes, Kerkhoflaan 4; Tim, Westlaan 12": a name and a comma before an address, unless it is the town after a postcode.
  const listed = type === 'address' && m[0].trimEnd().endsWith(',') && !POSTCODE_END.test(doc.text.slice(Math.max(0, nameStart - 12), nameStart));
  if (words.length === 1 && (LABEL_WORDS.has((words[0] as string).toLowerCase()) || !(listed || CALLS_SOMEONE.test(wordBefore ?? '')))) return false;
  // After a business word ("bakkerij Van Dam, …") or a place's preposition ("in Den Haag, …") it is no person's name.
  if (wordBefore && (businessWord(wordBefore) || ['in', 'te', 'uit', 'at', 'from', 'of', 'the', 'de', 'het'].includes(wordBefore))) return false;
  const sentence = sentencesOf(doc, [nameStart, nameStart + 1])[0] ?? -1;
  return !(facts(doc).names.get(sentence) ?? []).some((n) => n[0] <= nameStart && n[1] >= nameStart);
}

/** He, him, his, she, her: a person the sentence before a contact is about. */
const PERSON_PRONOUN = /\b(?:hij|hem|he|him|his|she|her)\b/u;

/** The draft's tokens (in text order) within [from, to). */
function tokensIn(list: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Token).start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < list.length && (list[i] as Token).end <= to; i++) out.push(list[i] as Token);
  return out;
}

/**
 * Whether a contact standing in a sentence that names no business follows a sentence about a person ("Hij is al een
 * half jaar lid maar zijn contributie komt niet binnen. Laatst bekend: 06 …"). Sentences of one word ("Tel.") are
 * passed over.
 */
function pointsAtPersonBefore(doc: TokenizedText, span: Span, own: readonly number[]): boolean {
  const first = own[0];
  if (first === undefined) return false;
  const { names } = facts(doc);
  const from = Math.max(doc.sentences[first]?.[0] ?? 0, span[0] - BEFORE);
  if (own.some((s) => names.has(s)) || tokensIn(doc.tokens, from, span[0]).some((t) => businessWord(t.folded))) return false;
  for (let s = first - 1; s >= 0; s--) {
    const [start, end] = doc.sentences[s] ?? [0, 0];
    if (tokensIn(doc.tokens, start, end).length < 2) continue;
    return PERSON_PRONOUN.test(doc.text.slice(Math.max(start, end - BEFORE), end).toLowerCase());
  }
  return false;
}

/** An e-mail address whose name part is a person's name ("dennis.vermeulen82@", "b.koster1959@", "fred.kuyper@"). */
const PERSON_MAILBOX = /^(?:\p{L}{1,2}|\p{L}+)[._-]\p{L}{3,}(?:[._-]\p{L}+)*\d*$/u;

/**
 * Whether an address, phone number or e-mail address is given as a business's or an institution's: the post names
 * a business (a company's name by its shape, or a word for a business place), and nothing at the contact makes it a
 * person's (home words, a person pointed at, a relative, a person's name right before it, a mailbox named after a
 * person).
 */
export function isBusinessContact(doc: TokenizedText, span: Span, type: ContactType): boolean {
  if (!facts(doc).business) return false;
  const own = sentencesOf(doc, span);
  // Lower-cased, and read without the `i` flag (see HOME).
  const text = around(doc, span, own).toLowerCase();
  if (HOME.test(text) || PERSON_AT_CONTACT.test(text) || pointsAtPersonBefore(doc, span, own)) return false;
  if (movesPerson(doc, span, own) || homeAfter(doc, own) || atSomeones(doc, span, own)) return false;
  if (type === 'email' && PERSON_MAILBOX.test(doc.text.slice(span[0], span[1]).split('@')[0] ?? '')) return false;
  return !personNamedBefore(doc, span, type);
}

/** A person who moved or stays somewhere, before the contact in its sentence: "Priya moved to …", "Marga zit nu op …". */
const MOVES = /(?:^|[\s:;(])(\p{Lu}\p{Ll}+)\s+(?:is\s+|has\s+|just\s+)?(?:moved|verhuisd|verhuist|zit nu|woont nu|verblijft|logeert|is staying|stays)\b/gu;

function movesPerson(doc: TokenizedText, span: Span, own: readonly number[]): boolean {
  const from = Math.max(doc.sentences[own[0] ?? 0]?.[0] ?? 0, span[0] - BEFORE);
  const before = doc.text.slice(from, span[0]);
  for (const m of before.matchAll(MOVES)) {
    const at = from + (m.index ?? 0) + m[0].indexOf(m[1] as string);
    const lead = doc.text
      .slice(Math.max(from, at - 40), at)
      .split(/\s+/)
      .filter(Boolean)
      .slice(-3);
    const sentence = sentencesOf(doc, [at, at + 1])[0] ?? -1;
    const named = (facts(doc).names.get(sentence) ?? []).some((n) => n[0] <= at && n[1] >= at);
    if (!named && !businessWord((m[1] as string).toLowerCase()) && !lead.some((w) => businessWord(w.toLowerCase()))) return true;
  }
  return false;
}

/** Home words in the sentence after the contact's: "Ik heb een oud adres: … Weet iemand of ze daar nog woont?" */
function homeAfter(doc: TokenizedText, own: readonly number[]): boolean {
  const next = doc.sentences[(own[own.length - 1] ?? -2) + 1];
  return next !== undefined && HOME.test(doc.text.slice(next[0], Math.min(next[1], next[0] + BEFORE)).toLowerCase());
}

/**
 * At someone's place: "het tuinfeest bij Wendy?", "De leesclub komt bij Anouk:", "drinks at Wendy's"; not a name that
 * goes on ("bij Hondenpension 't Kwispelhuis") nor a town ("Wijk bij Duurstede").
 */
const AT_SOMEONE = /(?<!\p{Lu}\p{Ll}*\s)\bbij\s+(\p{Lu}\p{Ll}+)(?=\s*[,:;?!.)]|\s+(?:thuis|op|aan|in|om)\b|\s*$)|\bat\s+(\p{Lu}\p{Ll}+)['’]s\b/gu;

/** Whether the contact's sentence, or the one before it, places something at a person's home by their first name. */
function atSomeones(doc: TokenizedText, span: Span, own: readonly number[]): boolean {
  const first = own[0] ?? 0;
  const from = Math.max(doc.sentences[Math.max(0, first - 1)]?.[0] ?? 0, span[0] - BEFORE);
  for (const m of doc.text.slice(from, span[0]).matchAll(AT_SOMEONE)) {
    const name = (m[1] ?? m[2] ?? '').toLowerCase();
    if (name && !businessWord(name)) return true;
  }
  return false;
}
