import { expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/surfaces/slack/slack-app.js';
import { SqlFeedbackStore } from '../../../src/store/feedback-store.js';
import { SqlKeyring } from '../../../src/store/keyring.js';
import { captureLogger, knowledgeBase, testBot } from '../../support/bot.js';
import { testDb } from '../../support/db.js';
import { FakeSlackApi } from '../../support/fake-slack-api.js';
import { FakeSocketMode } from '../../support/fake-socket-mode.js';

it('connects over Socket Mode (no public URL) and answers a slash command', async () => {
  const api = await new FakeSlackApi().start();
  const socket = await new FakeSocketMode().start();
  api.socketUrl = socket.url;
  const db = await testDb();
  const { bot } = await testBot();
  const logger = captureLogger();
  const adapter = createSlackAdapter(
    { mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-test', signingSecret: undefined, apiUrl: api.apiUrl },
    { bot, kb: await knowledgeBase(), feedback: new SqlFeedbackStore(db, new SqlKeyring(db, 90, { now: () => new Date() })), logger, clock: { now: () => new Date() }, lang: 'nl' },
  );
  try {
    expect(adapter.routes).toEqual([]);
    await adapter.start();
    await socket.connected();
    expect(api.callsOf('apps.connections.open')[0]?.headers.authorization).toBe('Bearer xapp-test');
    socket.deliver(
      'slash_commands',
      { command: '/socialmedia', text: 'regel 7', user_id: 'U0ASKER', channel_id: 'C0GENERAL', team_id: 'T0001', response_url: api.responseUrl(), trigger_id: '1' },
      'env-1',
    );
    // The answer comes back in the acknowledgement, which Slack shows to the asker alone.
    const answer = await socket.ackOf('env-1');
    expect(answer).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(answer)).toContain('Regel 7');
  } finally {
    await adapter.stop();
    await socket.stop();
    await api.stop();
    await db.cleanup();
  }
}, 20_000);
