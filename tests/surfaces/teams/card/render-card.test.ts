import { createRequire } from 'node:module';
import type * as AdaptiveCardsModule from 'adaptivecards';
import { CardFactory } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import {
  TEAMS_CARD_ACTIONS,
  TEAMS_LIMITS,
  type AdaptiveCard,
  type CardElement,
  type ExecuteAction,
  type TextBlock,
} from '../../../../src/surfaces/teams/card/card-types.js';
import { parseCardSubmit } from '../../../../src/surfaces/teams/card/card-submit.js';
import { renderCard, renderCardAttachment, type RenderCardOptions } from '../../../../src/surfaces/teams/card/render-card.js';
import { rich, type Reply, type ReplyPart } from '../../../../src/core/reply-model.js';
import { ALL_FIXTURES, GOLDEN_FIXTURES } from '../../slack/fixtures.js';

/*
 * Validation: the official `adaptivecards` renderer library (devDependency). Its ESM build
 * (`lib/`) uses extension-less imports that Node cannot load, so the UMD bundle in `dist/` is
 * loaded instead; parsing needs no DOM. Parsing for target version 1.5 reports unknown element
 * and action types, invalid enum values and features newer than 1.5; `validateProperties`
 * reports structural problems; and since the library drops every property it does not know,
 * a card that survives `parse` + `toJSON` unchanged has no misspelled or unsupported property.
 */
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsModule;

function validate(card: unknown): { problems: string[]; roundTrip: unknown } {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return { problems, roundTrip: parsed.toJSON(context) };
}

