import { describe, expect, it } from 'vitest';
import { cardTextPieces } from '../../../../src/surfaces/teams/card/card-pieces.js';
import { escapeCardText, plainCardText, richToCardText, truncateSource } from '../../../../src/surfaces/teams/card/card-text.js';
import { rich, stripRichText } from '../../../../src/core/reply-model.js';
import { ALL_FIXTURES, HOSTILE } from '../../slack/fixtures.js';

const ZWJ = '\u200D';
const WJ = '\u2060';
const NBSP = '\u00A0';

/** Text that tries every markdown, HTML and mention trick Teams knows. */
const TRICKY = [
  HOSTILE,
  '<at>Jan</at> <b>vet</b> <script>alert(1)</script> <img src=x onerror=alert(1)>',
  '**vet** __ook vet__ *schuin* _schuin_ ~~weg~~ `code` ```blok```',
  '[klik](https://evil.example) ![plaatje](https://evil.example/x.png) <https://evil.example>',
  '# Kop',
  '## Kop 2',
  '- lijst',
  '+ lijst',
  '* lijst',
  '1. genummerd',
  '2) genummerd',
  '---',
  '***',
  '___',
  '===',
  '> citaat',
  '    ingesprongen code',
  'a | b | c',
  'einde met backslash \\',
  '\\*al ge-escaped\\*',
  '&amp; &lt;at&gt;Jan&lt;/at&gt; &#60;b&#62; &copy;',
  '@channel @Team @here @everyone',
  'snake_case_naam en _begin en eind_',
  '[a]\n(b)',
];

/**
 * Reads escaped card text back as CommonMark would show it, when nothing in it formats: drops
 * each backslash escape, the invisible joiners and the paragraph breaks. Only sound for text
 * `escapeCardText` produced.
 */
function shownAs(escaped: string): string {
  return escaped
    .split('\n\n')
    .map((line) => line.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u00A0/g, ' '))
    .join('\n')
    .replace(/[\u200D\u2060]/g, '');
}

