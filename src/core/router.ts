import type { EscalationAction } from './escalate/model.js';
import type { Lang } from './lang.js';

/** What the text after `/socialmedia` asks for. Anything that is not a command is a question. */
export type Command =
  | { kind: 'help'; lang?: Lang }
  | { kind: 'rules'; lang?: Lang }
  | { kind: 'rule'; number: number | null; lang?: Lang }
  | { kind: 'tip'; lang?: Lang }
  | { kind: 'disclaimer'; name: string; lang?: Lang }
  | { kind: 'check'; draft: string; lang?: Lang }
  | { kind: 'escalate'; text: string; lang?: Lang }
  /** `escalaties`: the open escalations of this channel's department. */
  | { kind: 'escalations'; lang?: Lang }
  /** `afdeling koppel <afdeling>`: this channel receives that department's escalations. */
  | { kind: 'bind'; department: string; lang?: Lang }
  /** `afdeling ontkoppel`: this channel receives no more escalations. */
  | { kind: 'unbind'; lang?: Lang }
  /** `escalatie E-7K3QX oppakken|loslaten|afhandelen <uitkomst>|heropenen`, from the card's buttons. */
  | { kind: 'escalation-action'; id: string; action: EscalationAction; text: string; lang?: Lang }
  /** `stats [dagen]` / `export [dagen]` in a department channel. */
  | { kind: 'stats'; days: number; lang?: Lang }
  | { kind: 'export'; days: number; lang?: Lang }
  /** `voorbeeldvraag <vraag>`: a YAML snippet that adds the question as an example of the closest item. */
  | { kind: 'suggest-example'; text: string; lang?: Lang }
  /** `dagtip aan` / `dagtip uit`: this channel does (not) get the daily tip. */
  | { kind: 'daily-tip'; on: boolean; lang?: Lang }
  /** `taal en` / `language nl`: the language replies come in when a message does not show one. `choice` absent: how to choose. */
  | { kind: 'language'; choice?: Lang; lang?: Lang }
  /** `beheer`: a one-time sign-in link to the web console, for those who may use it. */
  | { kind: 'console'; lang?: Lang }
  /** A knowledge item by id, as follow-up buttons send it: `lees tip-auteursrecht`. */
  | { kind: 'item'; id: string; lang?: Lang }
  /** `asksToPost`: the question was "may I post this?" without a draft after it. */
  | { kind: 'question'; text: string; asksToPost?: boolean };

const PREFIX = /^\s*\/?socialmedia\b[:,]?/i;

/** Bare words that are a command on their own, with the language the word gives away. */
const BARE: Record<string, Command> = {
  '': { kind: 'help' },
  help: { kind: 'help' },
  hulp: { kind: 'help', lang: 'nl' },
  '?': { kind: 'help' },
  '-h': { kind: 'help' },
  '--help': { kind: 'help' },
  regels: { kind: 'rules', lang: 'nl' },
  rules: { kind: 'rules', lang: 'en' },
  richtlijnen: { kind: 'rules', lang: 'nl' },
  guidelines: { kind: 'rules', lang: 'en' },
  tip: { kind: 'tip' },
  tips: { kind: 'tip' },
  escalaties: { kind: 'escalations', lang: 'nl' },
  escalations: { kind: 'escalations', lang: 'en' },
  beheer: { kind: 'console', lang: 'nl' },
  beheren: { kind: 'console', lang: 'nl' },
  console: { kind: 'console', lang: 'en' },
};

const ACTION_WORDS: Record<string, [EscalationAction, Lang]> = {
  oppakken: ['claim', 'nl'],
  loslaten: ['unclaim', 'nl'],
  afhandelen: ['resolve', 'nl'],
  afgehandeld: ['resolve', 'nl'],
  heropenen: ['reopen', 'nl'],
  claim: ['claim', 'en'],
  release: ['unclaim', 'en'],
  resolve: ['resolve', 'en'],
  reopen: ['reopen', 'en'],
};

/** "escalatie E-7K3QX afhandelen opgelost met een reactie": reference, action, text. */
const ESCALATION_ACTION = /^(?:escalatie|escalation)\s+(E-[A-Z0-9]{3,10})\s+(\S+)(?:\s+([\s\S]*))?$/i;
const BIND = /^(?:afdeling\s+koppel|department\s+bind)(?:\s+([\s\S]{1,100}))?$/i;
const UNBIND = /^(?:afdeling\s+ontkoppel|department\s+unbind)(?:\s+[\s\S]{0,100})?$/i;
const LANGUAGE = /^(taal|language)(?:\s+(nl|en|nederlands|engels|dutch|english))?[.!]?$/i;
const LANGUAGE_NAMES: Record<string, Lang> = { nl: 'nl', nederlands: 'nl', dutch: 'nl', en: 'en', engels: 'en', english: 'en' };

const RULE_WORDS: Record<string, Lang> = { regel: 'nl', rule: 'en' };
const CHECK_WORDS: Record<string, Lang | undefined> = { check: undefined, controleer: 'nl', nakijken: 'nl', review: 'en' };
const ESCALATE_WORDS: Record<string, Lang> = { escaleer: 'nl', escaleren: 'nl', escalate: 'en', escalatie: 'nl' };

const NUMBER_WORDS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

/**
 * "Mag ik dit posten? <concept>": the way people ask for a check without typing `check`. The
 * question must open the message and end in "?", ":" or a line break; what follows is the draft.
 */
