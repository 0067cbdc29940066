import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackBot, type SlackBot } from '../../support/slack-harness.js';

let slack: SlackBot;
beforeEach(async () => {
  slack = await startSlackBot();
});
afterEach(async () => {
  await slack.stop();
});

const json = (body: Record<string, unknown> | undefined) => JSON.stringify(body ?? {});
/** What Slack shows: everything but button values, which are never displayed. */
const shown = (body: Record<string, unknown> | undefined) => JSON.stringify(body ?? {}, (key, value: unknown) => (key === 'value' ? undefined : value));

async function answerTo(text: string) {
  const res = await slack.command(text);
  expect(res.status).toBe(200);
  const calls = await slack.api.waitFor('response_url');
  return calls[calls.length - 1]?.body ?? {};
}

describe('/socialmedia in Slack', () => {
  it('acknowledges at once and answers a question privately, citing the rule', async () => {
    const answer = await answerTo('mag ik een foto van een collega posten?');
    // In the acknowledgement itself: Slack shows it at once, no second request needed.
    expect(slack.api.callsOf('response_url').map((c) => c.via)).toEqual(['ack']);
    expect(answer.response_type).toBe('ephemeral');
    expect(json(answer)).toContain('Bedenk dat… (auteursrecht)');
    expect(String(answer.text)).toContain('Beeld-, auteurs- en citaatrecht');
  });

  it.each([
    ['', 'Richtlijnenbot: zo werkt het'],
    ['help', 'Richtlijnenbot: zo werkt het'],
    ['regel 7', 'Regel 7: '],
    ['rule 3', 'Rule 3: '],
    ['regels', 'De richtlijnen in het kort'],
    ['tip', 'Tip van de dag'],
    ['disclaimer Jan de Vries', '© 2026 Jan de Vries'],
    ['escaleer https://x.com/1 het loopt uit de hand', 'regel 7'],
    ['wat is het wifi-wachtwoord?', 'Daar heb ik geen regel voor'],
  ])('answers %j', async (text, expected) => {
    expect(json(await answerTo(text))).toContain(expected);
  });

  it('offers "Deel in kanaal" for an answer, and 👍 / 👎', async () => {
    const answer = json(await answerTo('regel 7'));
    expect(answer).toContain('share_answer');
    expect(answer).toContain('feedback_up');
  });

  /** The value of the answer's share button, if it has one. */
  const shareButton = (body: Record<string, unknown>) =>
    (body.blocks as Array<{ elements?: Array<{ action_id?: string; value?: string }> }> | undefined)
      ?.flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'share_answer')?.value;

  it.each([
    ['regel 7', { kind: 'rule', id: 'regel-7', lang: 'nl' }],
    ['mag ik een foto van een collega posten?', { kind: 'answer', id: 'tip-auteursrecht', lang: 'nl' }],
    ['lees tip-auteursrecht', { kind: 'answer', id: 'tip-auteursrecht', lang: 'nl' }],
    ['regels', { kind: 'overview', id: 'regels', lang: 'nl' }],
  ])('the share button of %j names its knowledge, not the command', async (text, ref) => {
    expect(JSON.parse(shareButton(await answerTo(text)) ?? 'null')).toEqual(ref);
  });

  it('the share button of a tip names the tip', async () => {
    expect(JSON.parse(shareButton(await answerTo('tip')) ?? 'null')).toMatchObject({ kind: 'tip', lang: 'nl' });
  });

  it.each([
    'help',
    'disclaimer Jan de Vries',
    'wat is het wifi-wachtwoord?',
    'escaleer https://x.com/1 het loopt uit de hand',
    'dagtip aan',
    'afdeling koppel communicatie',
    'stats',
    'regel 12',
    'check Mooi nieuws!',
  ])('offers no share button for %j', async (text) => {
    expect(shareButton(await answerTo(text))).toBeUndefined();
  });

  it('checks a draft privately, never posting it to the channel and never offering to share it', async () => {
    const answer = await answerTo('check Vertrouwelijk: de begroting wordt gekort');
    expect(answer.response_type).toBe('ephemeral');
    expect(json(answer)).toContain('🔴 *Rood: plaats dit zo niet');
    expect(json(answer)).not.toContain('share_answer');
    expect(slack.api.callsOf('chat.postMessage')).toEqual([]);
  });

  it('keeps user text from pinging anyone: <!channel>, <@U…>, <#C…> and links are shown as text', async () => {
    const answer = shown(await answerTo('disclaimer <!channel> <@U0BOSS> <#C0ALL|all> <https://evil.example|klik>'));
    expect(answer).not.toMatch(/<!channel>|<@U0BOSS>|<#C0ALL|<https:\/\/evil/);
    const check = shown(await answerTo('check <!here> dit is <@U0BOSS> zijn schuld'));
    expect(check).not.toMatch(/<!here>|<@U0BOSS>/);
  });

  it('answers a 40 000-character text with a friendly message, not an error', async () => {
    const answer = json(await answerTo(`mag ik dit posten? ${'a'.repeat(40_000)}`));
    expect(answer).toContain('Check van je concept');
  });
});