/** What is left after removing every backslash escape: no character here may format. */
const unescaped = (text: string): string => text.replace(/\\[!-/:-@[-`{-~]/g, '');

describe('escapeCardText', () => {
  it.each(TRICKY.map((text) => [text]))('shows %j exactly as typed', (text) => {
    const escaped = escapeCardText(text);
    expect(shownAs(escaped)).toBe(text.trim());
    // Every backslash in the output starts an escape of ASCII punctuation (which CommonMark removes).
    expect(escaped.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toContain('\\');
  });

  it.each(TRICKY.map((text) => [text]))('leaves nothing in %j that can format, link, mention or form a tag', (text) => {
    const rest = unescaped(escapeCardText(text));
    expect(rest).not.toMatch(/[*`~|[\]]/);
    // `<` shows as typed, but a word joiner right after it means no tag, mention or autolink can start.
    expect(rest).not.toMatch(/<(?!\u2060)/);
    // `_` only inside a word, where neither CommonMark nor the mobile parser formats it.
    expect(rest).not.toMatch(/(^|[^\p{L}\p{N}])_|_($|[^\p{L}\p{N}])/mu);
    expect(rest).not.toMatch(/@(channel|team|here|everyone)/i);
    expect(rest).not.toMatch(/&#?[a-z0-9]+;/i);
    // No line starts a heading, list, quote, rule, setext underline or indented code block.
    for (const line of escapeCardText(text).split('\n')) {
      expect(line).not.toMatch(/^(#{1,6}(\s|$)|[-+*](\s|$)|\d+[.)](\s|$)|=+\s*$|-{3,}|[ \t>])/);
    }
  });

  it('escapes the formatting characters with a backslash', () => {
    expect(escapeCardText('*vet* _schuin_ ~weg~ `code` a|b [x] c\\d')).toBe('\\*vet\\* \\_schuin\\_ \\~weg\\~ \\`code\\` a\\|b \\[x\\] c\\\\d');
  });

  it('keeps an underscore inside a word, as in e-mail addresses and snake_case', () => {
    expect(escapeCardText('jan_de_vries@example.nl')).toBe('jan_de_vries@example.nl');
    expect(escapeCardText('snake_case_')).toBe('snake_case\\_');
  });

  it('breaks a link: `]` and the `(` right after it are escaped', () => {
    expect(escapeCardText('[klik](https://evil.example)')).toBe('\\[klik\\]\\(https://evil.example)');
    expect(escapeCardText('(haakjes) blijven')).toBe('(haakjes) blijven');
  });

  it('shows < and > as typed, with a word joiner after each <, so no tag or <at> mention can form', () => {
    expect(escapeCardText('<at>Jan</at> <b>x</b> <script> a > b')).toBe(`<${WJ}at>Jan<${WJ}/at> <${WJ}b>x<${WJ}/b> <${WJ}script> a > b`);
  });

  it('keeps entities from being decoded, and leaves a lone & alone', () => {
    expect(escapeCardText('&amp; &#60; &lt;at&gt;')).toBe(`&${WJ}amp; &${WJ}#60; &${WJ}lt;at&${WJ}gt;`);
    expect(escapeCardText('Q & A')).toBe('Q & A');
  });

  it('keeps @channel, @team, @here and @everyone inert, and leaves e-mail addresses alone', () => {
    expect(escapeCardText('@channel @Team @here @everyone')).toBe(`@${ZWJ}channel @${ZWJ}Team @${ZWJ}here @${ZWJ}everyone`);
    expect(escapeCardText('jan@example.nl @jan')).toBe('jan@example.nl @jan');
  });

  it('escapes what would start a heading, list or rule, only at the start of a line', () => {
    const lines = ['# Kop', '- item', '+ item', '1. een', '2) twee', '---', '===', '> citaat'];
    expect(lines.map(escapeCardText)).toEqual(['\\# Kop', '\\- item', '\\+ item', '1\\. een', '2\\) twee', '\\---', '\\===', `${WJ}> citaat`]);
    expect(['-5 graden', '10.000 leden', '#hashtag', 'a - b', 'x = y'].map(escapeCardText)).toEqual([
      '-5 graden',
      '10.000 leden',
      '#hashtag',
      'a - b',
      'x = y',
    ]);
  });

  it('turns indentation into no-break spaces, so nothing becomes a code block', () => {
    expect(escapeCardText('a\n    code')).toBe(`a\n\n${NBSP.repeat(4)}code`);
  });

  it('keeps each line break as a paragraph break, one for a run of blank lines', () => {
    expect(escapeCardText('a\nb\r\nc\n\n\nd\n')).toBe('a\n\nb\n\nc\n\nd');
  });
});

describe('plainCardText', () => {
  it('neutralises tags, entities and broadcast names, and leaves markdown characters alone', () => {
    expect(plainCardText('<at>Jan</at> &amp; *vet* @here')).toBe(`<${WJ}at>Jan<${WJ}/at> &${WJ}amp; *vet* @${ZWJ}here`);
  });
});

