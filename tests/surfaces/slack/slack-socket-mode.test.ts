import { SocketModeReceiver } from '@slack/bolt';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../src/surfaces/slack/slack-app.js';
import { SqlFeedbackStore } from '../../../src/store/feedback-store.js';
import { SqlKeyring } from '../../../src/store/keyring.js';
import { SqlOnceStore } from '../../../src/store/once-store.js';
import { captureLogger, knowledgeBase, testBot } from '../../support/bot.js';
import { testDb } from '../../support/db.js';
import { FakeSlackApi } from '../../support/fake-slack-api.js';
import { FakeSocketMode } from '../../support/fake-socket-mode.js';
import { whenReady } from '../../support/ready.js';

const FAST = { firstMs: 20, maxMs: 100, recheckMs: 60_000, timeoutMs: 1_000 };

// The first Socket Mode receiver loads @slack/socket-mode and undici (src/surfaces/slack/defer-socket-mode.ts):
// once, here, rather than within the first test's time.
beforeAll(() => {
  new SocketModeReceiver({ appToken: 'xapp-warm-up' });
});

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

/** The real Bolt app in Socket Mode against a fake Web API and a fake Socket Mode server. */
async function socketModeBot(before: (api: FakeSlackApi) => void = () => undefined) {
  const api = await new FakeSlackApi().start();
  const socket = await new FakeSocketMode().start();
  api.socketUrl = socket.url;
  before(api);
  const db = await testDb();
  const { bot } = await testBot();
  const logger = captureLogger();
  const adapter: SlackAdapter = createSlackAdapter(
    { mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-test', signingSecret: undefined, apiUrl: api.apiUrl },
    {
      bot,
      kb: await knowledgeBase(),
      feedback: new SqlFeedbackStore(db, new SqlKeyring(db, 90, { now: () => new Date() })),
      logger,
      clock: { now: () => new Date() },
      lang: 'nl',
      once: new SqlOnceStore(db),
      retry: FAST,
    },
  );
  cleanup.push(
    () => api.stop(),
    () => socket.stop(),
    () => db.cleanup(),
    () => adapter.stop(),
  );
  return { api, socket, adapter, logger };
}

/** A slash command over the socket; resolves with the acknowledgement's payload. */
function command(socket: FakeSocketMode, api: FakeSlackApi, envelopeId: string) {
  socket.deliver(
    'slash_commands',
    {
      command: '/socialmedia',
      text: 'regel 7',
      user_id: 'U0ASKER',
      channel_id: 'C0GENERAL',
      team_id: 'T0001',
      response_url: api.responseUrl(),
      trigger_id: envelopeId,
    },
    envelopeId,
  );
  return socket.ackOf(envelopeId);
}

it('connects over Socket Mode (no public URL) and answers a slash command', async () => {
  const { api, socket, adapter } = await socketModeBot();
  expect(adapter.routes).toEqual([]);
  adapter.start();
  await socket.connected();
  await whenReady(adapter.connection);
  expect(api.callsOf('apps.connections.open')[0]?.headers.authorization).toBe('Bearer xapp-test');
  // The answer comes back in the acknowledgement, which Slack shows to the asker alone.
  const answer = await command(socket, api, 'env-1');
  expect(answer).toMatchObject({ response_type: 'ephemeral' });
  expect(JSON.stringify(answer)).toContain('Regel 7');
});

it.each([
  ['refuses the app token (invalid_auth)', { status: 200, body: { ok: false, error: 'invalid_auth' } }, 'invalid_auth'],
  ['answers 500', { status: 500 }, 'HTTP 500'],
])('keeps trying while apps.connections.open %s, and connects when it answers', async (_name, failure, reason) => {
  const { api, socket, adapter } = await socketModeBot((fake) => fake.failAlways('apps.connections.open', failure));
  adapter.start();
  await api.waitFor('apps.connections.open', 4);
  expect(adapter.connection.readiness()).toMatchObject({ ready: false });
  expect(adapter.connection.readiness().detail).toContain(`apps.connections.open failed (${reason})`);
  api.recover('apps.connections.open');
  await whenReady(adapter.connection);
  await socket.connected();
  expect(JSON.stringify(await command(socket, api, 'env-2'))).toContain('Regel 7');
});

it('is not ready while the socket is down, and reconnects by itself', async () => {
  const { api, socket, adapter, logger } = await socketModeBot();
  adapter.start();
  await whenReady(adapter.connection);
  socket.drop();
  await whenReady(adapter.connection, false);
  expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'slack.disconnected' }));
  await whenReady(adapter.connection);
  await socket.connected(5_000, 2);
  expect(JSON.stringify(await command(socket, api, 'env-3'))).toContain('Regel 7');
});
