import { escapeCardText, plainCardText, truncateSource } from './card-text.js';
import { TEAMS_LIMITS, type Fact, type TextBlock } from './card-types.js';

/** Runs of white space as one space, trimmed: for titles, labels and buttons. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** User or YAML text for one block: cut to fit, then escaped. */
export const literal = (text: string, max: number = TEAMS_LIMITS.textBlock): string => escapeCardText(truncateSource(text.trim(), max));

/** A wrapping `TextBlock`. */
export const textBlock = (text: string, props: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock => ({ type: 'TextBlock', text, wrap: true, ...props });

/** A fact of a `FactSet`: both sides literal, never empty. */
export function fact(title: string, value: string): Fact {
  return { title: literal(oneLine(title) || '–', TEAMS_LIMITS.fact), value: literal(value, TEAMS_LIMITS.fact) || '–' };
}

/** Plain text for a place without markdown (a button title, Teams' echo of a click): neutralised and cut. */
export const buttonText = (text: string, max: number): string => truncateSource(plainCardText(oneLine(text)), max);
