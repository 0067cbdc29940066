import { fold } from './match/tokens.js';

/** Entries compare without spaces, dashes or case, and +31 as 0: "030 - 751 10 07" is "0307511007". */
function normalise(value: string): string {
  const folded = fold(value).replace(/[\s\-.(),]/g, '');
  return folded.replace(/^\+31|^0031/, '0');
}

/** "info@cnv.nl" → "cnv.nl": the domain of an entry that is a whole e-mail address. */
const MAILBOX_ENTRY = /^[^@\s]+@([^@\s]+\.[^@\s]+)$/u;

/** A name part of one word of letters: a mailbox ("acties", "webcare"), not a person's ("j.bakker", "ellen.devries"). */
const ONE_WORD = /^\p{L}+$/u;

/**
 * The organisation's own contact details (organisation.yaml `allowed`): a found phone number,
 * address or e-mail address is allowed when it is an entry, contains one ("Tiberdreef 4, 3561 GG
 * Utrecht" contains "Tiberdreef 4") or is part of one; an entry "@cnv.nl" allows every address
 * at that domain. An entry that is an e-mail address ("info@cnv.nl") also allows every one-word
 * mailbox at its domain ("acties@cnv.nl", "webcare@cnv.nl"), but not a person's address there
 * ("j.bakker@cnv.nl").
 */
export class AllowedList {
  private readonly entries: string[];
  private readonly ownDomains: Set<string>;

  constructor(entries: readonly string[]) {
    this.entries = entries.map(normalise).filter(Boolean);
    this.ownDomains = new Set(entries.flatMap((e) => MAILBOX_ENTRY.exec(e.trim().toLowerCase())?.[1] ?? []));
  }

  has(value: string): boolean {
    const found = normalise(value);
    if (!found) return false;
    if (this.isOwnMailbox(value)) return true;
    return this.entries.some((entry) =>
      entry.startsWith('@')
        ? found.endsWith(entry)
        : found === entry || (entry.length >= 6 && found.includes(entry)) || (found.length >= 6 && entry.includes(found)),
    );
  }

  /** Whether `value` is an e-mail address at the domain of an allowed address. */
  atOwnDomain(value: string): boolean {
    return this.ownAddress(value) !== undefined;
  }

  private isOwnMailbox(value: string): boolean {
    const local = this.ownAddress(value);
    return local !== undefined && ONE_WORD.test(local);
  }

  /** The name part of an e-mail address at an own domain ("acties" of "acties@cnv.nl"); undefined for anything else. */
  private ownAddress(value: string): string | undefined {
    const [local, domain, ...rest] = value.trim().toLowerCase().split('@');
    return rest.length === 0 && domain !== undefined && this.ownDomains.has(domain) ? local : undefined;
  }
}
