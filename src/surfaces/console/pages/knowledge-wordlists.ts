import { rules } from '../../../core/check/rules/index.js';
import { FINDING_CODES } from '../../../core/ids.js';
import type { KnowledgeSource } from '../../../core/knowledge/source.js';
import type { Lang } from '../../../core/lang.js';
import { lines, type EditKind, type Field, type Group } from './knowledge-form.js';

const b = (nl: string, en: string) => ({ nl, en });
const TEXT = {
  lexicon: b('Woordenlijst', 'Word list'),
  lexiconIntro: b(
    'Eén woord of woordgroep per regel. Een * aan het eind past op elke uitgang (sukkel* vindt "sukkels"), aan het begin op samenstellingen (*gesprek vindt "functioneringsgesprek"). Woorden onder "nooit" zijn gelijkenissen die de controle moet laten staan.',
    'One word or phrase per line. A * at the end matches any ending (sukkel* finds "sukkels"), at the start compounds (*gesprek finds "functioneringsgesprek"). Words under "never" are look-alikes the check must leave alone.',
  ),
  list: b('Lijst', 'List'),
  nl: b('Nederlands, één per regel', 'Dutch, one per line'),
  en: b('Engels, één per regel', 'English, one per line'),
  never: b('Nooit melden (gelijkenissen), één per regel', 'Never report (look-alikes), one per line'),
  except: b('Niet overnemen uit {from}, één per regel', 'Not taken from {from}, one per line'),
  org: b('Toegestaan en relaties', 'Allowed and relations'),
  orgIntro: b(
    'Wat de conceptcontrole altijd goed vindt (de eigen openbare contactgegevens, publieke personen), welke controles uit staan en de namen van relaties: een concept dat er een noemt krijgt de melding klant-concurrent.',
    "What the draft check always accepts (the organisation's own public contact details, public figures), which checks are off, and the names of relations: a draft that names one gets the klant-concurrent finding.",
  ),
  allowed: b(
    'Toegestaan: telefoonnummers, e-mailadressen, adressen en woorden die gepubliceerd mogen worden, één per regel',
    'Allowed: phone numbers, e-mail addresses, addresses and words that may be published, one per line',
  ),
  figures: b('Publieke personen, één per regel', 'Public figures, one per line'),
  disabled: b('Controle uitgezet: {label}', 'Check switched off: {label}'),
  checks: b('Controles', 'Checks'),
  relations: b('Relaties', 'Relations'),
  clients: b('Klanten, één per regel', 'Clients, one per line'),
  members: b('Leden, één per regel', 'Members, one per line'),
  partners: b('Partners, één per regel', 'Partners, one per line'),
  suppliers: b('Leveranciers, één per regel', 'Suppliers, one per line'),
  competitors: b('Concurrenten, één per regel', 'Competitors, one per line'),
  companies: b(
    'Bekende bedrijven die collega’s vaak noemen (werkgevers, winkels, banken), één per regel',
    'Well-known companies colleagues often name (employers, shops, banks), one per line',
  ),
} as const;
const RELATIONS = ['clients', 'members', 'partners', 'suppliers', 'competitors', 'companies'] as const;

const indexOf = (source: KnowledgeSource, code: string) => source.lexicons.findIndex((l) => l.code === code);
const labelOf = (code: string, lang: Lang) => rules.find((r) => r.code === code)?.label[lang] ?? code;
const fill = (text: { nl: string; en: string }, key: string, value: string) => b(text.nl.replace(`{${key}}`, value), text.en.replace(`{${key}}`, value));
const area = (name: string, label: Field['label'], list: readonly string[], path: string): Field => ({
  name,
  label,
  value: list.join('\n'),
  path,
  kind: 'area',
});

/** One check's word lists (knowledge/lexicon/<code>.yaml): each list in both languages, the look-alikes, the exceptions to included lists. */
export const lexiconKind: EditKind = {
  path: '/console/kennis/woordenlijst',
  param: 'code',
  title: (source, code, lang) => (indexOf(source, code) >= 0 ? `${TEXT.lexicon[lang]}: ${labelOf(code, lang)} (${code})` : undefined),
  intro: TEXT.lexiconIntro,
  groups(source, code, lang) {
    const i = indexOf(source, code);
    const lexicon = source.lexicons[i];
    if (!lexicon) return [];
    const at = `lexicons[${i}]`;
    const lists: Group[] = Object.entries(lexicon.lists).map(([name, terms]) => ({
      legend: `${TEXT.list[lang]}: ${name}`,
      fields: [area(`list__${name}__nl`, TEXT.nl, terms.nl, `${at}.lists.${name}.nl`), area(`list__${name}__en`, TEXT.en, terms.en, `${at}.lists.${name}.en`)],
    }));
    const includes = lexicon.include.map((inc, j) =>
      area(`except__${j}`, fill(TEXT.except, 'from', `${inc.from} (${inc.list})`), inc.except, `${at}.include[${j}].except`),
    );
    return [...lists, { fields: [area('never', TEXT.never, lexicon.never, `${at}.never`), ...includes] }];
  },
  apply(source, code, body) {
    const next = structuredClone(source);
    const lexicon = next.lexicons[indexOf(next, code)];
    if (!lexicon) return { source, errors: [] };
    for (const name of Object.keys(lexicon.lists)) lexicon.lists[name] = { nl: lines(body.get(`list__${name}__nl`)), en: lines(body.get(`list__${name}__en`)) };
    lexicon.never = lines(body.get('never'));
    lexicon.include.forEach((inc, j) => {
      inc.except = lines(body.get(`except__${j}`));
    });
    return { source: next, errors: [] };
  },
};

/** The organisation's allow-lists and relations (knowledge/organisation.yaml), and which checks are off. */
export const organisationKind: EditKind = {
  path: '/console/kennis/toegestaan',
  title: (_source, _id, lang) => TEXT.org[lang],
  intro: TEXT.orgIntro,
  groups(source, _id, lang) {
    const org = source.organisation;
    const checks = FINDING_CODES.map(
      (code): Field => ({
        name: `off__${code}`,
        label: b(
          TEXT.disabled.nl.replace('{label}', `${labelOf(code, 'nl')} (${code})`),
          TEXT.disabled.en.replace('{label}', `${labelOf(code, 'en')} (${code})`),
        ),
        value: org.disabled_checks.includes(code) ? 'ja' : '',
        path: 'organisation.disabled_checks',
        kind: 'check',
      }),
    );
    return [
      {
        fields: [
          area('allowed', TEXT.allowed, org.allowed, 'organisation.allowed'),
          area('public_figures', TEXT.figures, org.public_figures, 'organisation.public_figures'),
        ],
      },
      { legend: TEXT.relations[lang], fields: RELATIONS.map((r) => area(`rel__${r}`, TEXT[r], org.relations[r], `organisation.relations.${r}`)) },
      { legend: TEXT.checks[lang], fields: checks },
    ];
  },
  apply(source, _id, body) {
    const next = structuredClone(source);
    const org = next.organisation;
    org.allowed = lines(body.get('allowed'));
    org.public_figures = lines(body.get('public_figures'));
    for (const r of RELATIONS) org.relations[r] = lines(body.get(`rel__${r}`));
    org.disabled_checks = FINDING_CODES.filter((code) => body.get(`off__${code}`) === 'ja');
    return { source: next, errors: [] };
  },
};
