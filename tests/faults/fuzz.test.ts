import { expect, it } from 'vitest';
import { startPlatforms } from '../support/platform-harness.js';
import { teamsActivity } from '../support/teams-harness.js';
import { postToSlackEvents } from '../support/sign-slack-request.js';

/** A small seeded generator, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const text = (max: number) =>
    Array.from({ length: Math.floor(next() * max) }, () =>
      pick(['a', 'é', '<', '>', '"', '{', '}', '@', '!', '0', ' ', '\n', '🙂', '\u0000', '&', '#', 'x']),
    ).join('');
  const value = (depth: number): unknown => {
    const kind = Math.floor(next() * (depth > 2 ? 4 : 7));
    if (kind === 0) return text(20);
    if (kind === 1) return Math.floor(next() * 1e6) - 5e5;
    if (kind === 2) return pick([true, false, null]);
    if (kind === 3) return pick(['message', 'event_callback', 'block_actions', 'invoke', 'conversationUpdate', 'url_verification', '', '__proto__']);
    if (kind === 4) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    return Object.fromEntries(
      Array.from({ length: Math.floor(next() * 6) }, () => [
        pick(['type', 'event', 'text', 'user', 'channel', 'payload', 'actions', 'value', 'serviceUrl', 'conversation', 'from', 'name', 'command', text(8)]),
        value(depth + 1),
      ]),
    );
  };
  return { next, pick, text, value };
}

it('survives a few thousand malformed and random payloads, then answers a real question', async () => {
  const bot = await startPlatforms();
  const g = generator(20261124);
  try {
    const statuses = new Map<number, number>();
    const requests: Array<() => Promise<Response>> = [];
    for (let i = 0; i < 3000; i++) {
      const shape = Math.floor(g.next() * 6);
      const ts = Math.floor(Date.now() / 1000);
      if (shape === 0) {
        // Signed, well-formed envelope with random insides: reaches Bolt's processing.
        const body = JSON.stringify({ type: 'event_callback', event_id: `Ev${i}`, team_id: 'T1', event: g.value(0) });
        requests.push(() => postToSlackEvents(bot.url, body, { contentType: 'application/json', timestamp: ts }));
      } else if (shape === 1) {
        const body = new URLSearchParams({
          payload: JSON.stringify({ type: g.pick(['block_actions', 'message_action', 'view_submission', 'shortcut']), ...(g.value(0) as object) }),
        }).toString();
        requests.push(() => postToSlackEvents(bot.url, body, { timestamp: ts }));
      } else if (shape === 2) {
        requests.push(() =>
          fetch(`${bot.url}/slack/events`, {
            method: 'POST',
            headers: { 'content-type': g.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded', '']) },
            body: g.text(300),
          }),
        );
      } else if (shape === 3) {
        // Random activities from this machine with a local serviceUrl: they reach botbuilder.
        const activity = {
          ...teamsActivity(bot.connector.url, g.text(40)),
          ...(g.value(0) as object),
          serviceUrl: bot.connector.url,
          conversation: { id: `c${i}` },
        };
        requests.push(() =>
          fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }),
        );
      } else if (shape === 4) {
        requests.push(() =>
          fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(g.value(0)) }),
        );
      } else {
        requests.push(() =>
          fetch(`${bot.url}/${g.pick(['api/messages', 'slack/events', 'healthz', 'metrics', 'nope'])}`, {
            method: g.pick(['GET', 'PUT', 'DELETE', 'POST']),
            body: null,
          }),
        );
      }
    }
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < requests.length) {
          const res = await (requests[next++] as () => Promise<Response>)();
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        }
      }),
    );
    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((n, [, count]) => n + count, 0);
    expect(serverErrors, JSON.stringify([...statuses])).toBe(0);
    await bot.command('mag ik een foto van een collega posten?');
    const answers = await bot.slackApi.waitFor('response_url');
    expect(JSON.stringify(answers.at(-1)?.body)).toContain('auteursrecht');
  } finally {
    await bot.close();
  }
}, 120_000);
