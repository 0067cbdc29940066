import { describe, expect, it } from 'vitest';
import { codeToMrkdwn, escapeMrkdwn, plainTextSafe, plainToMrkdwn, richToMrkdwn, splitMrkdwn, truncateMrkdwn } from '../../../src/surfaces/slack/mrkdwn.js';
import { rich } from '../../../src/core/reply-model.js';

const ZWJ = '\u200D';
const ZWSP = '\u200B';
const SHY = '\u00AD';

describe('escapeMrkdwn', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<!channel>', '&lt;!channel&gt;'],
    ['<!here> <!everyone>', '&lt;!here&gt; &lt;!everyone&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<#C123|general>', '&lt;#C123|general&gt;'],
    ['<!subteam^S123|@team>', '&lt;!subteam^S123|@team&gt;'],
    ['<https://evil.example|click>', '&lt;https://evil.example|click&gt;'],
    ['&lt; stays literal', '&amp;lt; stays literal'],
    ['@here and @channel, @Everyone!', `@${ZWJ}here and @${ZWJ}channel, @${ZWJ}Everyone!`],
    ['mail@example.nl', 'mail@example.nl'],
    ['*bold* _it_ stay', '*bold* _it_ stay'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });
});

describe('plainToMrkdwn', () => {
  it.each([
    ['*vet*', '∗vet∗'],
    ['_schuin_', 'ˍschuinˍ'],
    ['~weg~', '∼weg∼'],
    ['`code`', 'ˋcodeˋ'],
    ['```blok```', 'ˋˋˋblokˋˋˋ'],
    ['＊vet＊ ＿schuin＿ ｀code｀', '﹡vet﹡ ⸏schuin⸏ ˋcodeˋ'],
    ['> geen citaat', `${SHY}&gt; geen citaat`],
    ['regel 1\n  > ook niet', `regel 1\n  ${SHY}&gt; ook niet`],
    ['a > b', 'a &gt; b'],
    ['jan_de_vries@example.nl', 'jan_de_vries@example.nl'],
    ['snake_case en 2*3*4', 'snake_case en 2*3*4'],
    [':white_check_mark: klaar', ':white_check_mark: klaar'],
    ['_begin en eind_', 'ˍbegin en eindˍ'],
    ['<!channel> @here', `&lt;!channel&gt; @${ZWJ}here`],
    ['regel\r\nnieuw', 'regel\nnieuw'],
  ])('%j → %j', (input, expected) => {
    expect(plainToMrkdwn(input)).toBe(expected);
  });
});

describe('richToMrkdwn', () => {
  it.each([
    ['**vet**', '*vet*'],
    ['_schuin_', '_schuin_'],
    ['**vet** en _schuin_ samen', '*vet* en _schuin_ samen'],
    ['**_beide_**', '*_beide_*'],
    ['[de richtlijnen](https://intranet.example.nl/a?b=1&c=2)', '<https://intranet.example.nl/a?b=1&amp;c=2|de richtlijnen>'],
    ['[**Regel 7**](http://example.nl)', '<http://example.nl|*Regel 7*>'],
    ['[a <b> & c](https://example.nl)', '<https://example.nl|a &lt;b&gt; &amp; c>'],
    ['- een\n- twee\nDaarna.', '• een\n• twee\nDaarna.'],
    ['  - ingesprongen', '  • ingesprongen'],
    ['geen-lijst - hier', 'geen-lijst - hier'],
    ['_<je concept>_', '_&lt;je concept&gt;_'],
    ['<!channel> @everyone', `&lt;!channel&gt; @${ZWJ}everyone`],
    ['5 * 3 en ~weg~ en `code`', '5 ∗ 3 en ∼weg∼ en ˋcodeˋ'],
  ])('%j → %j', (input, expected) => {
    expect(richToMrkdwn(rich(input))).toBe(expected);
  });

  it.each([
    ['[klik](javascript:alert(1))', '[klik](javascript:alert(1))'],
    ['[klik](ftp://example.nl/x)', '[klik](ftp://example.nl/x)'],
    ['[klik](https://evil|x)', '[klik](https://evil|x)'],
    ['[klik](https://evil>x)', '[klik](https://evil&gt;x)'],
    ['[klik](https://evil<x)', '[klik](https://evil&lt;x)'],
    ['[klik](https://)', '[klik](https://)'],
    ['[klik](/relatief)', '[klik](/relatief)'],
    ['[klik](mailto:a@b.nl)', '[klik](mailto:a@b.nl)'],
  ])('leaves a link with a bad URL as text: %j', (input, expected) => {
    const out = richToMrkdwn(rich(input));
    expect(out).toBe(expected);
    expect(out).not.toMatch(/<[^\s]/);
  });
});

describe('plainTextSafe', () => {
  it.each([
    ['<!channel> <@U1> <#C1>', `<${ZWSP}!channel> <${ZWSP}@U1> <${ZWSP}#C1>`],
    ['Tom & Jerry', 'Tom & Jerry'],
    ['@here', `@${ZWJ}here`],
  ])('%j → %j', (input, expected) => {
    expect(plainTextSafe(input)).toBe(expected);
  });
});

describe('codeToMrkdwn', () => {
  it('escapes only the control characters and breaks up ``` runs', () => {
    expect(codeToMrkdwn('*a* _b_ <!here> & @here ```x````')).toBe(`*a* _b_ &lt;!here&gt; &amp; @here \`${ZWSP}\`${ZWSP}\`x\`${ZWSP}\`${ZWSP}\`${ZWSP}\``);
  });
});

describe('truncateMrkdwn', () => {
  it.each([
    ['kort', 10, 'kort'],
    ['precies 10', 10, 'precies 10'],
    ['abcdefghijk', 10, 'abcdefghi…'],
    ['abcdef &amp; x', 10, 'abcdef …'],
    ['ab <https://x.nl|label>', 10, 'ab …'],
    ['abcdefgh😀x', 10, 'abcdefgh…'],
  ])('%j at %i → %j', (input, max, expected) => {
    const out = truncateMrkdwn(input, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});

describe('splitMrkdwn', () => {
  it('keeps text that fits in one piece', () => {
    expect(splitMrkdwn('a\n\nb', 10)).toEqual(['a\n\nb']);
  });

  it('splits at paragraphs first', () => {
    expect(splitMrkdwn('aaaa\n\nbbbb\n\ncccc', 10)).toEqual(['aaaa\n\nbbbb', 'cccc']);
  });

  it('splits an over-long paragraph at lines and cuts an over-long line', () => {
    expect(splitMrkdwn('aaa\nbbb\nccc\ndddddddddddddddd', 8)).toEqual(['aaa\nbbb', 'ccc', 'ddddddd…']);
  });

  it('drops empty pieces', () => {
    expect(splitMrkdwn('', 10)).toEqual([]);
    expect(splitMrkdwn('  ', 10)).toEqual([]);
  });
});
