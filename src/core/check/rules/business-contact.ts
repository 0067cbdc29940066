import { organisationNames } from '../detect/organisation-name.js';
import type { Span } from '../detect/span.js';
import type { TokenizedText } from '../match/tokens.js';
import { sentencesOf } from '../match/tokens.js';
import { SOMEONES_HOME, sentenceText } from './own-contact.js';

/**
 * Words for a place of business or an institution, alone or as the end of a compound ("basisschool",
 * "sportcentrum", "wereldwinkel", "huisartsenpraktijk"): a post that names one is about a business, and the
 * address or number it gives is how the public finds that business, nobody's personal data.
 */
const BUSINESS_END =
  /(?:winkel|winkeltje|school|praktijk|salon|kliniek|centrum|markt|kerk|café|cafe|bakkerij|slagerij|handel|bedrijf|museum|bibliotheek|bieb|opvang|restaurant|hotel|theater|bioscoop|apotheek|garage|werkplaats|studio|atelier|kwekerij|branderij|makerij|schoenmakerij|zaak|toko|snackbar|lunchroom|brasserie|bistro|pizzeria|cafetaria|sportschool|zwembad|sporthal|klimhal|foodhal|kantoor|gemeentehuis|stadhuis|stadskantoor|buurthuis|clubhuis|dorpshuis|wijkhuis|ziekenhuis|kazerne|consultatiebureau|vereniging|stichting|dierenarts|tandarts|huisarts|fysiotherapie|fysiotherapeut|opticien|optiek|notaris|makelaar|kapper|kapsalon|bezoekerscentrum|milieustraat|shop|store|bakery|pharmacy|clinic|hospital|library|gym|church|mosque|market|restaurant|museum|bookshop|bookstore)$/;
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

/** Whether the post names a business or an institution: a company's name by its shape, or a word for a business place. */
function namesBusiness(doc: TokenizedText): boolean {
  return organisationNames(doc).length > 0 || doc.tokens.some((t) => businessWord(t.folded));
}

/**
 * What in a contact's sentence makes it a person's: home words, a person pointed at (he, him, her, his), a
 * relative, neighbour, colleague or title, the owner of something lost, someone of the staff reached directly
 * ("their HR contact Petra Kuipers directly on 06-…").
 */
const PERSON_AT_CONTACT =
  /\b(?:hij|hem|he|him|his|her|she|(?:zijn|haar|hun) (?:\p{L}+ ){0,2}(?:nummer|adres|huis|woning|mail|e-mail|mailadres|mobiel|mobiele|telefoon\p{L}*|privé\p{L}*|gegevens)|laatst bekend|last known|bij (?:haar|hem)|privé|prive|private|privénummer|privémobiel|privéadres|moeder|vader|zus|zusje|broer|oma|opa|zoon|dochter|neef|nicht|schoonvader|schoonmoeder|schoonzus|schoonzoon|buren|buurman|buurvrouw|familie|partner|collega|colleague|neighbou?rs?|mother|father|sister|brother|son|daughter|nanny|oppas|mevrouw|meneer|juf|mr|mrs|ms|t\.a\.v\.|eigenaar|owner|hr|manager|leidinggevende|medewerker|employee|rechtstreeks|directly|persoonlijk|personally|mobiel|mobile|woon|woont|wonen|woonde|lives|live|living)\b/iu;

/**
 * A person's name right before a contact ("Peter Smit, Wilgenstraat 23", "R. Kuipers, …", "bel Sander op 06-…",
 * "Kees: 06-…"), unless a word for a business place heads it ("Optiek Veenstra, Nieuwestad 74").
 */
const NAME_BEFORE =
  /(?:^|[\s(:;,])((?:\p{Lu}\.\s?)+(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}[\p{Ll}'-]+|\p{Lu}\p{Ll}+(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}[\p{Ll}'-]+)?)\s*(?:,|:|-|–|op|on|via|at)?\s*$/u;

