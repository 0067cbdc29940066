import { contactsIn } from '../detect/contacts.js';
import type { Span } from '../detect/span.js';
import { sentencesOf } from '../match/tokens.js';
import type { CheckContext } from '../rule.js';
import { isBusinessContact } from './business-contact.js';
import { MEMBER_ROLE } from './member-role.js';
import { workWords } from './private-life.js';

/** A business's website: "www.bakkerijvandam.nl", "https://…", "fietsenmakerjansen.nl"; not the domain of a mailbox ("jan@gmail.com"). */
const WEBSITE = /(?:https?:\/\/|\bwww\.)[^\s]+|(?<![@.\p{L}\d-])[\p{L}\d-]+\.(?:nl|be|com|eu|org|net|shop|amsterdam|frl)\b(?!@)/giu;

/** How many sentences after a firm its contact details may follow ("Bakkerij Van Dam is verhuisd. … Open 7-18. Tel. 030-…"). */
const REACH = 3;

/**
 * Whether a firm at a span is one the post points the public to: it gives that business's own address, number,
 * mailbox or website (BUSINESS-ADDRESS's reading) in the firm's sentence or the next few, and nothing in the post is
 * the union's work (the organisation's name, a member's role, WORK_CONTEXT: staff, pay, talks, jobs, members).
 * "Eindelijk open! Bakkerij Van Dam zit vanaf zaterdag op de Voorstraat 41": a shop one recommends, no client,
 * partner or competitor of the union. Such a mention is set aside like one in private life (`Hit.aside`).
 */
export function publicBusiness(ctx: CheckContext): (span: Span) => boolean {
  let contacts: number[] | undefined;
  let work: boolean | undefined;
  return (span) => {
    work ??= workWords(ctx.doc).length > 0 || MEMBER_ROLE.find(ctx.doc).length > 0 || ctx.org.names.find(ctx.doc).length > 0;
    if (work) return false;
    contacts ??= contactSentences(ctx);
    const s = sentencesOf(ctx.doc, span)[0] ?? -1;
    return contacts.some((c) => c >= s && c <= s + REACH);
  };
}

/** The sentences that give a business's own contact details. */
function contactSentences(ctx: CheckContext): number[] {
  const { doc } = ctx;
  const { numbers, emails, addresses } = contactsIn(doc);
  const spans: Span[] = [
    ...addresses.filter((s) => isBusinessContact(doc, s, 'address')),
    ...numbers.filter((f) => f.kind === 'phone' && isBusinessContact(doc, f.span, 'phone')).map((f) => f.span),
    ...emails.filter((s) => isBusinessContact(doc, s, 'email')),
    ...[...doc.text.matchAll(WEBSITE)].map((m): Span => [m.index ?? 0, (m.index ?? 0) + m[0].length]),
  ];
  return spans.flatMap((span) => sentencesOf(doc, span));
}
