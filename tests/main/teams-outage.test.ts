import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { afterEach, expect, it } from 'vitest';
import type { PersonRef } from '../../src/core/escalate/model.js';
import type { Reply } from '../../src/core/reply-model.js';
import { SqlConversationStore } from '../../src/store/conversation-store.js';
import { SqlFeedbackStore } from '../../src/store/feedback-store.js';
import { SqlKeyring } from '../../src/store/keyring.js';
import { isOutage } from '../../src/surfaces/teams/health.js';
import { startTeams } from '../../src/surfaces/teams/start-teams.js';
import { captureLogger, knowledgeBase, testBot } from '../support/bot.js';
import { testDb } from '../support/db.js';
import { FakeBotConnector } from '../support/fake-bot-connector.js';
import { startPlatforms, type Platforms } from '../support/platform-harness.js';
import { whenReady } from '../support/ready.js';
import { TENANT } from '../support/teams-harness.js';

// Issue 14 item 4 for Teams: outages of the token endpoint or the connector make Teams not
// ready on /readyz, block nothing, and pass.

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

const hallo: Reply = { lang: 'nl', audience: 'asker', parts: [{ kind: 'text', text: 'Hallo' }], citations: [], followUps: [] } as unknown as Reply;

const someone = (serviceUrl: string): PersonRef => ({ platform: 'teams', id: '29:1someone', name: 'Someone', address: { serviceUrl, tenantId: TENANT } });

it('a connector that refuses the bot (401) makes Teams not ready on /readyz, and the next post that goes through makes it ready', async () => {
  // 5xx and network errors count the same (see isOutage below), but botbuilder retries those for seconds first.
  const bot: Platforms = await startPlatforms();
  cleanup.push(() => bot.close());
  const teams = bot.teamsSurface;
  if (!teams) throw new Error('Teams did not start');
  const reply = hallo;
  bot.connector.failNext(401, 10);
  await expect(teams.notifier.tell(someone(bot.connector.url), reply)).rejects.toThrow();
  const down = await fetch(`${bot.url}/readyz`);
  expect(down.status).toBe(503);
  expect(((await down.json()) as { teams: string }).teams).toContain('posting to the connector failed (HTTP 401)');
  expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);

  bot.connector.recover();
  await teams.notifier.tell(someone(bot.connector.url), reply);
  expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
});

it('a conversation that refuses the bot (403) is not an outage', async () => {
  const bot: Platforms = await startPlatforms();
  cleanup.push(() => bot.close());
  bot.connector.failNext(403, 10);
  await expect(bot.teamsSurface?.notifier.tell(someone(bot.connector.url), hallo)).rejects.toThrow();
  expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
});

/** A token endpoint that is down while `down` is set. */
class FlakyCredentials extends ConfigurationServiceClientCredentialFactory {
  down = true;
  asked = 0;
  constructor() {
    super({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'unused' });
  }
  override async createCredentials() {
    return {
      signRequest: async (request: unknown) => {
        this.asked++;
        if (this.down) throw new Error('AADSTS90002: token endpoint unreachable');
        return request;
      },
    } as never;
  }
}

it('with an app id, Teams is not ready while no token can be had, retries with back-off, and is ready once one comes', async () => {
  const db = await testDb();
  const connector = await new FakeBotConnector().start();
  cleanup.push(
    () => db.cleanup(),
    () => connector.stop(),
  );
  const credentials = new FlakyCredentials();
  const logger = captureLogger();
  const deps = {
    bot: (await testBot()).bot,
    kb: await knowledgeBase(),
    feedback: new SqlFeedbackStore(db, new SqlKeyring(db, 90, { now: () => new Date() })),
    conversations: new SqlConversationStore(db),
    logger,
    clock: { now: () => new Date() },
    defaultLang: 'nl' as const,
    auth: { credentials },
  };
  const config = {
    mode: 'authenticated' as const,
    appId: '11111111-2222-3333-4444-555555555555',
    appPassword: 'unused',
    appType: 'MultiTenant' as const,
    tenantId: undefined,
  };
  const teams = startTeams(config, deps, { allowEmulator: false, retry: { firstMs: 20, maxMs: 100, recheckMs: 60_000 } });
  cleanup.push(() => teams.stop());
  expect(teams.readiness()).toEqual({ ready: false, detail: 'connecting' });
  await whenReady(teams.health, false);
  await expect.poll(() => credentials.asked, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
  expect(teams.readiness().detail).toContain('getting a token failed (AADSTS90002: token endpoint unreachable)');
  credentials.down = false;
  await whenReady(teams.health, true);
  expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'teams.reachable' }));
});

it('counts as an outage what Microsoft’s side causes, not what one conversation refuses', () => {
  const outage = [
    { statusCode: 500 },
    { statusCode: 503 },
    { statusCode: 401 },
    { statusCode: 429 },
    { code: 'ECONNREFUSED' },
    { code: 'ETIMEDOUT' },
    new Error('fetch failed'),
    new Error('Authentication: No response or error received from MSAL.'),
  ];
  const notOutage = [{ statusCode: 403 }, { statusCode: 404 }, { statusCode: 400 }, new Error('no conversation reference: install the bot in that team first')];
  expect(outage.map(isOutage)).toEqual(outage.map(() => true));
  expect(notOutage.map(isOutage)).toEqual(notOutage.map(() => false));
});
