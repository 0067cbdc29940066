import { contactsIn } from '../detect/contacts.js';
import type { Span } from '../detect/span.js';
import { isStopword } from '../../answer/normalise.js';
import type { Token, TokenizedText } from '../match/tokens.js';
import { isBusinessContact } from './business-contact.js';
import { isCalledByName, isGivenAsOwn, isOwnContact, isOwnWorkNumber, isPublicPlace } from './own-contact.js';
import { defineRule, sentenceSpans, type CheckContext, type Edit, type Hit, type HitValue } from '../rule.js';

const KIND = {
  phone: { nl: 'een telefoonnummer', en: 'a phone number' },
  email: { nl: 'een e-mailadres', en: 'an e-mail address' },
  bsn: { nl: 'een burgerservicenummer (BSN)', en: 'a citizen service number (BSN)' },
  iban: { nl: 'een bankrekeningnummer (IBAN)', en: 'a bank account number (IBAN)' },
  address: { nl: 'een adres', en: 'an address' },
  health: { nl: 'gezondheidsinformatie over iemand', en: 'health information about someone' },
} as const satisfies Record<string, HitValue>;

type Kind = keyof typeof KIND;

const MASK: Partial<Record<Kind, string>> = {
  phone: '[telefoonnummer]',
  email: '[e-mailadres]',
  bsn: '[BSN]',
  iban: '[IBAN]',
  address: '[adres]',
};
const MASK_EN: Partial<Record<Kind, string>> = {
  phone: '[phone number]',
  email: '[e-mail address]',
  bsn: '[BSN]',
  iban: '[IBAN]',
  address: '[address]',
};

/** Numbers and addresses come from validated detectors (checksums, real postcodes); health words do not. */
const hit = (span: Span, kind: Kind): Hit => ({ span, data: { kind: KIND[kind], type: kind }, ...(kind === 'health' ? {} : { validated: true }) });

/** Words that open a sentence with a capital without being a name. */
const SENTENCE_OPENERS = new Set(
  'gisteren vandaag morgen helaas gelukkig sinds toen nu ook dus maar want en of daarom verder inmiddels yesterday today tomorrow sadly luckily unfortunately now also since then'.split(
    ' ',
  ),
);
/** Verbs that follow a name in "Sanne is ziek", "Tom has cancer". */
const AFTER_NAME = new Set('is was heeft had ligt lag zit zat moet kan gaat ging has had lies sits went will'.split(' '));

/** A name's shape: "Sanne", "Mark" (a module constant: a regular expression literal is a new object each time it is read). */
const NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/** Per draft, once: the health rule and its `unlearned` spans both ask. */
const naming = new WeakMap<TokenizedText, Set<number>>();

/**
 * The sentences that name someone: a capitalised word inside one ("collega Mark"), or one that
 * opens it and is followed by a verb ("Sanne is ziek"). One pass over the words.
 */
function namingSentences(ctx: CheckContext): Set<number> {
  const known = naming.get(ctx.doc);
  if (known) return known;
  const out = new Set<number>();
  const { tokens, text } = ctx.doc;
  const isName = (i: number) => {
    const t = tokens[i];
    if (t === undefined) return false;
    // Most words start with an ASCII character other than a capital: only the others are cut out of the text and read further.
    const first = text.charCodeAt(t.start);
    return (first >= 128 || (first >= 65 && first <= 90)) && NAME_SHAPE.test(text.slice(t.start, t.end));
  };
  tokens.forEach((t, i) => {
    if (out.has(t.sentence) || !isName(i)) return;
    const opens = i === 0 || (tokens[i - 1] as Token).sentence !== t.sentence;
    const next = tokens[i + 1];
    if (!opens || (!SENTENCE_OPENERS.has(t.folded) && !isStopword(t.folded) && next?.sentence === t.sentence && AFTER_NAME.has(next.folded)))
      out.add(t.sentence);
  });
  naming.set(ctx.doc, out);
  return out;
}

/** Whether sentence `s` or the one before names someone or holds one of `words` ("collega", "zijn", "her"). */
function someoneNear(ctx: CheckContext, words: ReadonlySet<number>, s: number): boolean {
  const named = namingSentences(ctx);
  return words.has(s) || words.has(s - 1) || named.has(s) || named.has(s - 1);
}

