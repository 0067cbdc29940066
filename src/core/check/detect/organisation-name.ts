import { capitalised, type Token, type TokenizedText } from '../match/tokens.js';
import { nameAfterRole, nameBeforeSectorWord } from './firm-shapes.js';
import { NAME_PARTICLE, NOT_A_NAME, nameStart, OWN_BEFORE } from './name-words.js';
import type { Span } from './span.js';

/**
 * Sector words a company's name starts with, as the end of a capitalised word
 * ("Zuivelfabriek De Weide", "Bouwbedrijf Kramer", "Zorggroep Elan", "Zuivelcoöperatie Noordmelk").
 */
const SECTOR_HEAD =
  /(?:cooperatie|corporatie|instelling|bedrijf|bedrijven|fabriek|fabrieken|groep|bakkerij|slagerij|drukkerij|brouwerij|kwekerij|centrum|dienst|diensten|bank|verzekeringen|verzekeraar|transport|logistiek|supermarkt|supermarkten|winkels|zorg|thuiszorg|ziekenhuis|hotel|hotels|garage|makelaardij|uitzendbureau|bureau|kantoor|handel|holding|installatie|techniek|metaal|bouw|catering|schoonmaak|koeriers|rederij|werf)$/;
/**
 * Sector words that name a company on their own, not only as the end of a compound ("Bakkerij
 * Goudkorst", "Coöperatie Noordmelk"). Not "Stichting": a foundation is as often a public
 * campaign ("Stichting Lezen") as a client.
 */
const STANDALONE_HEAD = new Set([
  'cooperatie',
  'bakkerij',
  'slagerij',
  'drukkerij',
  'brouwerij',
  'kwekerij',
  'makelaardij',
  'garage',
  'hotel',
  'zorggroep',
  'thuiszorg',
  'supermarkt',
  'transport',
  'rederij',
]);
/** A capitalised sector word: a compound ending in one ("Zuivelfabriek"), or one of the standalone ones. */
const sectorHead = (folded: string): boolean => STANDALONE_HEAD.has(folded) || (SECTOR_HEAD.exec(folded)?.index ?? 0) > 0;

/**
 * Sector words that make a company of the name after them even in lower case ("transportbedrijf
 * Oostland", "bakkerij Goudkorst"): the unambiguous ones; "kantoor", "dienst" or "centrum" before a
 * name is as often a place or a department of one's own.
 */
const LOWER_HEAD =
  /(?:bedrijf|bedrijven|fabriek|groep|bakkerij|slagerij|drukkerij|brouwerij|kwekerij|supermarkt|verzekeraar|uitzendbureau|makelaardij|rederij|scheepswerf)$/;

/**
 * Legal forms and name endings a company's name ends with ("Webbouwers BV", "Greenfield Foods", "Jansen & Partners",
 * "Nordvik Shipping"). Not the endings that as often name a field in title case ("Renewable Energy", "Offshore Wind",
 * "Social Media", "Health Care").
 */
const LEGAL_TAIL = new Set([
  'bv',
  'nv',
  'vof',
  'groep',
  'group',
  'holding',
  'holdings',
  'ltd',
  'inc',
  'gmbh',
  'llc',
  'plc',
  'foods',
  'logistics',
  'services',
  'industries',
  'partners',
  'company',
  'corporation',
  'corp',
  'shipping',
  'solutions',
  'systems',
  'technologies',
  'consulting',
  'consultancy',
  'engineering',
  'dredging',
  'towage',
  'airlines',
  'airways',
  'enterprises',
]);
/** What a company has that a person does not: "Harbourline's CEO", "Philips' management". */
const COMPANY_PART = new Set([
  'ceo',
  'cfo',
  'directie',
  'management',
  'board',
  'bestuur',
  'staff',
  'personeel',
  'medewerkers',
  'werknemers',
  'employees',
  'workers',
  'shareholders',
  'aandeelhouders',
]);

const allCaps = (text: string, t: Token): boolean => /^[\p{Lu}.]{2,4}$/u.test(text.slice(t.start, t.end));