/** Every element type of Adaptive Cards 1.5 (adaptivecards.io/explorer). */
const AC_15_ELEMENTS = new Set([
  'TextBlock',
  'Image',
  'Media',
  'RichTextBlock',
  'TextRun',
  'ActionSet',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ImageSet',
  'Table',
  'TableRow',
  'TableCell',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);
const AC_15_ACTIONS = new Set(['Action.OpenUrl', 'Action.Submit', 'Action.ShowCard', 'Action.ToggleVisibility', 'Action.Execute']);

type Fixture = { name: string; reply: Reply; options?: RenderCardOptions };
const render = (fixture: Fixture) => renderCard(fixture.reply, { feedback: fixture.options?.feedback === true });

/** Every element, nested ones included. */
function elementsOf(elements: readonly CardElement[]): Array<CardElement | { type: 'Column' }> {
  return elements.flatMap((element) => {
    switch (element.type) {
      case 'Container':
        return [element, ...elementsOf(element.items)];
      case 'ColumnSet':
        return [element, ...element.columns.flatMap((column) => [column, ...elementsOf(column.items)])];
      default:
        return [element];
    }
  });
}

const textBlocksOf = (card: AdaptiveCard): TextBlock[] => elementsOf(card.body).filter((e): e is TextBlock => e.type === 'TextBlock');
/** Every string a user can see in the card body. */
const bodyTextsOf = (card: AdaptiveCard): string[] =>
  elementsOf(card.body).flatMap((e) => (e.type === 'TextBlock' ? [e.text] : e.type === 'FactSet' ? e.facts.flatMap((f) => [f.title, f.value]) : []));

const minimal = (patch: Partial<Reply>): Reply => ({
  lang: 'nl',
  audience: 'asker',
  parts: [{ kind: 'text', text: rich('Hallo') }],
  citations: [],
  followUps: [],
  ...patch,
});

const finding = (severity: 'oranje' | 'rood', n = 1): ReplyPart => ({
  kind: 'finding',
  code: 'belediging',
  severity,
  message: `Punt ${n}`,
  fix: 'Formuleer het vriendelijker.',
  excerpt: `woord ${n}`,
  rule: { itemId: 'tip-omgangsvormen', label: 'Tip: omgangsvormen' },
});

describe('renderCard golden files', () => {
  it.each(GOLDEN_FIXTURES.map((f) => [f.name, f] as const))('%s', async (name, fixture) => {
    // Invisible characters written as \u escapes, so a reviewer sees them; the JSON is the same.
    const json = `${JSON.stringify(render(fixture), null, 2)}\n`.replace(
      /[\u00A0\u00AD\u200B-\u200D\u2060]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
    await expect(json).toMatchFileSnapshot(`../../golden/${name}.teams.json`);
  });
});

describe('renderCard properties, over every fixture', () => {
  describe.each(ALL_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const { card, text } = render(fixture);
    const actions = card.actions ?? [];

    it('is an Adaptive Card 1.5 with a non-empty fallbackText, also used as the activity text', () => {
      expect(card.type).toBe('AdaptiveCard');
      expect(card.version).toBe('1.5');
      expect(card.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
      expect(card.fallbackText.trim()).not.toBe('');
      expect(card.fallbackText.length).toBeLessThanOrEqual(TEAMS_LIMITS.plainText);
      expect(text).toBe(card.fallbackText);
    });

    it('passes the adaptivecards library: no parse or validation event, nothing dropped', () => {
      const { problems, roundTrip } = validate(card);
      expect(problems).toEqual([]);
      expect(roundTrip).toEqual(card);
    });

    it('uses only element and action types of Adaptive Cards 1.5', () => {
      for (const element of elementsOf(card.body)) expect(AC_15_ELEMENTS, element.type).toContain(element.type);
      for (const action of actions) expect(AC_15_ACTIONS).toContain(action.type);
    });

    it('keeps every text non-empty and within 4000 characters', () => {
      expect(card.body.length).toBeGreaterThan(0);
      for (const value of bodyTextsOf(card)) {
        expect(value.trim()).not.toBe('');
        expect(value.length).toBeLessThanOrEqual(TEAMS_LIMITS.textBlock);
      }
      for (const block of textBlocksOf(card)) expect(block.wrap).toBe(true);
    });

    it('has at most 7 actions, 5 of them follow-ups, with titles of at most 40 characters', () => {
      expect(actions.length).toBeLessThanOrEqual(7);
      expect(actions.filter((a) => a.type === 'Action.ShowCard' || 'command' in a.data).length).toBeLessThanOrEqual(5);
      for (const action of actions) {
        expect(action.title.trim()).not.toBe('');
        expect(action.title.length).toBeLessThanOrEqual(40);
      }
    });

    it('makes every action readable back by parseCardSubmit, with plain data (no msteams object)', () => {
      for (const action of actions) {
        if (action.type === 'Action.ShowCard') continue;
        expect(action.data).not.toHaveProperty('msteams');
        expect(parseCardSubmit(action.data)).toEqual(action.data);
      }
    });

    it('stays within the message size limit', () => {
      expect(JSON.stringify(card).length + text.length).toBeLessThanOrEqual(TEAMS_LIMITS.message);
    });

    it('lets no < through without a word joiner after it, so no <at> mention or tag can form', () => {
      expect(JSON.stringify({ card, text })).not.toMatch(/<(?!\\u2060|\u2060)/);
    });

    it('keeps every @channel, @team, @here and @everyone broken', () => {
      expect(JSON.stringify({ card, text })).not.toMatch(/@(channel|team|here|everyone)/i);
    });
  });
});

describe('renderCard with user text (the hostile fixture)', () => {
  const hostile = ALL_FIXTURES.find((f) => f.name === 'hostile');
  if (!hostile) throw new Error('hostile fixture missing');
  const { card, text } = render(hostile);
  const lt = '<\u2060';
  const escapedHostile = `${lt}!channel> ${lt}@U123> ${lt}#C1\\|x> ${lt}https://evil\\|click> @\u200Dhere ${lt}!subteam^S1> &\u2060amp; \\*vet\\* \\_schuin\\_ \\~weg\\~ \\\`code\\\` \\\`\\\`\\\`blok\\\`\\\`\\\``;

  it('escapes user text in every place it can appear', () => {
    const texts = bodyTextsOf(card);
    expect(texts).toContain(`Check: ${escapedHostile}`);
    expect(texts).toContain(escapedHostile);
    expect(texts).toContain(`🟠 You write ${escapedHostile}`);
    expect(texts).toContain(`“${escapedHostile}\n\n\u2060> not a quote”`);
    expect(texts).toContain(`— ${escapedHostile}`);
    expect(texts).toContain(`**${escapedHostile}**`);
    expect(texts).toContain(`${escapedHostile}\n\nmore \\\`\\\`\\\`\\\` text`);
    expect(texts).toContain(`📖 ${escapedHostile}`);
    expect(texts.filter((t) => t === escapedHostile).length).toBeGreaterThanOrEqual(4); // rule, fix, quote, field label and value
  });

  it('never lets user text format: no unescaped * ~ ` | [ ] outside our own markup', () => {
    for (const value of bodyTextsOf(card)) {
      const withoutOurs = value.replace(/^\*\*|\*\*(?= |$)/g, '').replace(/_schuin_/g, '');
      expect(withoutOurs.replace(/\\[!-/:-@[-`{-~]/g, ''), value).not.toMatch(/[*~`|[\]]|<(?!\u2060)/);
    }
  });

  it('forms no link from the bad markdown link in bot text', () => {
    const body = bodyTextsOf(card).join('\n');
    expect(body).toContain('\\[click\\]\\(https://evil\\|x)');
    expect(body).not.toMatch(/(?<!\\)\]\(/);
  });

  it('neutralises the plain text too, and keeps the user text readable there', () => {
    expect(text).toContain(`${lt}!channel> ${lt}@U123>`);
    expect(text).toContain('*vet* _schuin_');
  });

  it('shows button labels neutralised and cut at 40 characters', () => {
    const followUp = card.actions?.[0];
    expect(followUp?.title).toBe(`${lt}!channel> ${lt}@U123> ${lt}#C1|x> ${lt}https:/…`);
    expect(followUp?.type === 'Action.Submit' ? followUp.data : undefined).toEqual({ command: 'regel 6', lang: 'en' });
  });
});

describe('renderCard parts', () => {
  it('renders the title as a Medium, Bolder, wrapping TextBlock on one line', () => {
    const { card } = renderCard(minimal({ title: 'Regel 3:\n  _Bedenk_ dit' }));
    expect(card.body[0]).toEqual({ type: 'TextBlock', text: 'Regel 3: \\_Bedenk\\_ dit', wrap: true, size: 'Medium', weight: 'Bolder' });
  });

  it('renders a verdict as its colour dot and the summary, once (no "ROOD Rood"), coloured', () => {
    const verdict = (v: 'groen' | 'oranje' | 'rood', summary = 'Rood: niet *plaatsen*.') =>
      renderCard(minimal({ parts: [{ kind: 'verdict', verdict: v, summary }] })).card.body[0];
    expect(verdict('rood')).toEqual({
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: '🔴', wrap: true }] },
        {
          type: 'Column',
          width: 'stretch',
          verticalContentAlignment: 'Center',
          items: [{ type: 'TextBlock', text: 'Rood: niet \\*plaatsen\\*.', wrap: true, color: 'Attention', weight: 'Bolder' }],
        },
      ],
    });
    const colour = (v: 'groen' | 'oranje' | 'rood') => {
      const set = verdict(v, 'x');
      const block = set?.type === 'ColumnSet' ? set.columns[1]?.items[0] : undefined;
      const dot = set?.type === 'ColumnSet' ? set.columns[0]?.items[0] : undefined;
      return [dot?.type === 'TextBlock' ? dot.text : '', block?.type === 'TextBlock' ? block.color : ''];
    };
    expect(colour('groen')).toEqual(['🟢', 'Good']);
    expect(colour('oranje')).toEqual(['🟠', 'Warning']);
    expect(colour('rood')).toEqual(['🔴', 'Attention']);
  });

  it('renders a finding as a Container styled by severity, with message, excerpt and facts', () => {
    const { card } = renderCard(minimal({ parts: [finding('rood'), finding('oranje', 2)] }));
    expect(card.body[0]).toEqual({
      type: 'Container',
      style: 'attention',
      items: [
        { type: 'TextBlock', text: '🔴 Punt 1', wrap: true, weight: 'Bolder' },
        { type: 'TextBlock', text: '“woord 1”', wrap: true, isSubtle: true },
        {
          type: 'FactSet',
          facts: [
            { title: 'Regel', value: 'Tip: omgangsvormen' },
            { title: 'Oplossing', value: 'Formuleer het vriendelijker.' },
          ],
        },
      ],
    });
    expect(card.body[1]).toMatchObject({ type: 'Container', style: 'warning' });
    const english = renderCard(minimal({ lang: 'en', parts: [finding('rood')] })).card.body[0];
    expect(english?.type === 'Container' && english.items[2]).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'Rule', value: 'Tip: omgangsvormen' },
        { title: 'Fix', value: 'Formuleer het vriendelijker.' },
      ],
    });
  });

  it('renders a quote in an emphasis Container, subtle, with its source', () => {
    const { card } = renderCard(minimal({ parts: [{ kind: 'quote', text: 'Regel een\nRegel twee', source: 'Richtlijnen, regel 3' }] }));
    expect(card.body[0]).toEqual({
      type: 'Container',
      style: 'emphasis',
      items: [
        { type: 'TextBlock', text: 'Regel een\n\nRegel twee', wrap: true, isSubtle: true },
        { type: 'TextBlock', text: '— Richtlijnen, regel 3', wrap: true, isSubtle: true, size: 'Small' },
      ],
    });
  });

  it('renders copy text as a bold label and a Monospace TextBlock', () => {
    const { card } = renderCard(minimal({ parts: [{ kind: 'copy', label: 'Zo kan het wel', text: 'Trots! *Morgen* meer.' }] }));
    expect(card.body).toEqual([
      { type: 'TextBlock', text: '**Zo kan het wel**', wrap: true },
      { type: 'Container', style: 'emphasis', items: [{ type: 'TextBlock', text: 'Trots! \\*Morgen\\* meer.', wrap: true, fontType: 'Monospace' }] },
    ]);
  });

  it('renders fields as a FactSet', () => {
    const { card } = renderCard(
      minimal({
        parts: [
          {
            kind: 'fields',
            fields: [
              { label: 'Link', value: 'https://a.example/x_y' },
              { label: '', value: '' },
            ],
          },
        ],
      }),
    );
    expect(card.body[0]).toEqual({ type: 'FactSet', facts: [{ title: 'Link', value: 'https://a.example/x_y' }] });
  });

  it('lists citations once each in a small, subtle TextBlock', () => {
    const { card } = renderCard(
      minimal({
        citations: [
          { itemId: 'regel-7', label: 'Regel 7' },
          { itemId: 'regel-2', label: 'Regel 2' },
          { itemId: 'regel-7', label: 'Regel 7' },
        ],
      }),
    );
    expect(card.body.at(-1)).toEqual({ type: 'TextBlock', text: '📖 Regel 7 · 📖 Regel 2', wrap: true, isSubtle: true, size: 'Small' });
  });

  it('splits long text into TextBlocks of at most 4000 characters', () => {
    const long = ALL_FIXTURES.find((f) => f.name === 'long-text');
    if (!long) throw new Error('long-text fixture missing');
    const blocks = render(long).card.body.filter((b): b is TextBlock => b.type === 'TextBlock' && !b.size);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) expect(block.text.length).toBeLessThanOrEqual(4000);
    expect(blocks[0]?.text).toMatch(/^\*\*Alinea 1\.\*\*/);
  });

  it('makes one Action.Submit with plain data per follow-up (at most 5), which every Teams client sends back', () => {
    const followUps = Array.from({ length: 7 }, (_, i) => ({ label: `Meer over regel ${i + 1}`, command: `regel ${i + 1}` }));
    const { card } = renderCard(minimal({ followUps }));
    expect(card.actions).toEqual(
      followUps.slice(0, TEAMS_CARD_ACTIONS.followUp.max).map((f) => ({ type: 'Action.Submit', title: f.label, data: { command: f.command, lang: 'nl' } })),
    );
  });

  it('makes a follow-up answered in place an Action.Execute', () => {
    const { card } = renderCard(
      minimal({ lang: 'en', followUps: [{ label: 'I will take this', command: 'escalation E-AAAAA claim', inPlace: true, style: 'primary' }] }),
    );
    expect(card.actions).toEqual([
      { type: 'Action.Execute', title: 'I will take this', verb: 'command', style: 'positive', data: { command: 'escalation E-AAAAA claim', lang: 'en' } },
    ]);
  });

  it('cuts a title at 40 characters and skips a follow-up without label or with a too-long command', () => {
    const { card } = renderCard(
      minimal({
        followUps: [
          { label: 'x'.repeat(100), command: 'regel 1' },
          { label: 'Te lang', command: 'y'.repeat(2001) },
          { label: '  ', command: 'regel 2' },
        ],
      }),
    );
    expect(card.actions?.map((a) => a.title)).toEqual([`${'x'.repeat(39)}…`]);
  });

  it('leaves out actions when there are none', () => {
    expect(renderCard(minimal({})).card).not.toHaveProperty('actions');
  });

  it('adds 👍 / 👎 as Action.Execute (answered on the card) only when asked and the reply has feedbackFor', () => {
    const { card } = renderCard(minimal({ lang: 'en', feedbackFor: 'regel-7', alternatives: ['regel-8'] }), { feedback: true });
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        verb: 'vote',
        title: '👍',
        tooltip: 'Yes, this helped',
        data: { feedback: 'up', itemId: 'regel-7', lang: 'en', alternatives: ['regel-8'] },
      },
      {
        type: 'Action.Execute',
        verb: 'vote',
        title: '👎',
        tooltip: 'No, this did not help',
        data: { feedback: 'down', itemId: 'regel-7', lang: 'en', alternatives: ['regel-8'] },
      },
    ] satisfies ExecuteAction[]);
    expect(card.body.at(-1)).toEqual({ type: 'TextBlock', text: 'Was this helpful?', wrap: true, isSubtle: true, size: 'Small' });
    expect(renderCard(minimal({ feedbackFor: 'regel-7' })).card.actions).toBeUndefined();
    expect(renderCard(minimal({}), { feedback: true }).card.actions).toBeUndefined();
  });

  it('shows thanks instead of 👍 / 👎 once the asker voted', () => {
    const { card } = renderCard(minimal({ feedbackFor: 'regel-7', voted: 'up' }), { feedback: true });
    expect(card.actions).toBeUndefined();
    expect(card.body.at(-1)).toEqual({ type: 'TextBlock', text: 'Bedankt, fijn dat je er iets aan had!', wrap: true, color: 'Good' });
  });

  it('shows each reply its own title, citations, buttons and votes, also when it shares its (frozen) parts with another', () => {
    // Frozen parts are an item's, made once and in every reply about it: the card's fixed side is made once for them too.
    const parts = [
      Object.freeze({ kind: 'text', text: rich('Vraag het eerst.') } as const),
      Object.freeze({ kind: 'text', text: rich('Dan pas posten.') } as const),
    ];
    const asked = (patch: Partial<Reply>) => renderCard(minimal({ parts: [...parts], feedbackFor: 'regel-7', ...patch }), { feedback: true });
    const first = asked({ title: 'Regel 7: Vraag toestemming', citations: [{ itemId: 'regel-7', label: 'Regel 7' }], asked: 'mag ik een foto posten?' });
    const again = asked({ title: 'Regel 7: Vraag toestemming', citations: [{ itemId: 'regel-7', label: 'Regel 7' }], asked: 'foto van collega?' });
    expect(again.card.body).toEqual(first.card.body);
    expect(again.text).toBe(first.text);
    expect(again.card.actions?.map((a) => (a.type === 'Action.Execute' ? a.data : undefined))).toEqual([
      expect.objectContaining({ feedback: 'up', asked: 'foto van collega?' }),
      expect.objectContaining({ feedback: 'down', asked: 'foto van collega?' }),
    ]);
    const retitled = asked({ title: 'Rule 7: Ask first', citations: [{ itemId: 'regel-7', label: 'Regel 7' }] });
    expect(bodyTextsOf(retitled.card)[0]).toBe('Rule 7: Ask first');
    expect(retitled.text).toMatch(/^Rule 7: Ask first\n/);
    const recited = asked({ title: 'Regel 7: Vraag toestemming', citations: [{ itemId: 'regel-8', label: 'Regel 8' }] });
    expect(bodyTextsOf(recited.card).join('\n')).toMatch(/Regel 8/);
    expect(recited.text).toMatch(/\(Regel 8\)$/);
    const howTo = Object.freeze({ kind: 'text', text: rich('Vraag een check aan.') } as const);
    const other = asked({ title: 'Regel 7: Vraag toestemming', citations: [{ itemId: 'regel-7', label: 'Regel 7' }], parts: [parts[0] as ReplyPart, howTo] });
    expect(bodyTextsOf(other.card)).toContain('Vraag een check aan.');
  });

  it('cuts a card over the size limit, marks the cut and keeps citations and buttons', () => {
    const reply = minimal({
      title: 'Heel veel',
      parts: Array.from({ length: 300 }, (_, i) => finding('oranje', i + 1)),
      citations: [{ itemId: 'tip-omgangsvormen', label: 'Tip: omgangsvormen' }],
      followUps: [{ label: 'Nog een tip', command: 'tip' }],
      feedbackFor: 'tip-omgangsvormen',
    });
    const { card, text } = renderCard(reply, { feedback: true });
    expect(JSON.stringify(card).length + text.length).toBeLessThanOrEqual(TEAMS_LIMITS.message);
    expect(card.body.length).toBeLessThan(300);
    expect(card.body.slice(-3)).toEqual([
      { type: 'TextBlock', text: '… (ingekort)', wrap: true, isSubtle: true },
      { type: 'TextBlock', text: '📖 Tip: omgangsvormen', wrap: true, isSubtle: true, size: 'Small' },
      { type: 'TextBlock', text: 'Had je hier iets aan?', wrap: true, isSubtle: true, size: 'Small' },
    ]);
    expect(card.actions?.map((a) => a.title)).toEqual(['Nog een tip', '👍', '👎']);
    expect(text.length).toBeLessThanOrEqual(TEAMS_LIMITS.plainText);
    expect(text.endsWith('…')).toBe(true);
    expect(validate(card).problems).toEqual([]);
  });
  it('cuts exactly where the next element would not fit, for parts rendered once or every time', () => {
    // Text parts of uneven lengths, every other one frozen (a knowledge item's part, rendered once and its size remembered).
    const parts = (count: number, seed: number): ReplyPart[] =>
      Array.from({ length: count }, (_, i) => {
        const part: ReplyPart = { kind: 'text', text: rich(`${i} ${'woord '.repeat(5 + ((i * 37 + seed) % 90))}"\\ é`) };
        return i % 2 === 0 ? Object.freeze(part) : part;
      });
    for (const [count, seed] of [
      [10, 1],
      [60, 2],
      [61, 3],
      [62, 4],
      [70, 5],
      [90, 6],
      [200, 7],
    ] as const) {
      const reply = minimal({ parts: parts(count, seed), citations: [{ itemId: 'regel-7', label: 'Regel 7' }], feedbackFor: 'regel-7' });
      const first = renderCard(reply, { feedback: true });
      const { card, text } = renderCard(reply, { feedback: true });
      expect(card).toEqual(first.card);
      const size = (body: CardElement[]) => JSON.stringify({ ...card, body }).length + text.length;
      expect(size(card.body)).toBeLessThanOrEqual(TEAMS_LIMITS.message);
      const cut = card.body.findIndex((e) => e.type === 'TextBlock' && e.text === '… (ingekort)');
      if (cut === -1) {
        expect(card.body).toHaveLength(count + 2);
        continue;
      }
      // One more part before the marker would have been too much.
      const next = renderCard(minimal({ parts: [reply.parts[cut] as ReplyPart] })).card.body;
      expect(next).toHaveLength(1);
      expect(size([...card.body.slice(0, cut), ...next, ...card.body.slice(cut)])).toBeGreaterThan(TEAMS_LIMITS.message);
    }
  });
});