const MAY_I_POST = new RegExp(
  '^(?:' +
    [
      '(?:mag|kan|kun) ik (?:dit|het|deze tekst|dit bericht|deze post) (?:zo )?(?:posten|plaatsen|delen|publiceren|online zetten|tweeten|versturen)',
      'mag dit(?: zo)?(?: online)?',
      'kan dit(?: zo)?(?: online)?',
      'is dit (?:oké|oke|ok|okay|goed|akkoord|verstandig)(?: zo)?(?: om te (?:posten|plaatsen|delen))?',
      '(?:check|controleer) (?:dit|even|dit even)(?: bericht| concept)?',
      '(?:can|may) i (?:post|share|publish|tweet) this',
      'is this (?:ok|okay|fine|alright|all right)(?: to (?:post|share|publish))?',
      '(?:ok|okay) to post',
    ].join('|') +
    ')(?:\\s*[?:]+[!.]*|\\s*\\n|\\s*$)',
  'i',
);

/** "disclaimer voor mijn blog?" is a question, "disclaimer Jan de Vries" a name. */
const NOT_A_NAME = /\?|^(voor|van|op|bij|in|over|met|voorbeeld|tekst|blog|mijn|een|de|het|for|on|in|of|about|example|text|my|a|the)\b/i;

/** Removes the `/socialmedia` prefix, if any, and surrounding white space. */
export function stripPrefix(text: string): string {
  return text.replace(PREFIX, '').trim();
}

function parseRuleNumber(rest: string): number | null | undefined {
  if (rest === '') return null;
  const match = /^#?(\d{1,3}|[a-zé]+)[.:!?]?$/i.exec(rest);
  if (!match) return undefined;
  const token = (match[1] as string).toLowerCase();
  return /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS[token];
}

/** Routes the text of a message to a command; never throws. */
export function route(input: string): Command {
  const text = stripPrefix(input);
  const bare = BARE[text.toLowerCase().replace(/[.!]+$/, '')];
  if (bare) return bare;

  const action = ESCALATION_ACTION.exec(text);
  const actionWord = ACTION_WORDS[(action?.[2] ?? '').toLowerCase()];
  if (action && actionWord) {
    return { kind: 'escalation-action', id: (action[1] as string).toUpperCase(), action: actionWord[0], text: (action[3] ?? '').trim(), lang: actionWord[1] };
  }
  const stats = /^(stats|statistieken|cijfers|export)(?:\s+(\d{1,3}))?(?:\s+dagen|\s+days)?$/i.exec(text);
  if (stats) {
    const days = Math.min(365, Math.max(1, Number(stats[2] ?? 7)));
    const word = (stats[1] as string).toLowerCase();
    return word === 'export' ? { kind: 'export', days } : { kind: 'stats', days, ...(word === 'stats' ? {} : { lang: 'nl' as const }) };
  }
  const example = /^(?:voorbeeldvraag|example question)\s+([\s\S]{1,1000})$/i.exec(text);
  if (example) return { kind: 'suggest-example', text: (example[1] as string).trim() };
  const daily = /^(?:dagtip|daily\s*tip|dagelijkse\s+tip)\s+(aan|uit|on|off)[.!]?$/i.exec(text);
  if (daily) {
    const word = (daily[1] as string).toLowerCase();
    return { kind: 'daily-tip', on: word === 'aan' || word === 'on', lang: word === 'aan' || word === 'uit' ? 'nl' : 'en' };
  }
  if (UNBIND.test(text)) return { kind: 'unbind', lang: /^afdeling/i.test(text) ? 'nl' : 'en' };
  const bind = BIND.exec(text);
  if (bind) return { kind: 'bind', department: (bind[1] ?? '').trim(), lang: /^afdeling/i.test(text) ? 'nl' : 'en' };
  const language = LANGUAGE.exec(text);
  if (language) {
    const choice = LANGUAGE_NAMES[(language[2] ?? '').toLowerCase()];
    return { kind: 'language', ...(choice ? { choice } : {}), lang: choice ?? ((language[1] as string).toLowerCase() === 'taal' ? 'nl' : 'en') };
  }

  const match = /^(\S+?)[:,]?(?:\s+([\s\S]*))?$/.exec(text);
  const word = (match?.[1] ?? '').toLowerCase();
  const rest = (match?.[2] ?? '').trim();

  const glued = /^(regel|rule)(\d{1,2})$/.exec(word);
  if (glued && rest === '') return { kind: 'rule', number: Number(glued[2]), lang: RULE_WORDS[glued[1] as string] };
  if (word in RULE_WORDS) {
    const number = parseRuleNumber(rest);
    if (number !== undefined) return { kind: 'rule', number, lang: RULE_WORDS[word] };
  }
  if ((word === 'lees' || word === 'read') && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rest)) {
    return { kind: 'item', id: rest, lang: word === 'lees' ? 'nl' : 'en' };
  }
  if (word === 'disclaimer' && !NOT_A_NAME.test(rest)) return { kind: 'disclaimer', name: rest };
  if (word in CHECK_WORDS) return { kind: 'check', draft: rest, lang: CHECK_WORDS[word] };
  if (word in ESCALATE_WORDS) return { kind: 'escalate', text: rest, lang: ESCALATE_WORDS[word] };
  const mayI = MAY_I_POST.exec(text);
  if (mayI) {
    const draft = text.slice(mayI[0].length).trim();
    return draft === '' ? { kind: 'question', text, asksToPost: true } : { kind: 'check', draft };
  }
  return { kind: 'question', text };
}
