import type { RichText } from '../../core/reply-model.js';
import { cleanText, COMMAND_REF, unmaskLiteral } from '../../core/text.js';

/**
 * Slack mrkdwn helpers. Pure string functions, no SDK.
 *
 * Three kinds of text reach Slack:
 * - `RichText` the bot wrote (messages, YAML): `richToMrkdwn` escapes it, then converts the
 *   restricted markdown (**bold**, _italic_, [label](https://…), "- " lists) to mrkdwn;
 * - any other text, above all the user's own words (excerpts, quotes, drafts): `plainToMrkdwn`
 *   escapes it and neutralises every formatting character, so it renders literally;
 * - text for `plain_text` objects (header, buttons): `plainTextSafe`.
 *
 * Every function removes control and bidi characters first (`cleanText`). A command the bot
 * names (`{cmd:check}`) is written as people type it in Slack: `/socialmedia check`.
 *
 * Escape exactly once: escaping is not idempotent (`&amp;` would become `&amp;amp;`).
 */

/** U+200D ZERO WIDTH JOINER: breaks `@here` so no client can turn it into a broadcast. */
const ZWJ = '\u200D';
/** U+200B ZERO WIDTH SPACE: breaks runs of characters without showing anything. */
const ZWSP = '\u200B';
/** U+00AD SOFT HYPHEN: invisible, keeps a line-leading `>` from starting a block quote. */
const SOFT_HYPHEN = '\u00AD';

const BROADCAST = /@(channel|here|everyone)/gi;

/**
 * Escapes Slack's three control characters (`&` `<` `>` → `&amp;` `&lt;` `&gt;`), so that no
 * text can form `<!channel>`, `<!here>`, `<!everyone>`, `<@U…>`, `<#C…>`, `<!subteam^…>`,
 * `<!date…>` or a link. Also puts a zero-width joiner after the `@` of a bare `@channel`,
 * `@here` or `@everyone`: Slack only turns those into broadcasts with `link_names`, which we
 * never set, but a pasted message should never be one setting away from pinging a channel.
 */
export function escapeMrkdwn(text: string): string {
  return escapeControlChars(text).replace(BROADCAST, `@${ZWJ}$1`);
}

