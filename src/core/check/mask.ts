import { findBsns } from './detect/bsn.js';
import { findEmails } from './detect/email.js';
import { findIbans } from './detect/iban.js';
import { findDutchPhones } from './detect/phone-nl.js';
import { findAddresses } from './detect/address.js';
import type { Span } from './detect/span.js';

/**
 * A name after a word that introduces a person: "collega Mark de Vries", "lid Jansen",
 * "mevrouw Bakker". Case-sensitive on purpose: under /i, \p{Lu} would match any letter.
 */
const NAMED = /\b(?:[Cc]ollega|[Cc]olleague|[Ll]id|[Mm]ember|[Mm]evrouw|[Mm]eneer|[Mm]evr\.?|[Dd]hr\.?|M(?:rs|r|s)\.?)\s+((?:van |de |der |den |ter |ten |'t )*\p{Lu}[\p{L}'-]{1,30}(?:\s+(?:van |de |der |den |ter |ten )*\p{Lu}[\p{L}'-]{1,30})?)/dgu;

/**
 * A text with personal data replaced by [..] markers, using the draft check's validated
 * detectors: phone numbers, e-mail addresses, BSN, IBAN, addresses, and names after
 * "collega"/"lid"/"mevrouw". For what is kept for the content owners.
 */
export function maskPersonalData(text: string): string {
  const spans: Array<{ span: Span; label: string }> = [
    ...findDutchPhones(text).map((span) => ({ span, label: '[telefoon]' })),
    ...findEmails(text).map((span) => ({ span, label: '[e-mail]' })),
    ...findBsns(text).map((span) => ({ span, label: '[bsn]' })),
    ...findIbans(text).map((span) => ({ span, label: '[iban]' })),
    ...findAddresses(text).map((span) => ({ span, label: '[adres]' })),
    ...[...text.matchAll(NAMED)].map((m) => ({ span: (m.indices?.[1] ?? [0, 0]) as Span, label: '[naam]' })),
  ].sort((a, b) => b.span[0] - a.span[0]);
  let out = text;
  let limit = Infinity;
  for (const { span, label } of spans) {
    if (span[1] > limit) continue;
    out = out.slice(0, span[0]) + label + out.slice(span[1]);
    limit = span[0];
  }
  return out;
}
