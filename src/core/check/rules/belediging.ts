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

/**
 * Name-calling aimed at oneself ("ik ben zo'n sukkel", "wat ben ik een kluns", "I'm such an idiot"): self-mockery insults
 * nobody. What counts: the insult follows "ik ben" / "ben ik" / "I'm" / "I am" with at most three filler words between ("echt zo'n", "such a"),
 * so "ik ben die sukkel zat" still counts.
 */
const SELF_BEFORE =
  /\b(?:ik\s+ben|ben\s+ik|i['’]m|i\s+am)\s+(?:(?:echt|toch|gewoon|ook|soms|wel|zo['’]?n|zo|een|such|a|an|total|complete|real|absolute|right|really|so)\s+){0,3}$/iu;

/** An insult aimed at the writer, from the text just before it. */
const atSelf = (text: string, span: Span): boolean => SELF_BEFORE.test(text.slice(Math.max(0, span[0] - 40), span[0]));

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
  detect: (ctx) => [
    ...hitsOf(ctx.find('insult').filter((m) => !atSelf(ctx.doc.text, m.span))),
    ...hitsOf(ctx.find('obscene')),
    ...hitsOf(ctx.find('slander')),
    ...maskedWords(ctx.draft.text),
  ],
  // Nor does the model find an insult on its own in the words of self-mockery.
  unlearned: (ctx) =>
    ctx
      .find('insult')
      .filter((m) => atSelf(ctx.doc.text, m.span))
      .map((m) => m.span),
});
