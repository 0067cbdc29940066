import type { RichText } from '../../../core/reply-model.js';
import { cleanText, COMMAND_REF, unmaskLiteral } from '../../../core/text.js';

/**
 * Text for Adaptive Card `TextBlock`s and `Fact`s as Teams renders them. Pure string functions.
 *
 * Teams applies a markdown subset to `TextBlock.text`, `Fact.title` and `Fact.value`: **bold**,
 * _italic_, [link](url), "- " and "1. " lists (learn.microsoft.com, "Format cards in Teams").
 * The desktop and web clients follow CommonMark, so a backslash before ASCII punctuation makes
 * it literal. The mobile clients use the shared C++ parser of microsoft/AdaptiveCards, which
 * knows fewer escapes and may show a backslash (MicrosoftDocs/msteams-docs#5793). So:
 *
 * - formatting characters are backslash-escaped only where they could format: `\ * [ ] ` ~ |`
 *   everywhere, `_` unless it sits inside a word (`jan_de_vries` stays; neither parser formats
 *   it), `(` right after `]` (the mobile parser forms a link from `\](`), and line-leading
 *   `#` `-` `+` `=` and `1.` only when they would start a heading, list or rule. Fewer
 *   backslashes means fewer visible ones on older mobile clients, and every escape is still one
 *   that CommonMark removes;
 * - `<` and `>` show as typed. Teams turns `<at>…</at>` into mentions and some clients render
 *   HTML-like tags, so every `<` gets a word joiner (U+2060, invisible) after it: a tag, an
 *   autolink or `<at>` needs a letter, `/`, `!` or `?` right after the `<`, so none can form.
 *   Entities (`&lt;`) are not used: whether a client decodes them in card text differs. A
 *   line-leading `>` gets a word joiner before it, so it cannot start a quote;
 * - an `&` that would start an entity (`&amp;`, `&#60;`) gets a word joiner (U+2060) after it,
 *   so the text shows as typed and `&lt;at&gt;` can never decode to a tag;
 * - `@channel`, `@team`, `@here`, `@everyone` get a zero-width joiner after the `@`, as in the
 *   Slack adapter: Teams only mentions through `<at>` plus an entity, which we never send, but a
 *   pasted message should not be one change away from notifying a team;
 * - leading spaces become no-break spaces (no indented code blocks), and each line break becomes
 *   a paragraph break (`\n\n`): Teams joins single `\n` outside lists into one line.
 *
 * Control and bidi characters are removed first (`cleanText`). A command the bot names
 * (`{cmd:check}`) is written as the word of the bot's command menu, in bold: no backticks,
 * which Teams cards do not render as code.
 *
 * Escape exactly once: escaping is not idempotent (`\*` would become `\\\*`).
 */

/** U+200D ZERO WIDTH JOINER: breaks `@team` so it can never become a mention or broadcast. */
const ZWJ = '\u200D';
/** U+2060 WORD JOINER: breaks `&amp;` so it is not decoded as an entity. */
const WORD_JOINER = '\u2060';
const NBSP = '\u00A0';
const ELLIPSIS = '…';