describe('renderCardAttachment', () => {
  it('is what CardFactory.adaptiveCard makes of the card', () => {
    const fixture = ALL_FIXTURES[0];
    if (!fixture) throw new Error('no fixture');
    const attachment = renderCardAttachment(fixture.reply, { feedback: true });
    expect(attachment).toEqual(CardFactory.adaptiveCard(renderCard(fixture.reply, { feedback: true }).card));
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });
});

describe('the validator catches mistakes', () => {
  const base = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', fallbackText: 'x' };

  it('reports an unknown element type, an unknown action and an invalid value', () => {
    const { problems } = validate({
      ...base,
      body: [
        { type: 'TextBox', text: 'x' },
        { type: 'TextBlock', text: 'x', size: 'Huge' },
      ],
      actions: [{ type: 'Action.Sumbit', title: 'x' }],
    });
    expect(problems.join('\n')).toMatch(/TextBox/);
    expect(problems.join('\n')).toMatch(/Huge/);
    expect(problems.join('\n')).toMatch(/Action\.Sumbit/);
  });

  it('drops a misspelled property, so the round trip differs', () => {
    const card = { ...base, body: [{ type: 'TextBlock', text: 'x', wrapp: true }] };
    expect(validate(card).roundTrip).not.toEqual(card);
  });
});