/** Only `&` `<` `>` (and no control characters): for code blocks, whose text must survive copy and paste unchanged. */
export function escapeControlChars(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** How a command reads in Slack: the slash command, as typed. */
export const slackCommand = (words: string): string => `/socialmedia ${words}`;

/**
 * Look-alike characters for mrkdwn's formatting characters.
 *
 * Slack has no escape for formatting characters (no backslash escapes, and entities other than
 * `&amp;` `&lt;` `&gt;` are not decoded). Surrounding them with zero-width spaces does NOT work:
 * Slack treats a zero-width space as a word boundary, so that *forces* formatting (jsx-slack
 * uses exactly that for its "exact mode"). So we do what jsx-slack's `<Escape>` does inside
 * links (yhatt/jsx-slack, docs/about-escape-and-exact-mode.md): replace each formatting
 * character with a character of similar shape that Slack does not parse, and put a soft hyphen
 * before a line-leading `>`. The text then reads the same but cannot format.
 */
const LOOKALIKE: Readonly<Record<string, string>> = {
  '*': '\u2217', // ∗ ASTERISK OPERATOR
  _: '\u02CD', // ˍ MODIFIER LETTER LOW MACRON
  '`': '\u02CB', // ˋ MODIFIER LETTER GRAVE ACCENT
  '~': '\u223C', // ∼ TILDE OPERATOR
  '\uFF0A': '\uFE61', // ＊ → ﹡ SMALL ASTERISK
  '\uFF3F': '\u2E0F', // ＿ → ⸏ PARAGRAPHOS
  '\uFF40': '\u02CB', // ｀ → ˋ
};

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Replaces formatting characters by their look-alikes. A `*` or `_` between two letters or digits
 * is kept: Slack only formats at word boundaries (`Super_cali_fragilistic` stays literal), and
 * keeping them leaves e-mail addresses, `snake_case` and `:emoji_names:` intact.
 */
function neutraliseFormatting(escaped: string, keepUnderscore: boolean): string {
  const chars = keepUnderscore ? /[*`~\uFF0A\uFF40]/g : /[*_`~\uFF0A\uFF3F\uFF40]/g;
  return escaped
    .replace(chars, (char, offset: number, whole: string) => {
      if (char === '*' || char === '_') {
        const before = whole[offset - 1];
        const after = whole[offset + 1];
        if (before && after && WORD_CHAR.test(before) && WORD_CHAR.test(after)) return char;
      }
      return LOOKALIKE[char] ?? char;
    })
    .replace(/^([ \t]*)(&gt;|\uFF1E)/gm, `$1${SOFT_HYPHEN}$2`);
}

/**
 * Any text that is not `RichText` (user text, excerpts, quotes, summaries): escaped, and with
 * every formatting character neutralised, so it renders exactly as written (see `LOOKALIKE`).
 */
export function plainToMrkdwn(text: string): string {
  return neutraliseFormatting(escapeMrkdwn(text.replace(/\r\n?/g, '\n')), false);
}

/**
 * Text for a `plain_text` object (header, button). Slack does not parse mentions or links
 * there, but the JSON should not carry `<!channel>`-like sequences either, wherever it ends up
 * (logs, a copy into mrkdwn). So a zero-width space goes after each `<`, which is invisible and
 * means the same whether or not a client decodes entities in `plain_text`; broadcasts get the
 * same zero-width joiner as in mrkdwn.
 */
export function plainTextSafe(text: string): string {
  return unmaskLiteral(cleanText(text)).replace(/</g, `<${ZWSP}`).replace(BROADCAST, `@${ZWJ}$1`);
}

/** Text inside a ``` code block: escaped only, so a copy is the original; ``` runs broken up. */
export function codeToMrkdwn(text: string): string {
  return escapeControlChars(text.replace(/\r\n?/g, '\n')).replace(/`{3,}/g, (run) => run.split('').join(ZWSP));
}

const LINK_OR_BOLD = new RegExp(`\\[([^\\]\\n]{1,500})\\]\\(([^)\\s]{1,2000})\\)|\\*\\*([^*\\n]{1,2000})\\*\\*|${COMMAND_REF.source}`, 'g');
/** http(s) only, with a host; `|` `<` `>` would end or split Slack's `<url|label>`. */
const SAFE_URL = /^https?:\/\/[^/\s|<>]+[^\s|<>]*$/i;

/**
 * Escaped text between the markdown constructs: `_italic_` stays, stray `*` `~` `` ` `` do not
 * format, and a value put in with `literal()` shows as typed (its `*` and `_` as look-alikes).
 */
function richPlain(text: string): string {
  return unmaskLiteral(neutraliseFormatting(escapeMrkdwn(text), true), (char) => LOOKALIKE[char] ?? char);
}

/**
 * Converts restricted markdown to mrkdwn, escaping everything first: `**x**` → `*x*`, `_x_`
 * stays, `[label](https://url)` → `<https://url|label>`, a "- " list line → "• ". A link whose
 * URL is not http(s) or contains `|` `<` `>` stays plain (escaped) text. Any other markup
 * character renders literally.
 */
export function richToMrkdwn(text: RichText): string {
  return convertRich(text.replace(/\r\n?/g, '\n').replace(/^([ \t]*)- /gm, '$1• '));
}

function convertRich(source: string): string {
  let out = '';
  let last = 0;
  for (const match of source.matchAll(LINK_OR_BOLD)) {
    const [whole, label, url, bold, command] = match;
    out += richPlain(source.slice(last, match.index));
    if (command !== undefined) {
      out += `\`${escapeControlChars(slackCommand(command))}\``;
    } else if (bold !== undefined) {
      out += `*${richPlain(bold)}*`;
    } else if (label !== undefined && url !== undefined && SAFE_URL.test(url)) {
      // A label cannot hold a whole link (no `]`), so this recursion is one level deep.
      out += `<${escapeControlChars(url)}|${convertRich(label)}>`;
    } else {
      out += richPlain(whole);
    }
    last = match.index + whole.length;
  }
  return out + richPlain(source.slice(last));
}

const ELLIPSIS = '…';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Cuts plain text to at most `max` UTF-16 units (so also code points), ending in "…". */
export function truncatePlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  if (cut.length > 0 && isHighSurrogate(cut.charCodeAt(cut.length - 1))) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}

/**
 * Cuts mrkdwn to at most `max` UTF-16 units, ending in "…", without splitting an entity
 * (`&am…`), a surrogate pair or a `<url|label>` link.
 */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  if (cut.length > 0 && isHighSurrogate(cut.charCodeAt(cut.length - 1))) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z]{0,3}$/, '');
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  return cut + ELLIPSIS;
}

/**
 * Splits mrkdwn into pieces of at most `max` units: whole paragraphs where they fit, else whole
 * lines; a single line longer than `max` is truncated with "…". Joining the pieces with "\n"
 * gives the text back (apart from truncated lines and blank lines at a split).
 */
export function splitMrkdwn(text: string, max: number): string[] {
  // Each unit is a paragraph, or a line of a paragraph too long for one piece.
  const units: Array<{ text: string; separator: string }> = [];
  for (const paragraph of text.split('\n\n')) {
    if (paragraph.length <= max) {
      units.push({ text: paragraph, separator: '\n\n' });
      continue;
    }
    paragraph.split('\n').forEach((line, index) => {
      units.push({ text: truncateMrkdwn(line, max), separator: index === 0 ? '\n\n' : '\n' });
    });
  }
  const chunks: string[] = [];
  let current: string | undefined;
  for (const unit of units) {
    if (current === undefined) {
      current = unit.text;
    } else if (current.length + unit.separator.length + unit.text.length <= max) {
      current += unit.separator + unit.text;
    } else {
      chunks.push(current);
      current = unit.text;
    }
  }
  if (current !== undefined) chunks.push(current);
  return chunks.filter((chunk) => chunk.trim() !== '');
}
