import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeBotConnector } from '../../support/fake-bot-connector.js';
import { startTeamsBot, teamsActivity, type TeamsBot } from '../../support/teams-harness.js';

let teams: TeamsBot;
beforeEach(async () => {
  teams = await startTeamsBot();
});
afterEach(async () => {
  await teams.stop();
});

const cardOf = (call: { body: Record<string, unknown> } | undefined) =>
  ((call?.body.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined) ?? [])[0];

describe('Teams conversations', () => {
  it('answers a question in personal chat with an Adaptive Card and a plain-text fallback', async () => {
    const res = await teams.say('mag ik een foto van een collega posten?');
    expect(res.status).toBe(200);
    const [reply] = await teams.connector.waitForActivities(1);
    expect(reply?.conversationId).toBe('a:1personal-chat-with-asker');
    expect(cardOf(reply)?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardOf(reply)?.content.version).toBe('1.5');
    expect(reply?.body.text).toBeUndefined(); // the card's text is not repeated above it
    expect(String(reply?.body.summary)).toContain('Beeld-, auteurs- en citaatrecht');
    expect(String(cardOf(reply)?.content.fallbackText)).toContain('auteursrecht');
    expect(JSON.stringify(cardOf(reply)?.content)).toContain('Bedenk dat… (auteursrecht)');
  });

  it('sends each reply to the service URL its message came from, when two take turns', async () => {
    const other = await new FakeBotConnector().start();
    try {
      for (const [i, connector] of [teams.connector, other, teams.connector, other].entries()) {
        expect((await teams.post(teamsActivity(connector.url, i < 2 ? 'regel 7' : 'tip'))).status).toBe(200);
      }
      const mine = await teams.connector.waitForActivities(2);
      const theirs = await other.waitForActivities(2);
      expect(mine.map((a) => JSON.stringify(cardOf(a)?.content).includes('Regel 7'))).toEqual([true, false]);
      expect(theirs.map((a) => JSON.stringify(cardOf(a)?.content).includes('Regel 7'))).toEqual([true, false]);
    } finally {
      await other.stop();
    }
  });

  it('answers in English for an English question', async () => {
    await teams.say('Can I share a screenshot of a chat with my manager?');
    const [reply] = await teams.connector.waitForActivities(1);
    expect(JSON.stringify(cardOf(reply)?.content)).toContain('Rule 1');
  });

  it('answers a channel mention in the channel thread, with the mention removed before routing', async () => {
    await teams.say('regel 7', 'channel');
    const [reply] = await teams.connector.waitForActivities(1);
    expect(reply?.conversationId).toBe('19:general-channel@thread.tacv2;messageid=1700000000000');
    expect(JSON.stringify(cardOf(reply)?.content)).toContain('Regel 7');
  });

  it.each([
    ['help', 'Richtlijnenbot: zo werkt het'],
    ['regels', 'De richtlijnen in het kort'],
    ['tip', 'Tip van de dag'],
    ['disclaimer Jan de Vries', '© 2026 Jan de Vries'],
    ['wat is het wifi-wachtwoord?', 'Daar heb ik geen regel voor'],
  ])('handles %j in a group chat', async (text, expected) => {
    await teams.say(text, 'groupChat');
    const [reply] = await teams.connector.waitForActivities(1);
    expect(JSON.stringify(cardOf(reply)?.content)).toContain(expected.replace('2026', String(new Date().getFullYear())));
  });

  it('answers a check asked in a channel in the asker’s personal chat; the channel only hears that', async () => {
    await teams.say('check Vertrouwelijk: de fusie gaat door', 'channel');
    await teams.connector.waitForActivities(2);
    const created = teams.connector.calls.find((c) => c.path === '/v3/conversations');
    expect(created?.body).toMatchObject({ isGroup: false, members: [{ id: '29:1asker-teams-id' }], tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' });
    const personal = teams.connector.activities.find((a) => a.conversationId?.startsWith('a:personal-'));
    expect(JSON.stringify(personal?.body)).toContain('Rood: plaats dit zo niet');
    const inChannel = teams.connector.activitiesIn('19:general-channel@thread.tacv2;messageid=1700000000000');
    expect(inChannel).toHaveLength(1);
    expect(String(inChannel[0]?.body.text)).toContain('Ik heb je persoonlijk geantwoord');
    expect(JSON.stringify(inChannel[0]?.body)).not.toContain('fusie');
  });

  it('a card button (Action.Submit) feeds its command back to the bot', async () => {
    await teams.post(teamsActivity(teams.connector.url, '', 'personal', { text: undefined, value: { command: 'regel 8' } }));
    const [reply] = await teams.connector.waitForActivities(1);
    expect(JSON.stringify(cardOf(reply)?.content)).toContain('Regel 8');
  });

  it('👍 / 👎 on a card is counted for the content owners', async () => {
    await teams.post(teamsActivity(teams.connector.url, '', 'personal', { text: undefined, value: { feedback: 'down', itemId: 'regel-3', lang: 'nl' } }));
    await teams.connector.waitForActivities(1);
    expect(await teams.feedback.counts()).toEqual([{ itemId: 'regel-3', up: 0, down: 1 }]);
  });

  it('ignores a forged card value', async () => {
    // Teams' HTTP response comes when the turn is over: nothing can follow it.
    await teams.post(teamsActivity(teams.connector.url, '', 'personal', { text: undefined, value: { feedback: 'down', itemId: '<script>', lang: 'xx' } }));
    expect(await teams.feedback.counts()).toEqual([]);
  });

  it('shows user text as text: <at>, markup and card JSON cannot inject anything', async () => {
    await teams.say('disclaimer <at>Iedereen</at> **vet** [klik](https://evil.example) {"type":"Action.OpenUrl"}');
    const [reply] = await teams.connector.waitForActivities(1);
    const card = JSON.stringify(cardOf(reply)?.content);
    expect(card).not.toContain('<at>');
    expect(card).not.toContain('](https://evil.example)');
    expect(card).not.toContain('"type":"Action.OpenUrl"');
  });
});

describe('a Teams outage', () => {
  it('retries a reply Teams refused with 503, while other conversations are answered meanwhile', async () => {
    teams.connector.failNext(503);
    const first = teams.say('regel 7'); // its reply fails once, then is retried after a back-off
    await expect.poll(() => teams.connector.calls.length).toBeGreaterThan(0);
    const second = await teams.say('rule 3', 'channel');
    expect(second.status).toBe(200);
    expect((await first).status).toBe(200);
    const replies = await teams.connector.waitForActivities(3, 10_000);
    expect(replies.map((r) => r.conversationId)).toEqual([
      'a:1personal-chat-with-asker', // refused
      '19:general-channel@thread.tacv2;messageid=1700000000000', // not held up by the outage
      'a:1personal-chat-with-asker', // the retry
    ]);
    expect(JSON.stringify(cardOf(replies[2])?.content)).toContain('Regel 7');
  });
});

describe('welcome', () => {
  const installed = (type: 'installationUpdate' | 'conversationUpdate') =>
    teamsActivity(teams.connector.url, '', 'channel', {
      type,
      text: undefined,
      ...(type === 'installationUpdate' ? { action: 'add' } : { membersAdded: [{ id: '28:bot-app-id' }] }),
    });

  it('is sent once when Teams announces the install twice', async () => {
    await teams.post(installed('installationUpdate'));
    await teams.post(installed('conversationUpdate'));
    expect(teams.connector.activities).toHaveLength(1);
    expect(JSON.stringify(cardOf(teams.connector.activities[0])?.content)).toContain('Welkom bij Richtlijnenbot');
  });

  it('remembers the conversation for later posts, without the user in it', async () => {
    await teams.post(installed('installationUpdate'));
    await teams.connector.waitForActivities(1);
    const stored = await teams.conversations.find('teams', '19:general-channel@thread.tacv2');
    expect(stored?.kind).toBe('channel');
    expect(stored?.reference.serviceUrl).toBe(teams.connector.url);
    expect(JSON.stringify(stored?.reference)).not.toContain('asker');
  });

  it('is not sent when someone else joins', async () => {
    await teams.post(
      teamsActivity(teams.connector.url, '', 'channel', { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '29:new-colleague' }] }),
    );
    expect(teams.connector.activities).toHaveLength(0);
  });
});
