import type { Span } from '../detect/span.js';
import type { TokenizedText } from './tokens.js';

/** Capitalised words that are not names: "I", days, months, titles of address. */
const NOT_A_NAME = new Set([
  'i',
  'ik',
  'ok',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'beste',
  'dear',
  'hallo',
  'hoi',
  'hi',
]);

// Module constants: a regular expression literal in a function is a new object each time it is read.
const ACRONYM = /^\p{Lu}{2,5}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/** Whether the character at `at` changes in lower case: ASCII by its code (A to Z), the rest by `toLowerCase`. */
function mayStartUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text.charAt(at);
  return first !== first.toLowerCase();
}

/**
 * Proper names that are not the organisation's (`own`): a capitalised word inside a sentence, or
 * an acronym ("FNV", "ABN"), minus days, months and greetings. A cue of its own: what goes on at
 * a named company is the same kind of news whatever the company's name.
 */
export function otherNames(doc: TokenizedText, own: readonly { span: Span }[]): Span[] {
  const out: Span[] = [];
  doc.tokens.forEach((token, i) => {
    // Most words start lower case: only the others are read further.
    if (!mayStartUpper(doc.text, token.start)) return;
    const word = doc.text.slice(token.start, token.end);
    const inside = i > 0 && (doc.tokens[i - 1] as (typeof doc.tokens)[number]).sentence === token.sentence;
    const name = ACRONYM.test(word) || (inside && CAPITALISED_WORD.test(word));
    if (name && !NOT_A_NAME.has(token.folded) && !own.some((m) => m.span[0] < token.end && token.start < m.span[1])) out.push([token.start, token.end]);
  });
  return out;
}
