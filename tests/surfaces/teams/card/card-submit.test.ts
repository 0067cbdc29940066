import { describe, expect, it } from 'vitest';
import { parseCardSubmit } from '../../../../src/surfaces/teams/card/card-submit.js';
import { TEAMS_CARD_ACTIONS } from '../../../../src/surfaces/teams/card/card-types.js';
import { renderCard } from '../../../../src/surfaces/teams/card/render-card.js';
import { ALL_FIXTURES, HOSTILE } from '../../slack/fixtures.js';

describe('parseCardSubmit', () => {
  it('reads a follow-up, keeping only the command and the language of its card', () => {
    expect(parseCardSubmit({ command: ' regel 7 ', msteams: { type: 'messageBack' }, extra: 1 })).toEqual({ command: 'regel 7' });
    expect(parseCardSubmit({ command: 'tip', lang: 'en' })).toEqual({ command: 'tip', lang: 'en' });
    expect(parseCardSubmit({ command: 'tip', lang: 'de' })).toEqual({ command: 'tip' });
  });

  it('reads a vote, with the alternatives its answer offered (none on older cards)', () => {
    expect(parseCardSubmit({ feedback: 'down', itemId: 'tip-auteursrecht', lang: 'en', extra: true })).toEqual({
      feedback: 'down',
      itemId: 'tip-auteursrecht',
      lang: 'en',
      alternatives: [],
    });
    expect(parseCardSubmit({ feedback: 'up', itemId: 'regel-7', lang: 'nl', alternatives: ['regel-8'] })).toMatchObject({ alternatives: ['regel-8'] });
    expect(parseCardSubmit({ feedback: 'up', itemId: 'regel-7', lang: 'nl', alternatives: ['../x'] })).toMatchObject({ alternatives: [] });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'regel 7'],
    ['an array', [{ command: 'regel 7' }]],
    ['an empty object', {}],
    ['a number command', { command: 7 }],
    ['an empty command', { command: '   ' }],
    ['a too-long command', { command: 'x'.repeat(2001) }],
    ['a command with control characters', { command: 'regel\u0000 7' }],
    ['an inherited command', Object.create({ command: 'regel 7' }) as unknown],
    [
      'a class instance',
      new (class {
        command = 'regel 7';
      })(),
    ],
    ['an unknown vote', { feedback: 'maybe', itemId: 'regel-7', lang: 'nl' }],
    ['a path as item id', { feedback: 'up', itemId: '../etc/passwd', lang: 'nl' }],
    ['an upper-case item id', { feedback: 'up', itemId: 'Regel-7', lang: 'nl' }],
    ['a too-long item id', { feedback: 'up', itemId: 'a'.repeat(101), lang: 'nl' }],
    ['a missing item id', { feedback: 'up', lang: 'nl' }],
    ['an unknown language', { feedback: 'up', itemId: 'regel-7', lang: 'de' }],
    ['a vote with a command', { feedback: 'sideways', command: 'regel 7' }],
  ])('rejects %s', (_what, value) => {
    expect(parseCardSubmit(value)).toBeUndefined();
  });

  it('reads back the text of a follow-up that asked for one', () => {
    expect(parseCardSubmit({ command: 'escalatie E-AAAAA afhandelen', input: ' Opgelost \n met een reactie ' })).toEqual({
      command: 'escalatie E-AAAAA afhandelen',
      input: 'Opgelost met een reactie',
    });
    expect(parseCardSubmit({ command: 'escalatie E-AAAAA afhandelen', input: 'x'.repeat(501) })).toEqual({ command: 'escalatie E-AAAAA afhandelen' });
  });

  it('renders a follow-up that needs a text as a small form in the card', () => {
    const { card } = renderCard({
      lang: 'nl',
      audience: 'conversation',
      parts: [],
      citations: [],
      followUps: [{ label: 'Afgehandeld', command: 'escalatie E-AAAAA afhandelen', input: { label: 'Hoe?' } }],
    });
    expect(card.actions?.[0]).toMatchObject({
      type: 'Action.ShowCard',
      card: {
        body: [{ type: 'Input.Text', id: 'input', label: 'Hoe?' }],
        actions: [{ type: 'Action.Submit', data: { command: 'escalatie E-AAAAA afhandelen' } }],
      },
    });
  });

  it('accepts what the cards send, for every fixture', () => {
    for (const fixture of ALL_FIXTURES) {
      for (const action of renderCard(fixture.reply, { feedback: fixture.options?.feedback === true }).card.actions ?? []) {
        const data = action.type === 'Action.ShowCard' ? action.card.actions[0]?.data : action.data;
        expect(parseCardSubmit(JSON.parse(JSON.stringify(data)))).toBeDefined();
      }
    }
  });

  it('has the documented shapes', () => {
    expect(TEAMS_CARD_ACTIONS.feedback.votes).toEqual(['up', 'down']);
    expect(HOSTILE).toContain('<!channel>');
  });
});
