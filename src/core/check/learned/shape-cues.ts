/**
 * Cues from the shape of a sentence rather than its words: a figure, a moment, a quote
 * introduced by a colon, a sweeping claim. What they point at holds across wordings: internal
 * figures and timing (vertrouwelijk), someone's words reported (gesprek), a claim stated as a
 * fact for all (onderbouwing). The model learns how much each counts, and for which code.
 */

/** A figure: a percentage, an amount of money, a count in thousands or millions. */
const FIGURE =
  /\d\s?(?:%|procent\b|percent\b)|[€$£]\s?\d|\d\s?(?:euro|mln|miljoen|miljard|million|billion|k)\b|\b\d{1,3}(?:[.,]\d{3})+\b|\b\d+\s?(?:banen|fte|ontslagen|jobs|plekken)\b/i;
/** A moment: a date, a month, a quarter, "per 1 januari", "om 15.00 uur". */
const MOMENT =
  /\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)\b|\bQ[1-4]\b|\bkwartaal\b|\bquarter\b|\bper \d|\b\d{1,2}[-/]\d{1,2}\b|\bom \d{1,2}(?:[.:]\d{2})?\s?uur\b|\bat \d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b/i;
/** Someone's words given after a colon: "directeur tegen HR: 'Die vacature …'", "she said: “…”". */
const COLON_QUOTE = /:\s*["“„'‘«]/u;
/** Words that claim something for all or always: the shape of a sweeping statement. */
const SWEEPING =
  /\b(?:iedereen|niemand|altijd|nooit|allemaal|alle|elke|ieder|overal|nergens|bewezen|zeker weten|feit is|everyone|everybody|nobody|always|never|all|every|proven|fact is|no doubt)\b/i;

const SHAPES: ReadonlyArray<readonly [string, RegExp]> = [
  ['figure', FIGURE],
  ['moment', MOMENT],
  ['said', COLON_QUOTE],
  ['sweeping', SWEEPING],
].map(([cue, re]) => [cue as string, new RegExp((re as RegExp).source, `${(re as RegExp).flags}g`)] as const);

/**
 * The shape cues of a text, each with where it was found: one pass over the text per shape. The
 * patterns are ASCII but for € and £, and without the `u` flag, which makes a case-insensitive
 * pattern ten times slower.
 */
export function shapeCues(text: string): Array<{ cue: string; at: number }> {
  const out: Array<{ cue: string; at: number }> = [];
  for (const [cue, re] of SHAPES) for (const m of text.matchAll(re)) out.push({ cue, at: m.index ?? 0 });
  return out;
}