describe('richToCardText', () => {
  it('keeps bold, italic and http(s) links', () => {
    expect(richToCardText(rich('Ja, **mits** je het _vooraf_ vraagt: [de pagina](https://intranet.example.nl/a?b=c&d=e).'))).toBe(
      'Ja, **mits** je het _vooraf_ vraagt: [de pagina](https://intranet.example.nl/a?b=c&d=e).',
    );
  });

  it('converts markup inside a link label and a bold run', () => {
    expect(richToCardText(rich('[**vet** label](https://a.example) en **vet met _schuin_**'))).toBe(
      '[**vet** label](https://a.example) en **vet met _schuin_**',
    );
  });

  it('leaves a link literal when its URL is not http(s) or could break out', () => {
    for (const text of ['[x](javascript:alert(1))', '[x](mailto:a@b.nl)', '[x](https://evil|x)', '[x](https://a.example/&lt;)', '[x](//evil.example)']) {
      const converted = richToCardText(rich(text));
      expect(converted, text).not.toMatch(/(?<!\\)\]\(/);
      expect(shownAs(converted), text).toBe(text);
    }
  });

  it('escapes everything that is not restricted markdown', () => {
    expect(richToCardText(rich('**a** *b* ~c~ `d` <at>e</at> @here # f'))).toBe(`**a** \\*b\\* \\~c\\~ \\\`d\\\` <${WJ}at>e<${WJ}/at> @${ZWJ}here # f`);
    expect(richToCardText(rich('** niet vet**'))).toBe('\\*\\* niet vet\\*\\*');
  });

  it('keeps "- " lines a list and makes other lines paragraphs', () => {
    expect(richToCardText(rich('Intro\n- **a**\n- b\nNa de lijst\nNog een regel'))).toBe('Intro\n- **a**\n- b\n\nNa de lijst\n\nNog een regel');
  });

  it('escapes what would format at the start of a list item', () => {
    expect(richToCardText(rich('- # kop\n- 1. nummer\n- - genest'))).toBe('- \\# kop\n- 1\\. nummer\n- \\- genest');
  });

  it('escapes the start of a plain line', () => {
    expect(richToCardText(rich('# Kop\n> citaat\n1. een'))).toBe(`\\# Kop\n\n${WJ}> citaat\n\n1\\. een`);
  });
});

describe('cardTextPieces', () => {
  const long = ALL_FIXTURES.find((f) => f.name === 'long-text')?.reply.parts[0];
  if (long?.kind !== 'text') throw new Error('long-text fixture missing');
  const pieces = cardTextPieces(long.text, 'rich', 4000);
  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  it('splits into pieces of at most 4000 characters', () => {
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(4000);
  });

  it('loses no word: the pieces hold the whole text, in order', () => {
    const shown = pieces.map((piece) => stripRichText(piece.replace(/\\([!-/:-@[-`{-~])/g, '$1'))).join('\n');
    expect(words(shown)).toEqual(words(stripRichText(long.text)));
  });

  it('cuts an over-long line between words, never inside bold or an escape', () => {
    const line = `${'woord '.repeat(600)}**vet stuk** ${'*ster* '.repeat(300)}[link](https://a.example) einde`;
    const cut = cardTextPieces(line, 'rich', 1000);
    expect(cut.length).toBeGreaterThan(4);
    for (const piece of cut) {
      expect(piece.length).toBeLessThanOrEqual(1000);
      expect(piece).not.toMatch(/^\s|\s$/);
      expect(piece.match(/(?<!\\)\*\*/g)?.length ?? 0, piece).toSatisfy((n: number) => n % 2 === 0);
      expect(piece.endsWith('\\') && !piece.endsWith('\\\\')).toBe(false);
    }
    expect(cut.join(' ')).toContain('**vet stuk**');
    expect(cut.join(' ')).toContain('[link](https://a.example)');
  });

  it('starts a continuation piece as a new line: a "- " there is escaped', () => {
    const cut = cardTextPieces(`${'a '.repeat(60)}- b ${'c '.repeat(60)}`, 'plain', 100);
    for (const piece of cut) expect(piece).not.toMatch(/^- /);
  });

  it('cuts a single word longer than a piece, ending in "…"', () => {
    const cut = cardTextPieces('*'.repeat(5000), 'plain', 4000);
    expect(cut).toHaveLength(1);
    expect(cut[0]?.length).toBeLessThanOrEqual(4000);
    expect(cut[0]).toMatch(/^(\\\*)+…$/);
  });

  it('keeps short text whole and drops empty text', () => {
    expect(cardTextPieces('Hallo\n\nwereld', 'plain', 4000)).toEqual(['Hallo\n\nwereld']);
    expect(cardTextPieces(' \n \n', 'plain', 4000)).toEqual([]);
  });
});

describe('truncateSource', () => {
  it('cuts to the limit with "…" and never splits a surrogate pair', () => {
    expect(truncateSource('abcdef', 4)).toBe('abc…');
    expect(truncateSource('abc', 4)).toBe('abc');
    expect(truncateSource('ab😀cd', 4)).toBe('ab…');
  });
});
