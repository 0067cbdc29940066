import type { Span } from '../detect/span.js';
import type { TokenizedText } from '../match/tokens.js';
import { sentencesOf } from '../learned/cues.js';

/** Mailboxes of a role or a team, not of a person: "info@", "ledenservice@", "help@". */
const FUNCTIONAL_MAILBOX =
  /^(?:info|informatie|help|helpdesk|support|service|servicedesk|klantenservice|ledenservice|leden|members|membership|pers|press|media|kader|contact|secretariaat|secretariat|office|kantoor|admin|noreply|no-reply|team|hr|communicatie|communications|redactie|editor|webmaster|sales|verkoop|vacatures|jobs|careers|privacy|klachten|complaints|facturen|invoices|administratie|receptie|reception|events|evenementen|nieuws|news|hello|hallo)(?:[.\-_][a-z0-9]+)?$/i;

/** Company numbers (085, 088): the Netherlands gives these to organisations, not to people. */
const COMPANY_NUMBER = /^(?:\+31|0031|0)(?:85|88)\d{7}$/;

/** "Bel onze ledenservice op …", "our member helpline on …": the organisation's own number. */
const OWN_DESK =
  /\b(?:onze|ons|our)\s+(?:[\p{L}-]+\s+){0,2}(?:ledenservice|klantenservice|servicedesk|helpdesk|helpline|hulplijn|infolijn|informatielijn|ledenlijn|secretariaat|kantoor|office|receptie|balie|desk|service|afdeling|team|telefoonnummer|nummer|number|phone line)\b/iu;

/**
 * Whether a detected phone number or e-mail address is the organisation's own contact, not a
 * person's: a role mailbox, a company number, or a number given as "our helpdesk's" (service
 * numbers are never a person's; the number detector leaves them out).
 */
export function isOwnContact(doc: TokenizedText, span: Span, type: 'phone' | 'email'): boolean {
  const value = doc.text.slice(span[0], span[1]);
  if (type === 'email') return FUNCTIONAL_MAILBOX.test(value.split('@')[0] ?? '');
  if (COMPANY_NUMBER.test(value.replace(/[\s\-.()]/g, ''))) return true;
  return sentencesOf(doc, span).some((s) => {
    const sentence = doc.sentences[s];
    return sentence !== undefined && OWN_DESK.test(doc.text.slice(sentence[0], sentence[1]));
  });
}