/**
 * Names of other organisations in a draft, found by their shape rather than from a list: a
 * sector word followed by a name ("Bakkerij Goudkorst", "Transportbedrijf Oostland"), a
 * capitalised name followed by a legal form ("Webbouwers BV", "Van Dijk & Partners") or by a
 * sector word of its own ("Kuipers Logistiek"), or a name after a role only a company has ("de
 * directeur van Hoogland Zuivel"). A
 * union's draft that names a company is almost always about a client, member's employer,
 * supplier or competitor (regel 2 / 3). Linear in the number of words.
 */
export function organisationNames(doc: TokenizedText): { span: Span; sentence: number }[] {
  const known = found.get(doc);
  if (known) return known;
  const names = findNames(doc);
  found.set(doc, names);
  return names;
}

/** The names found per draft: the rule and the learned check's cues read them from one pass. */
const found = new WeakMap<TokenizedText, { span: Span; sentence: number }[]>();

function findNames(doc: TokenizedText): { span: Span; sentence: number }[] {
  const { text, tokens } = doc;
  const out: { span: Span; sentence: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (!next || next.sentence !== t.sentence) continue;
    // "Zuivelfabriek De Weide": a capitalised sector word, then a capitalised name; not a pair of
    // sectors ("Transport & Logistiek", "Bouw & Infra").
    if (capitalised(text, t) && sectorHead(t.folded) && capitalised(text, next) && !text.slice(t.end, next.start).includes('&')) {
      // "De Weide", "Van Dam", "Van der Berg": particles, then the name.
      let j = i + 1;
      while (NAME_PARTICLE.has((tokens[j] as Token).folded)) {
        const after = tokens[j + 1];
        if (!after || after.sentence !== t.sentence || !(NAME_PARTICLE.has(after.folded) || capitalised(text, after))) break;
        j++;
      }
      const end = tokens[j] as Token;
      out.push({ span: [t.start, end.end], sentence: t.sentence });
      i = j;
      continue;
    }
    // "transportbedrijf Oostland": the same in lower case, for the unambiguous sector words, not one's own.
    const before = tokens[i - 1];
    if (
      capitalised(text, next) &&
      !capitalised(text, t) &&
      LOWER_HEAD.test(t.folded) &&
      !NOT_A_NAME.has(next.folded) &&
      !(before && before.sentence === t.sentence && OWN_BEFORE.has(before.folded))
    ) {
      out.push({ span: [t.start, next.end], sentence: t.sentence });
      i++;
      continue;
    }
    // "Harbourline's CEO", "Philips' directie": a name that has a CEO or staff.
    if (capitalised(text, t) && !NOT_A_NAME.has(t.folded)) {
      const possessive =
        next.folded === 's' && /^['’]$/.test(text.slice(t.end, next.start))
          ? tokens[i + 2]
          : /^['’]\s+$/.test(text.slice(t.end, next.start))
            ? next
            : undefined;
      if (possessive && possessive.sentence === t.sentence && COMPANY_PART.has(possessive.folded)) {
        out.push({ span: [t.start, t.end], sentence: t.sentence });
        continue;
      }
    }
    // "de HR-manager van Hoogland Zuivel", "the owner of Brookfield Dairy": a company's role, then its name.
    const afterRole = nameAfterRole(text, tokens, i);
    if (afterRole) {
      out.push({ span: [(tokens[afterRole.first] as Token).start, (tokens[afterRole.last] as Token).end], sentence: t.sentence });
      i = afterRole.last;
      continue;
    }
    // "Kuipers Logistiek", "Van Rooij Techniek": a name, then a sector word of its own.
    const first = nameBeforeSectorWord(text, tokens, i);
    if (first !== undefined) {
      out.push({ span: [(tokens[first] as Token).start, next.end], sentence: t.sentence });
      i++;
      continue;
    }
    // "Webbouwers BV", "Greenfield Foods", "Jansen & Partners".
    if (capitalised(text, t) && !NOT_A_NAME.has(t.folded) && capitalised(text, next) && LEGAL_TAIL.has(next.folded)) {
      const between = text.slice(t.end, next.start);
      const tailIsForm = between.includes('&') || (next.folded !== 'partners' && (allCaps(text, next) || /^\s+$/.test(between)));
      if (tailIsForm) {
        // "Van Dijk & Partners": the capitalised words just before belong to the name.
        const first = tokens[nameStart(text, tokens, i)] as Token;
        out.push({ span: [first.start, next.end], sentence: t.sentence });
        i++;
      }
    }
  }
  return out;
}
