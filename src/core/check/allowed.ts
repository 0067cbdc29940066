import { fold } from './match/tokens.js';

/** Entries compare without spaces, dashes or case, and +31 as 0: "030 - 751 10 07" is "0307511007". */
function normalise(value: string): string {
  const folded = fold(value).replace(/[\s\-.(),]/g, '');
  return folded.replace(/^\+31|^0031/, '0');
}

/**
 * The organisation's own contact details (organisation.yaml `allowed`): a found phone number,
 * address or e-mail address is allowed when it is an entry, contains one ("Tiberdreef 4, 3561 GG
 * Utrecht" contains "Tiberdreef 4") or is part of one; an entry "@cnv.nl" allows every address
 * at that domain.
 */
export class AllowedList {
  private readonly entries: string[];

  constructor(entries: readonly string[]) {
    this.entries = entries.map(normalise).filter(Boolean);
  }

  has(value: string): boolean {
    const found = normalise(value);
    if (!found) return false;
    return this.entries.some((entry) =>
      entry.startsWith('@')
        ? found.endsWith(entry)
        : found === entry || (entry.length >= 6 && found.includes(entry)) || (found.length >= 6 && entry.includes(found)),
    );
  }
}