describe('an answer that takes long', () => {
  let slow: SlackBot;
  beforeEach(async () => {
    slow = await startSlackBot({ answerInAckWithinMs: 50 });
  });
  afterEach(async () => {
    await slow.stop();
  });

  it('is acknowledged in time and then answered through the response_url', async () => {
    const handle = slow.bot.handle.bind(slow.bot);
    let ready: () => void = () => undefined;
    const answerReady = new Promise<void>((resolve) => (ready = resolve)); // e.g. a database under load
    slow.bot.handle = async (inbound) => {
      await answerReady;
      return handle(inbound);
    };
    const res = await slow.command('regel 7');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(''); // acknowledged before the answer was ready
    ready();
    const [answer] = await slow.api.waitFor('response_url');
    expect(answer?.via).toBeUndefined();
    expect(answer?.body.response_type).toBe('ephemeral');
    expect(json(answer?.body)).toContain('Regel 7: ');
  });

  it('that fails is acknowledged with a friendly message, and the next question is answered', async () => {
    const handle = slow.bot.handle.bind(slow.bot);
    slow.bot.handle = async () => {
      throw new Error('database unreachable');
    };
    const res = await slow.command('regel 7');
    expect(res.status).toBe(200);
    const [sorry] = await slow.api.waitFor('response_url');
    expect(String(sorry?.body.text)).toContain('Er ging iets mis aan mijn kant');
    expect(String(sorry?.body.text)).toContain('Something went wrong on my side');
    slow.bot.handle = handle;
    await slow.command('regel 7');
    const calls = await slow.api.waitFor('response_url', 2);
    expect(json(calls[1]?.body)).toContain('Regel 7: ');
  });
});

describe('requests that are not from Slack', () => {
  it('refuses a forged signature and answers nobody', async () => {
    const res = await slack.send(
      { command: '/socialmedia', text: 'regel 7', user_id: 'U0ASKER', channel_id: 'C0GENERAL', response_url: slack.api.responseUrl() },
      { contentType: 'form', signature: 'v0=forged' },
    );
    expect(res.status).toBe(401);
    await slack.settled(); // nothing to wait for: a refused request never reaches a listener
    expect(slack.api.callsOf('response_url')).toEqual([]);
  });

  it('refuses a stale timestamp (a replayed request)', async () => {
    const res = await slack.send(
      { command: '/socialmedia', text: 'regel 7', user_id: 'U0ASKER', channel_id: 'C0GENERAL', response_url: slack.api.responseUrl() },
      { contentType: 'form', timestamp: Math.floor(Date.now() / 1000) - 60 * 10 },
    );
    expect(res.status).toBe(401);
  });

  it('answers malformed bodies with 4xx and keeps working', async () => {
    for (const body of ['{not json', 'payload=%7Bbroken', '']) {
      const res = await slack.send(body, { contentType: 'form' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect(json(await answerTo('regel 8'))).toContain('Regel 8');
  });
});
