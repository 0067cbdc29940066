import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { freePort, spawnBot, untilOutput, waitForHealthy } from '../support/spawn-bot.js';
import { SIGNING_SECRET, postToSlackEvents } from '../support/sign-slack-request.js';

it('npm start with a bot token and signing secret serves /slack/events and /healthz', async () => {
  const api = await new FakeSlackApi().start();
  const dataDir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-start-'));
  const port = await freePort();
  const bot = spawnBot({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    PORT: String(port),
    DATA_DIR: dataDir,
  });
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/readyz`); // ready: Slack answered auth.test
    const body = new URLSearchParams({ command: '/socialmedia', text: 'regel 7', user_id: 'U1', channel_id: 'C1', response_url: api.responseUrl() }).toString();
    const res = await api.showAcknowledgement(await postToSlackEvents(`http://127.0.0.1:${port}`, body));
    expect(res.status).toBe(200);
    const [answer] = await api.waitFor('response_url');
    expect(JSON.stringify(answer?.body.blocks)).toContain('Regel 7');
    await untilOutput(bot, /HTTP mode on/, 5000);
    expect(bot.output()).not.toContain('xoxb-test');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  } finally {
    bot.child.kill('SIGKILL');
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}, 30_000);

it('stops at start-up with the variable and the fix when a Slack key is wrong', async () => {
  const bot = spawnBot({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 'short' });
  expect(await bot.exited).toBe(1);
  expect(bot.output()).toContain('SLACK_BOT_TOKEN must start with "xoxb-"');
  expect(bot.output()).toContain('SLACK_SIGNING_SECRET must be 32 hexadecimal characters');
  expect(bot.output()).not.toContain('xoxp-user-token');
}, 20_000);

it('stays up while Slack refuses auth.test at start-up (no event arrives), says so on /readyz, and connects when Slack answers', async () => {
  const api = await new FakeSlackApi().start();
  api.failAlways('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
  const dataDir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-outage-'));
  const port = await freePort();
  const bot = spawnBot({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
  });
  let exited: number | null | undefined;
  void bot.exited.then((code) => (exited = code));
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 20_000);
    // The first refusal is where Bolt's own auth.test used to end the process; three tries prove the back-off.
    await api.waitFor('auth.test', 3, 20_000);
    expect(exited).toBeUndefined();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { slack: string }).slack).toContain('invalid_auth');
    api.recover('auth.test');
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status, { timeout: 20_000, interval: 200 }).toBe(200);
    expect(bot.output()).toContain('"event":"slack.unreachable"');
    expect(bot.output()).not.toMatch(/\n\s+at /); // no stack trace
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  } finally {
    bot.child.kill('SIGKILL');
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}, 60_000);
