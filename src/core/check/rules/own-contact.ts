import { organisationNames } from '../detect/organisation-name.js';
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
const SOMEONES_HOME =
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
  return sentencesOf(doc, span).some((s) => OWN_NUMBER.some((p) => p.test(sentenceText(doc, s))));
}

/**
 * Whether a detected address is no one's personal data: the organisation's own place ("our
 * office's", OWN_PLACE) or a public venue announced for an event (PUBLIC_PLACE). Both are read
 * off the same sentences, once.
 */
export function isPublicPlace(doc: TokenizedText, span: Span): boolean {
  return isPlaceNamed(doc, span, OWN_PLACE, PUBLIC_PLACE);
}

const sentenceText = (doc: TokenizedText, s: number): string => {
  const sentence = doc.sentences[s];
  return sentence === undefined ? '' : doc.text.slice(sentence[0], sentence[1]);
};

/**
 * Whether an address is given as a place one of `places` names. An address in a sentence about someone's home is theirs
 * ("Ons kantoor is dicht, Jan woont op …"). The place may be named in the sentence before ("Ons regiokantoor
 * verhuist! Vanaf 1 maart vind je ons aan …", "Ledenavond op 4 april. Locatie: Marktweg 14").
 */
function isPlaceNamed(doc: TokenizedText, span: Span, ...places: RegExp[]): boolean {
  const sentences = sentencesOf(doc, span);
  if (sentences.some((s) => SOMEONES_HOME.test(sentenceText(doc, s)))) return false;
  const first = sentences[0];
  const near = first !== undefined && first > 0 ? [first - 1, ...sentences] : sentences;
  return near.some((s) => {
    const text = sentenceText(doc, s);
    return places.some((place) => place.test(text));
  });
}

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
