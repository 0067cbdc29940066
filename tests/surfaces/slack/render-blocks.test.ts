import type { Button, KnownBlock, TextObject } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { renderBlocks, SLACK_ACTIONS, SLACK_LIMITS } from '../../../src/surfaces/slack/render-blocks.js';
import { rich, type Reply } from '../../../src/core/reply-model.js';
import { ALL_FIXTURES, GOLDEN_FIXTURES, HOSTILE } from './fixtures.js';

const render = (fixture: (typeof ALL_FIXTURES)[number]) => renderBlocks(fixture.reply, fixture.options);

/** Every text object in a block, with where it sits. */
function textsOf(block: KnownBlock): Array<{ where: string; text: TextObject }> {
  switch (block.type) {
    case 'header':
      return [{ where: 'header', text: block.text }];
    case 'section':
      return [...(block.text ? [{ where: 'section', text: block.text }] : []), ...(block.fields ?? []).map((text) => ({ where: 'field', text }))];
    case 'context':
      return block.elements.flatMap((e) => ('text' in e && typeof e.text === 'string' ? [{ where: 'context', text: e as TextObject }] : []));
    case 'actions':
      return buttonsOf(block).map((b) => ({ where: 'button', text: b.text }));
    default:
      return [];
  }
}

function buttonsOf(block: KnownBlock): Button[] {
  return block.type === 'actions' ? block.elements.filter((e): e is Button => e.type === 'button') : [];
}

const MAX_TEXT: Record<string, number> = {
  header: SLACK_LIMITS.headerText,
  section: SLACK_LIMITS.sectionText,
  field: SLACK_LIMITS.fieldText,
  context: SLACK_LIMITS.contextText,
  button: SLACK_LIMITS.buttonText,
};

const minimal = (patch: Partial<Reply>): Reply => ({
  lang: 'nl',
  audience: 'asker',
  parts: [{ kind: 'text', text: rich('Hallo') }],
  citations: [],
  followUps: [],
  ...patch,
});