/** Words before a first name that call or send to someone: "bel Sander op …", "app naar Kees: …". */
const CALLS_SOMEONE = /^(?:bel|bellen|belt|app|appen|appt|mail|mailen|mailt|sms|sms'en|call|text|message|email|whatsapp|naar|aan|to|met|with|contact|via)$/u;

/** Words that stand before a contact as its label or a verb, capitalised at a sentence's start. */
const LABEL_WORDS = new Set(
  'bel bellen call app appen whatsapp text mail mailen email e-mail info informatie tel telefoon telefoonnummer nummer phone adres address vragen questions contact contactgegevens bestellen bestel bestellingen reserveren reservering reservations reserveer boeken book aanmelden aanmelding opgeven inschrijven locatie location waar where winkel praktijk kantoor open tickets afspraak afspraken spoed spoedlijn website bezoekadres postadres route'.split(
    ' ',
  ),
);

function personNamedBefore(doc: TokenizedText, span: Span): boolean {
  const before = doc.text.slice(Math.max(0, span[0] - 60), span[0]);
  const m = NAME_BEFORE.exec(before);
  if (!m?.[1]) return false;
  const words = m[1].split(/\s+/);
  // A sentence's first word, a business word or a place ("in Den Haag") is no person's name.
  const nameStart = before.length - m[0].length + m[0].indexOf(m[1]) + Math.max(0, span[0] - 60);
  const wordBefore = /([\p{L}.]+)\s*$/u.exec(doc.text.slice(Math.max(0, nameStart - 30), nameStart))?.[1]?.toLowerCase();
  if (words.some((w) => businessWord(w.toLowerCase()))) return false;
  // "Bel 0529-…", "Info: …", "Taartbestellingen: …", "… 6532 HH Nijmegen, 024-…": one capitalised word is a
  // first name only after a word that calls or sends to someone ("bel Sander op", "appen naar Kees:").
  if (words.length === 1 && (LABEL_WORDS.has((words[0] as string).toLowerCase()) || !CALLS_SOMEONE.test(wordBefore ?? ''))) return false;
  if (wordBefore && (businessWord(wordBefore) || ['in', 'te', 'uit', 'at', 'from', 'of', 'the', 'de', 'het'].includes(wordBefore))) return false;
  const namesOf = organisationNames(doc);
  return !namesOf.some((n) => n.span[0] <= nameStart && n.span[1] >= nameStart);
}

/** He, him, his, she, her: a person the sentence before a contact is about. */
const PERSON_PRONOUN = /\b(?:hij|hem|he|him|his|she|her)\b/iu;

/**
 * Whether a contact standing in a sentence that names no business follows a sentence about a person ("Hij is al een
 * half jaar lid maar zijn contributie komt niet binnen. Laatst bekend: 06 …"). Sentences of one word ("Tel.") are
 * passed over.
 */
function pointsAtPersonBefore(doc: TokenizedText, span: Span): boolean {
  const own = sentencesOf(doc, span);
  const first = own[0];
  if (first === undefined) return false;
  const ownTokens = doc.tokens.filter((t) => own.includes(t.sentence) && t.end <= span[0]);
  if (ownTokens.some((t) => businessWord(t.folded)) || organisationNames(doc).some((n) => own.includes(n.sentence))) return false;
  for (let s = first - 1; s >= 0; s--) {
    if (doc.tokens.filter((t) => t.sentence === s).length < 2) continue;
    return PERSON_PRONOUN.test(sentenceText(doc, s));
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
export function isBusinessContact(doc: TokenizedText, span: Span, type: 'address' | 'phone' | 'email'): boolean {
  if (!namesBusiness(doc)) return false;
  // The contact itself blanked out: a postcode's letters ("3771 MR") are no title.
  const blanked = `${doc.text.slice(0, span[0])}${' '.repeat(span[1] - span[0])}${doc.text.slice(span[1])}`;
  const texts = sentencesOf(doc, span).map((s) => {
    const [from, to] = doc.sentences[s] ?? [0, 0];
    return blanked.slice(from, to);
  });
  if (texts.some((t) => SOMEONES_HOME.test(t) || PERSON_AT_CONTACT.test(t))) return false;
  if (pointsAtPersonBefore(doc, span)) return false;
  if (type === 'email' && PERSON_MAILBOX.test(doc.text.slice(span[0], span[1]).split('@')[0] ?? '')) return false;
  return !personNamedBefore(doc, span);
}
