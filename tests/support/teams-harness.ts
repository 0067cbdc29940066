import { startHttpServer, type RunningServer } from '../../src/runtime/http/http-server.js';
import { createTeamsAdapter } from '../../src/surfaces/teams/teams-adapter.js';
import type { TeamsConfig } from '../../src/config.js';
import type { TeamsAuthOverrides } from '../../src/surfaces/teams/cloud-adapter.js';
import { TeamsHealth } from '../../src/surfaces/teams/health.js';
import { SqlConversationStore } from '../../src/store/conversation-store.js';
import { SqlFeedbackStore } from '../../src/store/feedback-store.js';
import { SqlKeyring } from '../../src/store/keyring.js';
import { captureLogger, knowledgeBase, testBot } from './bot.js';
import { testDb } from './db.js';
import { FakeBotConnector } from './fake-bot-connector.js';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** A realistic Teams activity; `kind` picks personal chat, group chat or a channel in a team. */
export function teamsActivity(serviceUrl: string, text: string, kind: 'personal' | 'groupChat' | 'channel' = 'personal', extra: Record<string, unknown> = {}) {
  const conversation =
    kind === 'channel'
      ? { id: '19:general-channel@thread.tacv2;messageid=1700000000000', conversationType: 'channel', isGroup: true, tenantId: TENANT }
      : kind === 'groupChat'
        ? { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: TENANT }
        : { id: 'a:1personal-chat-with-asker', conversationType: 'personal', tenantId: TENANT };
  const mention = kind === 'personal' ? '' : '<at>Richtlijnenbot</at> ';
  return {
    type: 'message',
    id: `msg-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:1asker-teams-id', name: 'Anne Asker', aadObjectId: '6c1b2d1e-0000-4000-8000-00000000a5ce' },
    conversation,
    recipient: { id: '28:bot-app-id', name: 'Richtlijnenbot' },
    text: `${mention}${text}`,
    textFormat: 'plain',
    locale: 'nl-NL',
    entities:
      kind === 'personal'
        ? [{ type: 'clientInfo', locale: 'nl-NL', country: 'NL', platform: 'Web' }]
        : [{ type: 'mention', text: '<at>Richtlijnenbot</at>', mentioned: { id: '28:bot-app-id', name: 'Richtlijnenbot' } }],
    channelData:
      kind === 'channel'
        ? {
            tenant: { id: TENANT },
            team: { id: '19:team-id@thread.tacv2', name: 'Communicatie' },
            channel: { id: '19:general-channel@thread.tacv2', name: 'General' },
          }
        : { tenant: { id: TENANT } },
    ...extra,
  };
}

/** The real CloudAdapter behind the bot's real HTTP server, replying to a fake connector. */
export async function startTeamsBot(config: TeamsConfig = { mode: 'emulator' }, auth?: TeamsAuthOverrides) {
  const connector = await new FakeBotConnector().start();
  const db = await testDb();
  const { bot } = await testBot();
  const logger = captureLogger();
  const feedback = new SqlFeedbackStore(db, new SqlKeyring(db, 90, { now: () => new Date() }));
  const conversations = new SqlConversationStore(db);
  const health = new TeamsHealth(logger, undefined);
  const adapter = createTeamsAdapter(
    config,
    { bot, kb: await knowledgeBase(), feedback, conversations, logger, clock: { now: () => new Date() }, defaultLang: 'nl', auth },
    health,
  );
  const server: RunningServer = await startHttpServer({ port: 0, host: '127.0.0.1', routes: adapter.routes, logger });

  const post = (activity: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });

  return {
    connector,
    health,
    db,
    logger,
    feedback,
    conversations,
    url: server.url,
    post,
    /** A message in personal chat, group chat or a channel, with the mention Teams adds. */
    say: (text: string, kind: 'personal' | 'groupChat' | 'channel' = 'personal', extra: Record<string, unknown> = {}) =>
      post(teamsActivity(connector.url, text, kind, extra)),
    async stop() {
      await server.stop();
      await connector.stop();
      await db.cleanup();
    },
  };
}

export type TeamsBot = Awaited<ReturnType<typeof startTeamsBot>>;