/** A `<` that can never start a tag, a mention or an autolink. */
const SAFE_LT = `<${'\u2060'}`;
/** Escaped with a backslash wherever they appear. */
const ALWAYS_ESCAPED = new Set(['\\', '*', '`', '~', '|', '[', ']']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const BROADCAST = /@(channel|team|here|everyone)/gi;
const ENTITY_START = /&(?=#?[A-Za-z0-9]{1,32};)/g;

/** Any character escapeChars would change or look at; most lines of prose have none. */
const NEEDS_ESCAPING = /[<>\\*`~|[\]_(&@]/;

/** Escapes one line's characters (not yet its line-start constructs). */
function escapeChars(line: string, before = '', after = ''): string {
  if (!NEEDS_ESCAPING.test(line)) return line;
  const chars = Array.from(line);
  let out = '';
  chars.forEach((char, index) => {
    const prev = index > 0 ? chars[index - 1] : before;
    const next = index < chars.length - 1 ? chars[index + 1] : after;
    if (char === '<') out += SAFE_LT;
    else if (ALWAYS_ESCAPED.has(char)) out += `\\${char}`;
    else if (char === '_') {
      const intraword = !!prev && !!next && WORD_CHAR.test(prev) && WORD_CHAR.test(next);
      out += intraword ? '_' : '\\_';
    } else if (char === '(' && prev === ']') out += '\\(';
    else out += char;
  });
  return out.replace(ENTITY_START, `&${WORD_JOINER}`).replace(BROADCAST, `@${ZWJ}$1`);
}

/**
 * Escapes what would format at the start of a line: a heading (`# `), a list (`- `, `+ `,
 * `1. `, `1) `), a rule or setext underline (`---`, `===`), and leading indentation.
 * `*`, `_` and `>` are already neutralised by `escapeChars`.
 */
function escapeLineStart(escaped: string): string {
  return escaped
    .replace(/^[ \t]+/, (space) => NBSP.repeat(space.length))
    .replace(/^(\u00A0*)>/, `$1${WORD_JOINER}>`)
    .replace(/^(\u00A0*)(#{1,6}(?=\s|$)|[-+](?=[\s\-+=]|$)|=+(?=\s*$))/, '$1\\$2')
    .replace(/^(\u00A0*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Joins lines so that each shows on its own line; runs of blank lines become one break. */
function joinParagraphs(lines: string[]): string {
  return lines
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One kind of line break, and no control or bidi characters. */
export const normaliseNewlines = (text: string): string => cleanText(text);

/** How a command reads in Teams: the word of the bot's command menu (manifests/teams/manifest.json). */
export const teamsCommand = (words: string): string => words;

/**
 * Makes any user or YAML text literal in a `TextBlock` or `Fact`: nothing in it can format,
 * link, mention or form a tag, and its line breaks stay line breaks. See the module comment.
 */
export function escapeCardText(text: string): string {
  return joinParagraphs(
    normaliseNewlines(text)
      .split('\n')
      .map((line) => escapeLineStart(escapeChars(line))),
  );
}

/**
 * Text where markdown is never rendered, but that can still end up in front of a user or in a
 * notification: the card's `fallbackText`, the activity's `text`, button titles and the
 * `displayText` Teams echoes into the chat. Only the angle brackets, entities and broadcast
 * names are neutralised; everything else is left as typed.
 */
export function plainCardText(text: string): string {
  return unmaskLiteral(normaliseNewlines(text)).replace(/</g, SAFE_LT).replace(ENTITY_START, `&${WORD_JOINER}`).replace(BROADCAST, `@${ZWJ}$1`);
}

/** Links, bold, italic and command references of the restricted markdown (the italic rule is `stripRichText`'s). */
export const INLINE = new RegExp(
  `\\[([^\\]\\n]{1,500})\\]\\(([^)\\s]{1,2000})\\)|\\*\\*([^*\\n]{1,2000})\\*\\*|(?<=^|[\\s(])_([^_\\n]{1,2000})_(?=$|[\\s).,:;!?])|${COMMAND_REF.source}`,
  'g',
);
/** http(s) with a host, and nothing that could end the destination or be decoded in it. */
const SAFE_URL = /^https?:\/\/[^/\s<>()[\]\\"'`|]+[^\s<>()[\]\\"'`|]*$/i;
export const LIST_ITEM = /^[ \t]*- (.*)$/;

/** Converts one line's inline markdown; everything between the constructs is escaped. */
function convertInline(source: string, lineStart: boolean): string {
  let out = '';
  let last = 0;
  // A value put in with `literal()` is plain text: its characters are escaped like any other.
  const plain = (from: number, to: number) =>
    escapeChars(unmaskLiteral(source.slice(from, to)), unmaskLiteral(source[from - 1] ?? ''), unmaskLiteral(source[to] ?? ''));
  for (const match of source.matchAll(INLINE)) {
    const [whole, label, url, bold, italic, command] = match;
    const start = match.index;
    out += plain(last, start);
    const inner = label ?? bold ?? italic ?? command ?? '';
    if (command !== undefined) {
      out += `**${escapeChars(teamsCommand(command))}**`;
    } else if (inner.trim() !== inner || inner === '') {
      // `** x**` does not format in CommonMark: show it as typed.
      out += plain(start, start + whole.length);
    } else if (bold !== undefined) {
      out += `**${convertInline(bold, false)}**`;
    } else if (italic !== undefined) {
      out += `_${convertInline(italic, false)}_`;
    } else if (label !== undefined && url !== undefined && SAFE_URL.test(url) && !/&#?\w+;/.test(url)) {
      // A label cannot hold a whole link (no `]`), so this recursion is one level deep.
      out += `[${convertInline(label, false)}](${url})`;
    } else {
      out += plain(start, start + whole.length);
    }
    last = start + whole.length;
  }
  out += plain(last, source.length);
  return lineStart ? escapeLineStart(out) : out;
}

/**
 * Converts restricted markdown (`RichText`) to Teams card markdown, escaping everything that is
 * not one of its constructs: `**x**` stays bold, `_x_` italic, `[label](https://…)` a link
 * (http and https only; any other link stays literal text), and "- " lines stay a list. Other
 * lines become paragraphs, as in `escapeCardText`.
 */
export function richToCardText(text: RichText): string {
  const lines = normaliseNewlines(text).split('\n');
  let out = '';
  lines.forEach((line, index) => {
    const item = LIST_ITEM.exec(line);
    const converted = item ? `- ${convertInline(item[1] ?? '', true)}` : convertInline(line, true);
    if (index > 0) out += item ? '\n' : '\n\n';
    out += converted;
  });
  return out.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Cuts plain (unescaped) text to at most `max` UTF-16 units, ending in "…". Escape afterwards. */
export function truncateSource(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  if (cut.length > 0 && isHighSurrogate(cut.charCodeAt(cut.length - 1))) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}
