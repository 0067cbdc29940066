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

/**
 * Proper names that are not the organisation's (`own`): a capitalised word inside a sentence, or
 * an acronym ("FNV", "ABN"), minus days, months and greetings. A cue of its own: what goes on at
 * a named company is the same kind of news whatever the company's name.
 */
export function otherNames(doc: TokenizedText, own: readonly { span: Span }[]): Span[] {
  const out: Span[] = [];
  doc.tokens.forEach((token, i) => {
    // Most words start lower case: only the others are read further.
    const first = doc.text.charAt(token.start);
    if (first === first.toLowerCase()) return;
    const word = doc.text.slice(token.start, token.end);
    const inside = i > 0 && (doc.tokens[i - 1] as (typeof doc.tokens)[number]).sentence === token.sentence;
    const name = /^\p{Lu}{2,5}$/u.test(word) || (inside && /^\p{Lu}\p{Ll}/u.test(word));
    if (name && !NOT_A_NAME.has(token.folded) && !own.some((m) => m.span[0] < token.end && token.start < m.span[1])) out.push([token.start, token.end]);
  });
  return out;
}