/** Health words about another person in the same sentence: a name, "collega", "zijn", "her". */
function healthHits(ctx: CheckContext): Hit[] {
  const health = ctx.find('health');
  if (health.length === 0) return [];
  const person = new Set(ctx.find('person').map((p) => p.sentence));
  const publicFigure = new Set(ctx.org.publicFigures.find(ctx.doc).map((f) => f.sentence));
  // "Met toestemming van mijn collega Femke deel ik haar verhaal": shared with consent.
  const consent = ctx.find('consent');
  if (consent.length > 0) return [];
  // "Beterschap, Mike! Hope the chemo goes well": the person may be named one sentence earlier.
  const aboutSomeone = (s: number) => someoneNear(ctx, person, s);
  return health
    .filter((h) => aboutSomeone(h.sentence))
    .filter((h) => !publicFigure.has(h.sentence))
    .map((h) => hit(h.span, 'health'));
}

/** Personal data of others: validated numbers and addresses, and health information about a person. */
export const persoonsgegevens = defineRule({
  code: 'persoonsgegevens',
  rule: 'tip-omgangsvormen',
  severity: 'rood',
  lists: ['health', 'person', 'consent', 'self', 'relative'],
  label: { nl: 'persoonsgegevens', en: 'personal data' },
  dont: { nl: 'Persoonsgegevens van anderen delen: nummers, adressen, gezondheid', en: 'Sharing other people’s personal data: numbers, addresses, health' },
  learned: { data: { kind: KIND.health, type: 'health' } },
  text: {
    nl: {
      message: 'Je concept bevat persoonsgegevens: {kind}.',
      fix: 'Haal het weg, of vraag de persoon eerst om toestemming. Deel nooit iemands gezondheid, nummers of adres.',
    },
    en: {
      message: 'Your draft contains personal data: {kind}.',
      fix: 'Remove it, or ask the person for permission first. Never share anyone’s health, numbers or address.',
    },
  },
  detect: (ctx) => {
    const { ibans, numbers, emails, addresses } = contactsIn(ctx.doc);
    // The organisation's name is looked for only once a phone number is found.
    let ownName: ReturnType<typeof ctx.org.names.find> | undefined;
    const ownNames = () => {
      ownName ??= ctx.org.names.find(ctx.doc);
      return ownName;
    };
    // "Reach me on my work number 030 …": the writer's own work number, like their own work address below; a
    // business's number ("Bel 0529-123456 voor een afspraak") is nobody's personal data either.
    const ownPhone = (span: Span) =>
      isOwnContact(ctx.doc, span, 'phone') ||
      isOwnWorkNumber(ctx.doc, span) ||
      isCalledByName(ctx.doc, span, ownNames()) ||
      isBusinessContact(ctx.doc, span, 'phone');
    // "Mail me gerust op s.bakker@cnv.nl": the writer's own work address, given by the writer.
    const ownEmail = (span: Span) =>
      isOwnContact(ctx.doc, span, 'email') || (ctx.org.isOwnDomain(span) && isGivenAsOwn(ctx.doc, span)) || isBusinessContact(ctx.doc, span, 'email');
    return [
      ...numbers.flatMap((f) => (f.kind === 'service' || (f.kind === 'phone' && ownPhone(f.span)) ? [] : [hit(f.span, f.kind)])),
      ...emails.filter((s) => !ownEmail(s)).map((s) => hit(s, 'email')),
      ...ibans.map((s) => hit(s, 'iban')),
      ...addresses
        // The organisation's own place, a venue announced for an event ("Ledenavond … in wijkcentrum De Kroon, Marktweg 14"),
        // or a business's ("Zaterdag open dag bij Garage Bakker, Industrieweg 12").
        .filter((s) => !isPublicPlace(ctx.doc, s) && !isBusinessContact(ctx.doc, s, 'address'))
        .map((s) => hit(s, 'address')),
      ...healthHits(ctx),
    ].filter((h) => !ctx.org.isAllowed(h.span));
  },
  // "Na drie weken met een longontsteking ben ik er weer!": the writer's own health, nobody else's.
  unlearned: (ctx) => {
    const others = new Set([...ctx.find('person'), ...ctx.find('relative')].map((m) => m.sentence));
    const own = new Set(ctx.find('self').map((m) => m.sentence));
    return sentenceSpans(
      ctx.doc,
      [...own].filter((s) => !someoneNear(ctx, others, s)),
    );
  },
  improve: (ctx, hits): Edit[] =>
    hits.flatMap((h) => {
      const type = h.data?.type as Kind | undefined;
      const mask = type ? (ctx.lang === 'nl' ? MASK : MASK_EN)[type] : undefined;
      return mask ? [{ kind: 'replace' as const, span: h.span, text: mask }] : [];
    }),
});
