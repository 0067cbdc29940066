import type { Span } from '../detect/span.js';
import type { TokenizedText } from '../match/tokens.js';
import { sentencesOf } from '../match/tokens.js';

/** Mailboxes of a role or a team, not of a person: "info@", "ledenservice@", "help@". */
const FUNCTIONAL_MAILBOX =
  /^(?:info|informatie|help|helpdesk|support|service|servicedesk|klantenservice|ledenservice|leden|members|membership|pers|press|media|kader|contact|secretariaat|secretariat|office|kantoor|admin|noreply|no-reply|team|hr|communicatie|communications|redactie|editor|webmaster|sales|verkoop|vacatures|jobs|careers|privacy|klachten|complaints|facturen|invoices|administratie|receptie|reception|events|evenementen|nieuws|news|hello|hallo)(?:[.\-_][a-z0-9]+)?$/i;

/** Company numbers (085, 088): the Netherlands gives these to organisations, not to people. */
const COMPANY_NUMBER = /^(?:\+31|0031|0)(?:85|88)\d{7}$/;

/** "Bel onze ledenservice op …", "our member helpline on …": the organisation's own number. */
const OWN_DESK =
  /\b(?:onze|ons|our)\s+(?:[\p{L}-]+\s+){0,2}(?:ledenservice|klantenservice|servicedesk|helpdesk|helpline|hulplijn|infolijn|informatielijn|ledenlijn|secretariaat|kantoor|office|receptie|balie|desk|service|afdeling|team|telefoonnummer|nummer|number|phone line)\b/iu;

