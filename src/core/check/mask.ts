import { findEmails } from './detect/email.js';
import { findIbans } from './detect/iban.js';
import { findNumbers } from './detect/numbers.js';
import { findAddresses, findPostcodes } from './detect/address.js';
import type { Span } from './detect/span.js';

/**
 * A name after a word that introduces a person: "collega Mark de Vries", "lid Jansen",
 * "mevrouw Bakker". Case-sensitive on purpose: under /i, \p{Lu} would match any letter.
 */
const NAMED =
  /\b(?:[Cc]ollega|[Cc]olleague|[Ll]id|[Mm]ember|[Mm]evrouw|[Mm]eneer|[Mm]evr\.?|[Dd]hr\.?|M(?:rs|r|s)\.?)\s+((?:van |de |der |den |ter |ten |'t )*\p{Lu}[\p{L}'-]{1,30}(?:\s+(?:van |de |der |den |ter |ten )*\p{Lu}[\p{L}'-]{1,30})?)/dgu;

/**
 * A text with personal data replaced by [..] markers, using the draft check's validated
 * detectors: phone numbers, e-mail addresses, BSN, IBAN, addresses, and names after
 * "collega"/"lid"/"mevrouw"; also postcodes without a house number, which the draft check
 * allows (an office's address) but which a kept question does not need. For what is kept for
 * the content owners.
 */
export function maskPersonalData(text: string): string {
  const ibans = findIbans(text);
  const spans: Array<{ span: Span; label: string }> = [
    ...findNumbers(text, ibans).flatMap(({ span, kind }) => (kind === 'service' ? [] : [{ span, label: kind === 'bsn' ? '[bsn]' : '[telefoon]' }])),
    ...findEmails(text).map((span) => ({ span, label: '[e-mail]' })),
    ...ibans.map((span) => ({ span, label: '[iban]' })),
    ...findAddresses(text).map((span) => ({ span, label: '[adres]' })),
    ...findPostcodes(text).map((span) => ({ span, label: '[postcode]' })),
    ...[...text.matchAll(NAMED)].map((m) => ({ span: (m.indices?.[1] ?? [0, 0]) as Span, label: '[naam]' })),
  ].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  // Of overlapping finds the one that starts first (then the longest) wins: a whole address
  // over the postcode inside it.
  const kept: typeof spans = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (!last || s.span[0] >= last.span[1]) kept.push(s);
  }
  let out = text;
  for (const { span, label } of kept.reverse()) out = out.slice(0, span[0]) + label + out.slice(span[1]);
  return out;
}
