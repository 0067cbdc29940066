import type { Span } from '../detect/span.js';
import { defineRule, type Hit, hitsOf } from '../rule.js';

/**
 * A word with letters hidden behind asterisks ("f***", "k*t", "w*nker", "a**hole"): people mask
 * swear words, whatever the word. Not a glob ("*gesprek"), a footnote ("gratis*") or bold text.
 */
const MASKED = /(?<![\p{L}*])\p{L}+(?:\*+\p{L}+)+(?![\p{L}*])|(?<![\p{L}*])\p{L}{1,3}\*{2,}(?![\p{L}*])/gu;

/** The masked swear words of a text. */
export function maskedWords(text: string): Hit[] {
  return [...text.matchAll(MASKED)].map((m) => ({ span: [m.index, m.index + m[0].length] as Span }));
}

/** Insults, slander and obscenity, in Dutch and English. */
export const belediging = defineRule({
  code: 'belediging',
  rule: 'tip-omgangsvormen',
  severity: 'rood',
  lists: ['insult', 'obscene', 'slander'],
  label: { nl: 'beledigingen en laster', en: 'insults and slander' },
  dont: { nl: 'Beledigen, belasteren of grof worden', en: 'Insulting, slandering or being obscene' },
  learned: {},
  text: {
    nl: {
      message: 'Dit is beledigend, grof of lasterlijk.',
      fix: 'Laat scheldwoorden en beschuldigingen weg. Geef kritiek op de zaak, niet op de persoon, en onderbouw die.',
    },
    en: {
      message: 'This is insulting, obscene or slanderous.',
      fix: 'Leave out the name-calling and accusations. Criticise the matter, not the person, and back it up.',
    },
  },
  detect: (ctx) => [...hitsOf(ctx.find('insult')), ...hitsOf(ctx.find('obscene')), ...hitsOf(ctx.find('slander')), ...maskedWords(ctx.draft.text)],
});