/** "De ledenservice van De Bond is bereikbaar via …", "the helpdesk is open on …": a desk, and how to reach it. */
const DESK_REACHABLE =
  /\b(?:ledenservice|klantenservice|servicedesk|helpdesk|helpline|hulplijn|infolijn|informatielijn|ledenlijn|secretariaat|member services?(?: desk| team)?|customer service|service desk)(?: (?:van|of) [\p{L}' ]{1,30})? (?:is|zijn|are) (?:\p{L}+ ){0,2}(?:bereikbaar|te bereiken|reachable|available)\b/iu;

/** A role mailbox in the same sentence: "mail info@… of bel 030 …" gives the same desk's number. */
const WITH_ROLE_MAILBOX = /(?:^|[\s(:;,])(?:info|informatie|help|helpdesk|support|service|ledenservice|contact|secretariaat|kantoor|office)@/iu;

/** What in a phone number's sentence makes it the organisation's desk. */
const OWN_NUMBER = [OWN_DESK, DESK_REACHABLE, WITH_ROLE_MAILBOX];

/**
 * "Het bezoekadres van ons kantoor", "ons regiokantoor op een nieuw adres", "our office", "vind je ons aan …",
 * "find us at …": the organisation's own place ("us" is the organisation; a colleague's place is "her place").
 */
const OWN_PLACE =
  /\b(?:ons|onze|our)\s+(?:[\p{L}-]+\s+){0,2}(?:kantoor|kantoren|regiokantoor|hoofdkantoor|vestiging|vestigingen|bezoekadres|postadres|office|offices|headquarters|head office|branch)\b|\b(?:bezoekadres|postadres|visiting address)\b|\b(?:vind je ons|vindt u ons|je vindt ons|u vindt ons|bezoek ons|find us|visit us)\b/iu;

/**
 * A public place or event: "Ledenavond … in wijkcentrum De Kroon, Marktweg 14", "inloopspreekuur in de
 * bibliotheek, Diezerstraat 80", "join us for the strike meeting, Dorpsstraat 21". The address of a venue
 * announced for everyone is no one's personal data, like the organisation's own place.
 */
const PUBLIC_PLACE =
  /\b(?:bijeenkomst(?:en)?|congres|symposium|debat|debatavond|lezing|spreekuur|inloopspreekuur|inloop|informatieavond|ledenavond|ledenvergadering|ledendag|manifestatie|demonstratie|actiedag|stakingsbijeenkomst|bibliotheek|theater|schouwburg|buurthuis|wijkcentrum|gemeentehuis|stadhuis|jaarbeurs|evenement|festival|beurs|programma|aanmelden|meld je aan|inschrijven|toegang|kom je ook|zaal|locatie|event|evening|meeting|congress|conference|debate|lecture|drop-in|rally|demonstration|library|theatre|venue|town hall|community cent(?:re|er)|fair|programme|program|sign up|register|registration|admission|join us|come along|doors open|location)\b/iu;

/** Words for where someone lives: an address in such a sentence is a person's, whatever the sentence before says. */
export const SOMEONES_HOME =
  /\b(?:thuis|woont|wonen|woning|huis|flat|appartement|zijn adres|haar adres|home|house|lives|living|his place|her place|their place|his address|her address|bij mij|mijn adres|my place|my address|at mine)\b/iu;

/**
 * Between the organisation's name and its number: a desk word or two and "op", "via", "on" or a
 * colon or comma ("Bel CNV Info op …", "CNV: …", "de CNV-Infolijn: …", "call CNV on …"). Not after "van",
 * "bij", "of", "at" or "from": "Jan van CNV op 06…" is a person's number, unless what comes before
 * is a desk or line of the organisation ("de stakingslijn van CNV: …", "the helpline of CNV on …").
 */
const NAME_TO_NUMBER = /^[\s-]*(?:[\p{L}-]+\s*){0,2}(?:op|via|on|at|:|,|-|–)?\s*$/u;
const PERSON_OF = /\b(?:van|bij|of|at|from)\s*$/iu;
const DESK_OF = /(?:lijn|line|service|desk|balie|loket|nummer|number|secretariaat|kantoor|office|afdeling|department|team)\s+(?:van|bij|of|at|from)\s*$/iu;

/**
 * Whether the organisation itself is what the number calls: its name right before the number in
 * the sentence, not as someone's employer.
 */
export function isCalledByName(doc: TokenizedText, span: Span, names: ReadonlyArray<{ span: Span }>): boolean {
  return names.some(({ span: [start, end] }) => {
    if (end > span[0] || span[0] - end > 30) return false;
    const gap = doc.text.slice(end, span[0]);
    if (/[.!?\n]/.test(gap) || !NAME_TO_NUMBER.test(gap)) return false;
    const before = doc.text.slice(Math.max(0, start - 30), start);
    return !PERSON_OF.test(before) || DESK_OF.test(before);
  });
}

/**
 * The writer pointing at an address as their own: "Mail me gerust op …", "Mail gerust naar mij: …",
 * "mijn mailadres is …", "email me at …", "my work email: …". Not "mijn teamleider, …".
 */
const FILLER = String.raw`(?:[\s:,–-]+(?:gerust|even|maar|gewoon|een\s+mailtje|een\s+mail|een\s+bericht|op|via|naar|at|on|anytime|directly|is))*[\s:,–-]*$`;
const OWN_ADDRESS_BEFORE = new RegExp(
  [
    String.raw`\b(?:mail|e-?mail|stuur|bereik|contact)\p{L}*(?:\s+(?:gerust|even|maar|gewoon|naar|aan))*\s+(?:me|mij)\b`,
    String.raw`\bmijn\s+(?:e-?mail(?:adres)?|mailadres|werkmail)`,
    String.raw`\b(?:email|e-mail|mail|reach|contact|message|drop)\s+me(?:\s+a\s+(?:line|note|message))?`,
    String.raw`\bmy\s+(?:e-?mail(?:\s+address)?|work\s+email)`,
  ]
    .map((head) => `${head}${FILLER}`)
    .join('|'),
  'iu',
);

/**
 * The writer giving a number as their own work number: "Bel gerust via mijn werknummer …", "Reach me on my
 * work number …". A private number ("bel me op 06-…") is not named so, and stays personal data.
 */
const OWN_WORK_NUMBER_BEFORE = new RegExp(
  [
    String.raw`\bmijn\s+(?:werknummer|werktelefoon(?:nummer)?|zakelijke?\s+(?:nummer|telefoon(?:nummer)?|mobiel)|kantoornummer|doorkiesnummer)`,
    String.raw`\bmy\s+(?:(?:work|office|business)\s+(?:number|phone(?:\s+number)?|mobile|line)|direct\s+line)`,
  ]
    .map((head) => `${head}${FILLER}`)
    .join('|'),
  'iu',
);

/** Whether the words just before this phone number give it as the writer's own work number. */
export function isOwnWorkNumber(doc: TokenizedText, span: Span): boolean {
  return OWN_WORK_NUMBER_BEFORE.test(wordsBefore(doc, span));
}

/** Whether the sentence gives this address as the writer's own ("Mail me gerust op …"). */
export function isGivenAsOwn(doc: TokenizedText, span: Span): boolean {
  return OWN_ADDRESS_BEFORE.test(wordsBefore(doc, span));
}

/** The text just before a span (80 characters), where a writer says whose address or number it is. */
function wordsBefore(doc: TokenizedText, span: Span): string {
  return doc.text.slice(Math.max(0, span[0] - 80), span[0]);
}

/**
 * Whether a detected phone number or e-mail address is the organisation's own contact, not a
 * person's: a role mailbox, a company number, a number given as "our helpdesk's" or beside the
 * desk's role mailbox (service numbers are never a person's; the number detector leaves them out).
 */
export function isOwnContact(doc: TokenizedText, span: Span, type: 'phone' | 'email'): boolean {
  const value = doc.text.slice(span[0], span[1]);
  if (type === 'email') return FUNCTIONAL_MAILBOX.test(value.split('@')[0] ?? '');
  if (COMPANY_NUMBER.test(value.replace(/[\s\-.()]/g, ''))) return true;
  return sentencesOf(doc, span).some((s) => OWN_NUMBER.some((p) => p.test(sentenceText(doc, s, span))));
}

/**
 * Whether a detected address is no one's personal data: the organisation's own place ("our
 * office's", OWN_PLACE) or a public venue announced for an event (PUBLIC_PLACE). Both are read
 * off the same sentences, once.
 */
export function isPublicPlace(doc: TokenizedText, span: Span): boolean {
  return isPlaceNamed(doc, span, OWN_PLACE, PUBLIC_PLACE);
}

/** How far from a contact its sentence is read: in a long draft without full stops, each of thousands of numbers would read the whole draft. */
const NEAR = 200;

/** Sentence `s`, no further than NEAR characters from `span`. */
const sentenceText = (doc: TokenizedText, s: number, span: Span): string => {
  const sentence = doc.sentences[s];
  return sentence === undefined ? '' : doc.text.slice(Math.max(sentence[0], span[0] - NEAR), Math.min(sentence[1], span[1] + NEAR));
};

/**
 * Whether an address is given as a place one of `places` names. An address in a sentence about someone's home is theirs
 * ("Ons kantoor is dicht, Jan woont op …"). The place may be named in the sentence before ("Ons regiokantoor
 * verhuist! Vanaf 1 maart vind je ons aan …", "Ledenavond op 4 april. Locatie: Marktweg 14").
 */
function isPlaceNamed(doc: TokenizedText, span: Span, ...places: RegExp[]): boolean {
  const sentences = sentencesOf(doc, span);
  if (sentences.some((s) => SOMEONES_HOME.test(sentenceText(doc, s, span)))) return false;
  const first = sentences[0];
  const near = first !== undefined && first > 0 ? [first - 1, ...sentences] : sentences;
  return near.some((s) => {
    const text = sentenceText(doc, s, span);
    return places.some((place) => place.test(text));
  });
}
