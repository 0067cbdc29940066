import type { Span } from '../detect/span.js';
import { PhraseMatcher, type PhraseMatch } from '../match/phrase-matcher.js';
import { capitalised, type Token } from '../match/tokens.js';
import { apartFrom, type CheckContext, hasSentence } from '../rule.js';

/**
 * A company one buys from, banks with or flies with in private life: "boodschappen gedaan bij
 * Albert Heijn", "mijn nieuwe telefoon komt van Coolblue", "met de KLM naar Lissabon". A
 * well-known company in such a sentence is no relation of the organisation. Kept in the rule, not
 * in a lexicon list (a list is a cue of the learned check), as MEMBER_ROLE is.
 */
const PRIVATE_USE = new PhraseMatcher([
  'boodschappen',
  'boodschapje',
  'gekocht',
  'kocht',
  'kopen',
  'besteld',
  'bestelling',
  'bestellen',
  'pakketje',
  'in de aanbieding',
  'bonuskaart',
  'winkelen',
  'shoppen',
  'vakantie',
  'vlucht',
  'gevlogen',
  'vliegen',
  'mijn nieuwe',
  'mijn bank',
  'mijn hypotheek',
  'mijn zorgverzekering',
  'groceries',
  'bought',
  'buy',
  'ordered',
  'shopping',
  'holiday',
  'vacation',
  'flight',
  'flew',
  'my new',
  'my bank',
  'my mortgage',
]);

/**
 * The union's work around a company: its staff, pay, agreements, talks, jobs, plans, or a partnership.
 * A well-known company counts as a relation only in a sentence with one of these words ("de
 * onderhandelaars van Unilever", "het nieuwe roostermodel van Jumbo"); elsewhere it is a shop, a
 * bank or a train the writer uses ("Tweede keer deze maand dat mijn Albert Heijn-bezorging te laat
 * is"). Kept in the rule, as MEMBER_ROLE is: a list would be a cue of the learned check.
 */
export const WORK_CONTEXT = new PhraseMatcher([
  'cao',
  "cao's",
  'werkgever*',
  'directie',
  'directeur',
  'management',
  'topman',
  'topvrouw',
  'bestuursvoorzitter',
  'ceo',
  'cfo',
  'hr',
  'hr-*',
  'personeel*',
  'medewerker*',
  'werknemer*',
  'vakkenvuller*',
  'chauffeur*',
  'bezorger*',
  'monteur*',
  'schoonmaker*',
  'arbeider*',
  'onderhandel*',
  'overleg',
  'ontslag*',
  'banen',
  'reorganisatie',
  'sluiting',
  'staking',
  'staken',
  'ultimatum',
  'loon',
  'lonen',
  'loonsverhoging',
  'salaris*',
  'contract',
  'contracten',
  'nulurencontract*',
  'uitzendkracht*',
  'flexwerker*',
  'rooster*',
  'ploegendienst*',
  'arbeidsvoorwaarden',
  'werkdruk',
  'vakbond*',
  'leden',
  'ondernemingsraad',
  'samenwerk*',
  'uitbetal*',
  'doorbetal*',
  'loonstrook',
  'toeslag*',
  'magazijn*',
  'sponsor*',
  'eindbod',
  'distributiecentr*',
  'fabriek',
  'vestiging*',
  'hoofdkantoor',
  'werkvloer',
  'collective agreement',
  'employer*',
  'board',
  'staff',
  'worker*',
  'employee*',
  'driver*',
  'negotiat*',
  'talks',
  'layoff*',
  'jobs',
  'redundanc*',
  'restructuring',
  'closure',
  'strike*',
  'wage*',
  'pay',
  'salar*',
  'contracts',
  'zero-hour*',
  'shift*',
  'roster*',
  'union*',
  'members',
  'partnership',
  'team up',
  'teaming up',
  'teamed up',
  'pays',
  'paid',
  'offer',
  'warehouse*',
  'plant',
  'factory',
  'headquarters',
]);

/**
 * The well-known companies of organisation.yaml (`relations.companies`) a draft names as a relation:
 * written as a name ("Albert Heijn", not "een jumbo pak"), in a sentence about the work around the
 * company (WORK_CONTEXT) and not about play (`leisure`) or private shopping (PRIVATE_USE).
 */
export function knownCompanies(ctx: CheckContext, leisure: readonly PhraseMatch[]): Span[] {
  const found = ctx.org.companies.find(ctx.doc);
  if (found.length === 0) return [];
  const work = WORK_CONTEXT.find(ctx.doc);
  return apartFrom(found, leisure, PRIVATE_USE.find(ctx.doc))
    .filter((m) => capitalised(ctx.doc.text, ctx.doc.tokens[m.firstToken] as Token) && (hasSentence(work, m.sentence) || hasSentence(work, m.sentence + 1)))
    .map((m) => m.span);
}
