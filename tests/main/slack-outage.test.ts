import { afterEach, expect, it } from 'vitest';
import { whenReady } from '../support/ready.js';
import { startPlatforms, type Platforms } from '../support/platform-harness.js';
import { postToSlackEvents, triggerId } from '../support/sign-slack-request.js';

// Issue 14 item 4, HTTP mode: the whole bot as main.ts builds it, with a fake Slack that fails
// auth.test at start-up. Retries are shortened (20 ms doubling to 100 ms, 300 ms time-out).

const FAST = { firstMs: 20, maxMs: 100, recheckMs: 60_000, timeoutMs: 3_000 };

let bot: Platforms | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function signedCommand(url: string, responseUrl: string) {
  const body = new URLSearchParams({
    command: '/socialmedia',
    text: 'regel 7',
    user_id: 'U1',
    channel_id: 'C1',
    response_url: responseUrl,
    trigger_id: triggerId(),
  }).toString();
  return postToSlackEvents(url, body);
}

it.each([
  ['answers 503', { status: 503 }, 'HTTP 503'],
  ['refuses the token (invalid_auth)', { status: 200, body: { ok: false, error: 'invalid_auth' } }, 'invalid_auth'],
  ['does not answer at all', { status: 0 }, 'timeout'],
])(
  'when Slack %s at start-up the bot stays up, says which platform is not ready, retries with capped back-off, and becomes ready',
  async (_name, failure, reason) => {
    // A Slack that never answers is given 300 ms; the others answer, however slow this machine is.
    const retry = failure.status === 0 ? { ...FAST, timeoutMs: 300 } : FAST;
    bot = await startPlatforms({}, { waitForSlack: false, retry, before: (api) => api.failAlways('auth.test', failure) });
    const { url, slackApi, logger } = bot;
    const connection = bot.slack?.connection;
    if (!connection) throw new Error('Slack did not start');
    await slackApi.waitFor('auth.test', 6, 10_000);

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    const status = (await ready.json()) as Record<string, string>;
    expect(status).toMatchObject({ status: 'not ready', database: 'sqlite ok' });
    expect(status.slack).toMatch(new RegExp(`auth\\.test failed \\([^)]*${reason}`, 'i'));
    expect((await signedCommand(url, slackApi.responseUrl())).status).toBe(503);

    // 20, 40, 80 ms, then the cap of 100 ms.
    const delays = logger.lines.filter((l) => l.event === 'slack.unreachable').map((l) => l.retryInMs);
    expect(delays.slice(0, 5)).toEqual([20, 40, 80, 100, 100]);

    slackApi.recover('auth.test');
    await whenReady(connection, true, 10_000);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const answered = await slackApi.showAcknowledgement(await signedCommand(url, slackApi.responseUrl()));
    expect(answered.status).toBe(200);
    await slackApi.waitFor('response_url');
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'slack.connected' }));
  },
);

it('asks auth.test again while running: Slack failing later makes it not ready, and ready again', async () => {
  bot = await startPlatforms({}, { retry: { ...FAST, recheckMs: 50 } });
  const connection = bot.slack?.connection;
  if (!connection) throw new Error('Slack did not start');
  bot.slackApi.failAlways('auth.test', { status: 200, body: { ok: false, error: 'token_revoked' } });
  await whenReady(connection, false);
  expect((await fetch(`${bot.url}/readyz`)).status).toBe(503);
  bot.slackApi.recover('auth.test');
  await whenReady(connection, true);
  expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
});
