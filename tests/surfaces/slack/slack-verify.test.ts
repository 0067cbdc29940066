import { afterEach, describe, expect, it } from 'vitest';
import { destroyAll, openSocket } from '../../support/raw-socket.js';
import { signSlackRequest } from '../../support/sign-slack-request.js';
import { SIGNING_SECRET, startSlackBot, type SlackBot } from '../../support/slack-harness.js';

// Issue 14 items 6 and 8: the real Bolt app behind the bot's server, the fake Slack, a real database.

const bots: SlackBot[] = [];
afterEach(async () => {
  destroyAll();
  for (const bot of bots.splice(0).reverse()) await bot.stop();
});

async function start(shared?: SlackBot) {
  const bot = await startSlackBot(shared ? { shared: { api: shared.api, db: shared.db } } : {});
  bots.push(bot);
  return bot;
}

const now = () => Math.floor(Date.now() / 1000);
const regel7 = { command: '/socialmedia', text: 'regel 7', user_id: 'U0ASKER', channel_id: 'C0GENERAL', trigger_id: '1.1.1' };

describe('verify before parsing (item 6)', () => {
  it('refuses a wrong signature with 401 before looking at the body, whatever the body is', async () => {
    const slack = await start();
    const wrong = `v0=${'0'.repeat(64)}`;
    for (const [body, type] of [
      ['{broken', 'json'],
      ['[1,2,3]', 'json'],
      ['payload=%7Bbroken', 'form'],
    ] as const) {
      const res = await slack.send(body, { contentType: type, signature: wrong });
      expect(res.status, body).toBe(401);
    }
    // The same bodies, signed: now they are Slack's, and malformed: 400.
    expect((await slack.send('payload=%7Bbroken', { contentType: 'form' })).status).toBe(400);
    expect(slack.logger.lines.filter((l) => l.event === 'slack.refused').map((l) => l.reason)).toEqual([
      'signature does not match',
      'signature does not match',
      'signature does not match',
      'payload is not a JSON object',
    ]);
  });

  it('refuses unsigned 800 kB bodies before reading them, while /healthz answers', async () => {
    const slack = await start();
    const url = new URL(slack.url);
    const head = (n: number) =>
      `POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: ${800_000}\r\nX-Unsigned: ${n}\r\n\r\n`;
    // Several at once, each sending its headers and the first 16 kB of its 800 kB, then nothing:
    // an answer can only come from a server that did not wait for (or read) the rest.
    const senders = await Promise.all(Array.from({ length: 6 }, () => openSocket(url)));
    const answers = senders.map((s, n) => {
      const answer = s.response(0);
      s.socket.write(head(n) + '{"type":"event_callback","x":"'.padEnd(16_000, 'x'));
      return answer;
    });
    const health = await openSocket(url);
    expect(await health.request('GET /healthz HTTP/1.1\r\nHost: bot\r\n\r\n')).toMatch(/^HTTP\/1\.1 200/);
    for (const answer of await Promise.all(answers)) {
      expect(answer).toMatch(/^HTTP\/1\.1 401/);
      expect(answer.toLowerCase()).toContain('connection: close');
    }
    for (const s of senders) await s.closed; // the server hung up instead of draining 784 kB more
    expect(slack.logger.lines.filter((l) => l.event === 'slack.refused' && l.reason === 'no signature')).toHaveLength(6);
  });

  it('refuses a timestamp more than 60 s in the future, and one older than 5 minutes', async () => {
    const slack = await start();
    for (const timestamp of [now() + 120, now() - 6 * 60]) {
      const res = await slack.send({ ...regel7, response_url: slack.api.responseUrl() }, { contentType: 'form', timestamp });
      expect(res.status, String(timestamp - now())).toBe(401);
    }
    // A clock 30 s ahead is tolerated.
    const res = await slack.api.showAcknowledgement(
      await slack.send({ ...regel7, response_url: slack.api.responseUrl() }, { contentType: 'form', timestamp: now() + 30 }),
    );
    expect(res.status).toBe(200);
    await slack.api.waitFor('response_url');
  });

  it('answers Slack’s unsigned SSL check with an empty 200, and never runs what is smuggled in it', async () => {
    const slack = await start();
    const check = await fetch(`${slack.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=legacy',
    });
    expect(check.status).toBe(200);
    const smuggled = await fetch(`${slack.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ssl_check: '1', ...regel7 }).toString(),
    });
    expect(smuggled.status).toBe(200);
    expect(await smuggled.text()).toBe('');
    await slack.settled();
    expect(slack.api.callsOf('response_url')).toEqual([]);
  });
});

describe('replay (item 8)', () => {
  it('accepts a signed request once, on any replica', async () => {
    const first = await start();
    const second = await start(first);
    const body = new URLSearchParams({ ...regel7, response_url: first.api.responseUrl() }).toString();
    const timestamp = now();
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signSlackRequest(SIGNING_SECRET, body, timestamp),
    };
    const original = await first.api.showAcknowledgement(await fetch(`${first.url}/slack/events`, { method: 'POST', headers, body }));
    expect(original.status).toBe(200);
    await first.api.waitFor('response_url');
    for (const replica of [first, second]) {
      const replayed = await fetch(`${replica.url}/slack/events`, { method: 'POST', headers, body });
      expect(replayed.status).toBe(401);
    }
    await Promise.all([first.settled(), second.settled()]);
    expect(first.api.callsOf('response_url')).toHaveLength(1);
    expect(second.logger.lines).toContainEqual(expect.objectContaining({ event: 'slack.refused', reason: 'replayed request' }));
  });

  it('answers an event once when Slack’s retry lands on another replica', async () => {
    const first = await start();
    const second = await start(first);
    const event = {
      type: 'event_callback',
      team_id: 'T0001',
      api_app_id: 'A0001',
      event_id: 'Ev0REPLICA',
      event_time: 1,
      event: { type: 'app_mention', user: 'U0ASKER', text: '<@UBOT> regel 3', ts: '1700000000.000100', channel: 'C0GENERAL', event_ts: '1700000000.000100' },
    };
    // Slack signs each delivery anew: the retry a few seconds later has its own timestamp.
    expect((await first.send(event, { timestamp: now() - 4 })).status).toBe(200);
    expect((await second.send(event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    await Promise.all([first.settled(), second.settled()]);
    expect(first.api.callsOf('chat.postMessage')).toHaveLength(1);
    expect(second.logger.lines).toContainEqual(expect.objectContaining({ event: 'slack.retry-ignored', eventId: 'Ev0REPLICA' }));
  });
});
