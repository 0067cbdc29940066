import type { Span } from '../detect/span.js';
import type { PhraseMatch } from '../match/phrase-matcher.js';
import { capitalised, type Token } from '../match/tokens.js';
import type { CheckContext } from '../rule.js';
import { lifeNear } from './private-life.js';

/**
 * The organisation's own relations by their role, with "onze", "ons" or "our" before it: "onze
 * cateraar", "our biggest sponsor", "onze huisbank", "ons advocatenkantoor", "onze partners", "our
 * partner insurer". Whatever is said of them, they are the clients, partners and suppliers regel 2
 * is about. Not "onze eigen fotograaf" (in-house), not words as often something else ("onze bank" is
 * also a sofa, "our printer" the machine), and not in a sentence about the writer's own home or
 * family ("onze zorgverzekeraar" of a family). Kept in the rule, not in a lexicon list (a list is a
 * cue of the learned check).
 */
const ROLE = new Set([
  'cateraar',
  'cateraars',
  'caterer',
  'caterers',
  'drukker',
  'drukkerij',
  'huisdrukker',
  'huisbank',
  'verzekeraar',
  'insurer',
  'accountant',
  'accountants',
  'accountantskantoor',
  'advocatenkantoor',
  'administratiekantoor',
  'sponsor',
  'sponsors',
  'hoofdsponsor',
  'leverancier',
  'leveranciers',
  'supplier',
  'suppliers',
  'vendor',
  'vendors',
  'partner',
  'partners',
  'samenwerkingspartner',
  'samenwerkingspartners',
  'partnerorganisatie',
  'partnerorganisaties',
  'ketenpartner',
  'ketenpartners',
  'klant',
  'klanten',
  'client',
  'clients',
  'opdrachtgever',
  'opdrachtgevers',
  'verhuurder',
  'landlord',
  'provider',
  'pensioenfonds',
  'arbodienst',
  'reclamebureau',
  'schoonmaakbedrijf',
  'beveiligingsbedrijf',
  'softwareleverancier',
]);
const POSSESSIVE = new Set(['onze', 'ons', 'our']);
/** Words between the possessive and the role that make the role in-house: "onze eigen fotograaf", "our own lawyers". */
const IN_HOUSE = new Set(['eigen', 'own', 'interne', 'internal']);

/** The organisation's own relations by role in a draft (see above). */
export function ownRelations(ctx: CheckContext, leisure: readonly PhraseMatch[]): Span[] {
  const { text, tokens } = ctx.doc;
  const life = lifeNear(ctx, leisure);
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!POSSESSIVE.has(t.folded)) continue;
    // Up to two lower-case words between: "onze vaste cateraar", "our biggest sponsor", "our partner insurer".
    for (let k = i + 1; k <= i + 3; k++) {
      const w = tokens[k];
      if (!w || w.sentence !== t.sentence || IN_HOUSE.has(w.folded)) break;
      if (ROLE.has(w.folded)) {
        if (!life(t.sentence)) out.push([t.start, w.end]);
        i = k;
        break;
      }
      if (capitalised(text, w)) break;
    }
  }
  return out;
}