describe('renderBlocks golden files', () => {
  it.each(GOLDEN_FIXTURES.map((f) => [f.name, f] as const))('%s', async (name, fixture) => {
    // Invisible characters (zero-width joiner and space, soft hyphen) written as \u escapes, so a
    // reviewer sees them; the file is the same JSON either way.
    const json = `${JSON.stringify(render(fixture), null, 2)}\n`.replace(
      /[\u00AD\u200B-\u200D\u2060]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
    await expect(json).toMatchFileSnapshot(`../golden/${name}.slack.json`);
  });
});

describe('renderBlocks properties, over every fixture', () => {
  describe.each(ALL_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const message = render(fixture);

    it('has a non-empty text within the limit', () => {
      expect(message.text.trim()).not.toBe('');
      expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    });

    it('has at most 50 blocks', () => {
      expect(message.blocks.length).toBeGreaterThan(0);
      expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    });

    it('keeps every text within its limit and never empty', () => {
      for (const block of message.blocks) {
        for (const { where, text } of textsOf(block)) {
          expect(text.text.length, `${where}: ${text.text.slice(0, 40)}`).toBeLessThanOrEqual(MAX_TEXT[where] ?? 0);
          expect(text.text.trim(), where).not.toBe('');
          if (where === 'header' || where === 'button') expect(text.type).toBe('plain_text');
        }
        if (block.type === 'section') expect(block.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
        if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(10);
      }
    });

    it('gives every button a unique action_id and a value within the limit', () => {
      const buttons = message.blocks.flatMap(buttonsOf);
      const ids = buttons.map((b) => b.action_id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const b of buttons) expect((b.value ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
      expect(buttons.filter((b) => b.action_id?.startsWith(SLACK_ACTIONS.followUpPrefix)).length).toBeLessThanOrEqual(SLACK_LIMITS.followUpButtons);
    });

    it('lets no special sequence survive: no <!, <@ or <# anywhere', () => {
      expect(JSON.stringify(message)).not.toMatch(/<[!@#]/);
    });
  });
});

describe('renderBlocks with user text', () => {
  const hostile = ALL_FIXTURES.find((f) => f.name === 'hostile');
  if (!hostile) throw new Error('hostile fixture missing');
  const message = render(hostile);
  const json = JSON.stringify(message);

  it('forms no link from user text, and escapes the rejected markdown link', () => {
    expect(json).not.toMatch(/<https?:/);
    expect(json).toContain('&lt;https://evil|click&gt;');
  });

  it('breaks every @here, @channel and @everyone outside code blocks', () => {
    // Copy text stays byte for byte (see codeToMrkdwn); Slack never links names in code.
    const outsideCode = (text: string) => (text.includes('```\n') ? text.slice(0, text.indexOf('```\n')) + text.slice(text.lastIndexOf('\n```')) : text);
    const texts = [message.text, ...message.blocks.flatMap(textsOf).map((t) => outsideCode(t.text.text))];
    for (const text of texts) expect(text).not.toMatch(/@(here|channel|everyone)/i);
    expect(json).toContain('@\u200Dhere');
  });

  it('keeps the user text readable: the words are all there', () => {
    for (const block of message.blocks.filter((b) => b.type === 'section')) {
      const text = textsOf(block)
        .map((t) => t.text.text)
        .join('\n');
      expect(text).toMatch(/channel|U123|evil/);
    }
  });

  it('never lets user text format: no bare *, _, ~ or ` outside our own markup', () => {
    // Our markup: *bold* around labels and verdict words, ``` fences, `>` quote prefixes.
    const finding = message.blocks.find((b) => b.type === 'section' && b.text?.text.startsWith('🟠 You write'));
    expect(finding?.type === 'section' && finding.text?.text).toBe(
      '🟠 You write &lt;!channel&gt; &lt;@U123&gt; &lt;#C1|x&gt; &lt;https://evil|click&gt; @\u200Dhere &lt;!subteam^S1&gt; &amp;amp; ∗vet∗ ˍschuinˍ ∼weg∼ ˋcodeˋ ˋˋˋblokˋˋˋ\n' +
        '> &lt;!channel&gt; &lt;@U123&gt; &lt;#C1|x&gt; &lt;https://evil|click&gt; @\u200Dhere &lt;!subteam^S1&gt; &amp;amp; ∗vet∗ ˍschuinˍ ∼weg∼ ˋcodeˋ ˋˋˋblokˋˋˋ\n' +
        '> \u00AD&gt; not a quote',
    );
  });

  it('puts copy text in a code block, escaped, with inner ``` broken up', () => {
    const copy = message.blocks.find((b) => b.type === 'section' && b.text?.text.includes('```\n'));
    const text = copy?.type === 'section' ? (copy.text?.text ?? '') : '';
    const code = text.slice(text.indexOf('```\n') + 4, text.lastIndexOf('\n```'));
    expect(code).not.toContain('```');
    expect(code).toContain('&lt;!channel&gt;');
    expect(code.replace(/\u200B/g, '')).toBe(`${HOSTILE}\nmore \`\`\`\` text`.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('escapes the top-level text', () => {
    expect(message.text).toContain('&lt;!channel&gt;');
    expect(message.text).not.toMatch(/<[!@#h]/);
  });
});

describe('renderBlocks parts', () => {
  it('renders the title as a plain_text header, cut at 150 characters', () => {
    const { blocks } = renderBlocks(minimal({ title: 'x'.repeat(200) }));
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: `${'x'.repeat(149)}…`, emoji: true } });
  });

  it('renders a verdict as its colour dot and the summary in bold, once (no "ROOD Rood")', () => {
    const verdict = (lang: 'nl' | 'en', summary: string) => renderBlocks(minimal({ lang, parts: [{ kind: 'verdict', verdict: 'rood', summary }] })).blocks[0];
    expect(verdict('nl', 'Rood: niet plaatsen.')).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '🔴 *Rood: niet plaatsen.*' } });
    expect(verdict('en', 'Red: do not post.')).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '🔴 *Red: do not post.*' } });
  });

  it('splits long text into sections of at most 3000 characters, cutting an over-long line', () => {
    const long = ALL_FIXTURES.find((f) => f.name === 'long-text');
    if (!long) throw new Error('long-text fixture missing');
    const sections = render(long).blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(4);
    const texts = sections.map((s) => (s.type === 'section' ? (s.text?.text ?? '') : ''));
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(3000);
    const cut = texts.find((text) => text.startsWith('Een te lange regel'));
    expect(cut).toMatch(/^Een te lange regel: bla bla .*…$/);
    expect(cut).toHaveLength(3000);
    expect(texts[0]).toMatch(/^\*Alinea 1\.\*/);
  });

  it('makes one button per follow-up (at most 5), with the command and the reply language as value', () => {
    const followUps = Array.from({ length: 7 }, (_, i) => ({ label: `Regel ${i + 1}`, command: `regel ${i + 1}` }));
    const { blocks } = renderBlocks(minimal({ followUps }));
    const buttons = blocks.flatMap(buttonsOf);
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual(
      followUps.slice(0, 5).map((f, i) => [`follow_up_${i}`, JSON.stringify({ command: f.command, lang: 'nl' })]),
    );
  });

  it('cuts button text at 75 characters and skips a command too long for a value', () => {
    const { blocks } = renderBlocks(
      minimal({
        followUps: [
          { label: 'x'.repeat(100), command: 'regel 1' },
          { label: 'Te lang', command: 'y'.repeat(2001) },
        ],
      }),
    );
    const buttons = blocks.flatMap(buttonsOf);
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.text.text).toBe(`${'x'.repeat(74)}…`);
  });

  it('adds a share button by language only when asked', () => {
    const labels = (reply: Reply, shareable: boolean) =>
      renderBlocks(reply, shareable ? { share: 'regel 7' } : {})
        .blocks.flatMap(buttonsOf)
        .filter((b) => b.action_id === SLACK_ACTIONS.share)
        .map((b) => b.text.text);
    expect(labels(minimal({}), true)).toEqual(['Deel in kanaal']);
    expect(labels(minimal({ lang: 'en' }), true)).toEqual(['Share in channel']);
    expect(labels(minimal({}), false)).toEqual([]);
  });

  it('adds 👍 / 👎 with the language, item id and alternatives only when asked and the reply has feedbackFor', () => {
    const withFeedback = renderBlocks(minimal({ feedbackFor: 'regel-7', alternatives: ['regel-8'] }), { feedback: true }).blocks;
    expect(withFeedback.at(-2)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Had je hier iets aan?' }] });
    expect(buttonsOf(withFeedback.at(-1) as KnownBlock).map((b) => [b.action_id, b.value, b.text.text])).toEqual([
      ['feedback_up', 'nl:regel-7:regel-8', '👍'],
      ['feedback_down', 'nl:regel-7:regel-8', '👎'],
    ]);
    const voted = renderBlocks(minimal({ feedbackFor: 'regel-7', voted: 'down', lang: 'en' }), { feedback: true }).blocks;
    expect(voted.flatMap(buttonsOf)).toEqual([]);
    expect(JSON.stringify(voted.at(-1))).toContain('Thanks for your feedback');
    expect(renderBlocks(minimal({ feedbackFor: 'regel-7' })).blocks.flatMap(buttonsOf)).toEqual([]);
    expect(renderBlocks(minimal({}), { feedback: true }).blocks.flatMap(buttonsOf)).toEqual([]);
  });

  it('lists citations in one context block, once each', () => {
    const { blocks } = renderBlocks(
      minimal({
        citations: [
          { itemId: 'regel-7', label: 'Regel 7' },
          { itemId: 'regel-2', label: 'Regel 2' },
          { itemId: 'regel-7', label: 'Regel 7' },
        ],
      }),
    );
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '📖 Regel 7 · 📖 Regel 2' }] });
  });

  it('puts at most 10 fields in a section and starts another for the rest', () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({ label: `Veld ${i}`, value: 'w'.repeat(2500) }));
    const sections = renderBlocks(minimal({ parts: [{ kind: 'fields', fields }] })).blocks.filter((b) => b.type === 'section');
    expect(sections.map((s) => (s.type === 'section' ? s.fields?.length : 0))).toEqual([10, 2]);
  });

  it('cuts a message over 50 blocks, marks the cut and keeps the buttons', () => {
    const many = ALL_FIXTURES.find((f) => f.name === 'too-many-blocks');
    if (!many) throw new Error('too-many-blocks fixture missing');
    const { blocks } = render(many);
    expect(blocks).toHaveLength(50);
    const types = blocks.map((b) => b.type);
    expect(types.slice(-4)).toEqual(['context', 'actions', 'context', 'actions']);
    expect(blocks.at(-5)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '… (ingekort)' }] });
    expect(blocks.flatMap(buttonsOf).map((b) => b.action_id)).toEqual(['follow_up_0', 'share_answer', 'feedback_up', 'feedback_down']);
  });
});
