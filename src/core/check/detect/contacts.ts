import type { TokenizedText } from '../match/tokens.js';
import { findAddresses } from './address.js';
import { findEmails } from './email.js';
import { findIbans } from './iban.js';
import { type NumberFind, findNumbers } from './numbers.js';
import type { Span } from './span.js';

/** The contact details the validated detectors find in a draft. */
export interface Contacts {
  ibans: readonly Span[];
  numbers: readonly NumberFind[];
  emails: readonly Span[];
  addresses: readonly Span[];
}

const found = new WeakMap<TokenizedText, Contacts>();

/**
 * A draft's IBANs, numbers, e-mail addresses and addresses, found once per draft: the personal-data rule and the
 * klant-concurrent rule (a business's own contact details, ../rules/public-business.ts) both read them.
 */
export function contactsIn(doc: TokenizedText): Contacts {
  let contacts = found.get(doc);
  if (!contacts) {
    const ibans = findIbans(doc.text);
    contacts = { ibans, numbers: findNumbers(doc.text, ibans), emails: findEmails(doc.text), addresses: findAddresses(doc.text) };
    found.set(doc, contacts);
  }
  return contacts;
}
