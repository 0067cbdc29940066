import { capitalised, type Token } from '../match/tokens.js';
import { ADDRESS_TITLE, NAME_PARTICLE, NOT_A_NAME, nameStart } from './name-words.js';

/**
 * Two shapes of another organisation's name beside those of ./organisation-name.ts: a name with
 * a sector word of its own after it ("Kuipers Logistiek"), and a name after a role only a company
 * has ("de HR-manager van Hoogland Zuivel"). Each looks at the words around one token.
 */

/**
 * Sector words a company's name ends with as a word of its own: "Van Rooij Techniek", "Kuipers
 * Logistiek". Not after a word in NOT_A_FIRM ("Sector Techniek", "Team Bouw", "cao Schoonmaak").
 */
const SECTOR_TAIL = new Set([
  'logistiek',
  'schoonmaak',
  'techniek',
  'transport',
  'bouw',
  'installaties',
  'catering',
  'beveiliging',
  'detachering',
  'automatisering',
  'metaal',
  'verhuur',
  'verpakkingen',
  'groothandel',
  'staal',
  'baggerwerken',
]);
/**
 * The same as the end of a capitalised compound ("Glansrijk Schoonmaakdiensten", "Van Dijk
 * Installatietechniek"), and "diensten" only there: "Diensten" alone is as often a department.
 * Not the compounds that name a whole field ("Duurzame Landbouw", "Sociale Woningbouw").
 */
const SECTOR_TAIL_END = new RegExp(`.(?:${[...SECTOR_TAIL, 'diensten'].join('|')})$`);
const FIELD = /(?:land|tuin|akker|woning|nieuw|op|ver)bouw$/;
const sectorTail = (folded: string): boolean => SECTOR_TAIL.has(folded) || (SECTOR_TAIL_END.test(folded) && !FIELD.test(folded));
/**
 * Words that make a capitalised pair something other than a company: a sector, a department, an
 * agreement or a fair (function titles: FUNCTION_TITLE).
 */
const NOT_A_FIRM = new Set([
  'sector',
  'branche',
  'cao',
  'team',
  'afdeling',
  'opleiding',
  'werkgroep',
  'vakgroep',
  'commissie',
  'cluster',
  'platform',
  'overleg',
  'week',
  'dag',
  'vakbond',
  'bond',
  'beurs',
  'vakbeurs',
  'arbocatalogus',
]);

/**
 * A function title, also as the end of a compound ("Bestuurder", "Regiobestuurder",
 * "Beleidsadviseur"): before a sector word it is someone's function ("Regiobestuurder Bouw"), the
 * signature the guidelines ask for, not a company.
 */
const FUNCTION_TITLE =
  /(?:bestuurder|onderhandelaar|adviseur|medewerker|manager|directeur|voorzitter|coördinator|coordinator|consulent|secretaris|woordvoerder|specialist|organisator|trainer)$/;
/** A person's title or form of address before a name: "prof. dr. Marieke Staal", "de heer Jan Bouw" is a person, not a firm. */
const PERSON_TITLE = new Set([...ADDRESS_TITLE, 'dr', 'prof', 'professor', 'ir', 'drs', 'hoogleraar', 'heer']);
/** A word that makes a capitalised pair no company: one of NOT_A_FIRM, a function title, or a person's title. */
const notAFirm = (folded: string): boolean => NOT_A_FIRM.has(folded) || FUNCTION_TITLE.test(folded) || PERSON_TITLE.has(folded);

/** Roles only a company has, before "van"/"bij"/"of"/"at" and its name: "de HR-manager van Hoogland Zuivel". */
const FIRM_ROLE = new Set([
  'directeur',
  'eigenaar',
  'locatiemanager',
  'bedrijfsleider',
  'ondernemingsraad',
  'ceo',
  'owner',
  'woordvoerder',
  'personeelschef',
  'directie',
]);
const ROLE_LINK = new Set(['van', 'bij', 'of', 'at']);
const firmRole = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  return FIRM_ROLE.has(t.folded) || (t.folded === 'manager' && before?.sentence === t.sentence && before.folded === 'hr');
};

/** The name after a company's role at token `i` ("directeur van Van der Meer Installaties"): its first and last token. */
export function nameAfterRole(text: string, tokens: readonly Token[], i: number): { first: number; last: number } | undefined {
  const t = tokens[i] as Token;
  const link = tokens[i + 1];
  const name = tokens[i + 2];
  if (!firmRole(tokens, i) || !link || !ROLE_LINK.has(link.folded) || capitalised(text, link)) return undefined;
  if (!name || name.sentence !== t.sentence || !capitalised(text, name) || NOT_A_NAME.has(name.folded) || notAFirm(name.folded)) return undefined;
  // The capitalised words and particles after it ("Van der Meer Installaties").
  let last = i + 2;
  for (let k = i + 3; k <= i + 5; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== t.sentence || !/^\s+$/.test(text.slice((tokens[k - 1] as Token).end, w.start))) break;
    if (capitalised(text, w)) last = k;
    else if (!NAME_PARTICLE.has(w.folded)) break;
  }
  return { first: i + 2, last };
}

/** The first token of a name that token `i` ends and a sector word of its own follows ("Van Rooij Techniek"), if any. */
export function nameBeforeSectorWord(text: string, tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || !capitalised(text, t) || NOT_A_NAME.has(t.folded) || notAFirm(t.folded) || sectorTail(t.folded))
    return undefined;
  if (!capitalised(text, next) || !sectorTail(next.folded) || !/^\s+$/.test(text.slice(t.end, next.start))) return undefined;
  const first = nameStart(text, tokens, i);
  // "prof. dr. Marieke Staal": a person's title just before the name (its full stop may end a "sentence").
  if (first > 0 && PERSON_TITLE.has((tokens[first - 1] as Token).folded)) return undefined;
  // "Onderhandelaar CNV Schoonmaak": a function or a person's title in the name's words, or just before them.
  return tokens.slice(Math.max(0, first - 1), i).some((w) => w.sentence === t.sentence && notAFirm(w.folded)) ? undefined : first;
}
