/**
 * Text hygiene shared by every surface: what may never reach a screen (control and bidi
 * characters), how a value someone else supplied goes into the bot's own markdown, and how a
 * command the bot names is written in its texts. Pure string functions.
 */

/**
 * Control characters other than tab and line feed (C0, DEL, C1), and the bidirectional
 * controls that can make text read differently from how it is stored (Trojan Source):
 * ALM, LRM, RLM, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes control and bidi characters; line breaks of any kind become `\n`. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(UNSAFE, '');
}

/**
 * The characters of the restricted markdown (see `RichText`) and of command references, with
 * private-use stand-ins. A value put into the bot's markdown with `literal()` carries the
 * stand-ins, so nothing in it can format; each renderer turns them back into the character,
 * shown as typed (`unmaskLiteral`).
 */
const MASK: Readonly<Record<string, string>> = {
  '*': '\uE001',
  _: '\uE002',
  '[': '\uE003',
  ']': '\uE004',
  '(': '\uE005',
  ')': '\uE006',
  '-': '\uE007',
  '{': '\uE008',
  '}': '\uE009',
};
const UNMASK: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(MASK).map(([char, stand]) => [stand, char]));
const MASKED = /[\uE001-\uE009]/g;

/**
 * A value someone else supplied (a display name, a department's name, an outcome), for use
 * inside the bot's own markdown: cleaned, on one line, and unable to format, link or name a
 * command. Renderers show it exactly as typed; each still escapes it for its platform.
 */
export function literal(value: string): string {
  return cleanText(value)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[*_[\](){}-]/g, (char) => MASK[char] ?? char);
}

/** Turns the stand-ins of `literal()` back into their characters; `as` may show each its own way. */
export function unmaskLiteral(text: string, as: (char: string) => string = (char) => char): string {
  return text.replace(MASKED, (stand) => as(UNMASK[stand] ?? stand));
}

/**
 * A command the bot names in its texts, as `{cmd:check}` or `{cmd:dagtip uit}`: the words a
 * person types after the prefix. Each surface writes it its own way: Slack `/socialmedia check`,
 * Teams the word from the bot's command menu, the terminal the plain word.
 */
export const COMMAND_REF = /\{cmd:([a-zA-Zà-ÿ0-9][a-zA-Zà-ÿ0-9 -]{0,40})\}/g;

/** Fills in every command reference with `as(words)`. */
export function fillCommands(text: string, as: (words: string) => string): string {
  return text.replace(COMMAND_REF, (_whole, words: string) => as(words));
}

/** The words of every command reference in a text. */
export function commandRefs(text: string): string[] {
  return [...text.matchAll(COMMAND_REF)].map((m) => m[1] as string);
}
