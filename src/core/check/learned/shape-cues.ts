/**
 * Cues from the shape of a sentence rather than its words: a figure, a moment, a quote
 * introduced by a colon, a sweeping claim. What they point at holds across wordings: internal
 * figures and timing (vertrouwelijk), someone's words reported (gesprek), a claim stated as a
 * fact for all (onderbouwing). The model learns how much each counts, and for which code.
 */

/** A figure: a percentage, an amount of money, a count in thousands or millions. */
const FIGURE =
  /\d\s?(?:%|procent\b|percent\b)|[€$£]\s?\d|\d\s?(?:euro|mln|miljoen|miljard|million|billion|k)\b|\b\d{1,3}(?:[.,]\d{3})+\b|\b\d+\s?(?:banen|fte|ontslagen|jobs|plekken)\b/iu;
/** A moment: a date, a month, a quarter, "per 1 januari", "om 15.00 uur". */
const MOMENT =
  /\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)\b|\bQ[1-4]\b|\bkwartaal\b|\bquarter\b|\bper \d|\b\d{1,2}[-/]\d{1,2}\b|\bom \d{1,2}(?:[.:]\d{2})?\s?uur\b|\bat \d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b/iu;
/** Someone's words given after a colon: "directeur tegen HR: 'Die vacature …'", "she said: “…”". */
const COLON_QUOTE = /:\s*["“„'‘«]/u;
/** Words that claim something for all or always: the shape of a sweeping statement. */
const SWEEPING =
  /\b(?:iedereen|niemand|altijd|nooit|allemaal|alle|elke|ieder|overal|nergens|bewezen|zeker weten|feit is|everyone|everybody|nobody|always|never|all|every|proven|fact is|no doubt)\b/iu;

/** The shape cues of one sentence's text. */
export function shapeCues(text: string): string[] {
  const out: string[] = [];
  if (FIGURE.test(text)) out.push('figure');
  if (MOMENT.test(text)) out.push('moment');
  if (COLON_QUOTE.test(text)) out.push('said');
  if (SWEEPING.test(text)) out.push('sweeping');
  return out;
}
