import { capitalised, type Token } from '../match/tokens.js';

/** The words around a name, shared by the name shapes of ./organisation-name.ts, ./firm-shapes.ts and ./relation-shapes.ts. */

/** Capitalised words that do not name anything: sentence openers, pronouns and prepositions ("Bij Kuipers Logistiek"). */
const OPENERS = ['de', 'het', 'een', 'the', 'a', 'an', 'dit', 'dat', 'this', 'that'];
const PRONOUNS = ['ik', 'i', 'we', 'wij', 'onze', 'ons', 'our', 'mijn', 'my'];
const PREPOSITIONS = ['bij', 'in', 'met', 'voor', 'naar', 'at', 'with', 'for', 'to'];
export const NOT_A_NAME = new Set([...OPENERS, ...PRONOUNS, ...PREPOSITIONS]);
/** Forms of address before a person's name: "mevrouw Jansen", "Mr Patel". */
export const ADDRESS_TITLE = new Set(['mevrouw', 'meneer', 'mevr', 'mw', 'dhr', 'mr', 'mrs', 'ms', 'mister', 'madam']);
/** Words before a company or sector word that make it one's own: "ons transportbedrijf", "onze bond met de groene hesjes". */
export const OWN_BEFORE = new Set(['ons', 'onze', 'mijn', 'our', 'my', 'eigen', 'own']);
/** Words after which a capitalised word is a place, not a person: "uit Apeldoorn", "in Utrecht", "from Eindhoven". */
export const PLACE_BEFORE = ['uit', 'in', 'te', 'naar', 'from'];
/** The words a name may be followed by after a name head: "De Weide", "Van Dam", "Noord". */
export const NAME_PARTICLE = new Set(['de', 'van', 'het', 'der', 'den', 'la', 'le', 'ten', 'ter']);

/** The first of up to two capitalised words just before token `i` that belong to its name ("Van Rooij Techniek"). */
export function nameStart(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  let first = i;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const before = tokens[k] as Token;
    const after = tokens[first] as Token;
    if (before.sentence !== t.sentence || !capitalised(text, before) || NOT_A_NAME.has(before.folded) || !/^\s+$/.test(text.slice(before.end, after.start)))
      break;
    first = k;
  }
  return first;
}
