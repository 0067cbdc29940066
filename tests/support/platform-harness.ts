import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { startServices } from '../../src/compose/start-services.js';
import type { RetryTiming } from '../../src/surfaces/slack/connection.js';
import { captureLogger, knowledgeFolder } from './bot.js';
import { freshPgSchema } from './db.js';
import { FixedClock } from './escalations.js';
import { FakeBotConnector } from './fake-bot-connector.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { whenReady } from './ready.js';
import { SIGNING_SECRET, postToSlackEvents, triggerId } from './sign-slack-request.js';

/**
 * The whole bot as main.ts builds it (database, escalations, outbox, Slack in HTTP mode, Teams
 * in emulator mode) on 127.0.0.1, with fake Slack and Teams services and a clock moved by hand.
 */
export async function startPlatforms(
  env: Record<string, string> = {},
  options: { waitForSlack?: boolean; retry?: RetryTiming; before?: (api: FakeSlackApi) => void } = {},
) {
  const slackApi = await new FakeSlackApi().start();
  options.before?.(slackApi);
  const connector = await new FakeBotConnector().start();
  // With DATABASE_URL (the PostgreSQL part of .ci/run) the bot gets a schema of its own on that server.
  const pgSchema = process.env.DATABASE_URL ? await freshPgSchema(process.env.DATABASE_URL) : undefined;
  const clock = new FixedClock(new Date('2026-11-24T09:00:00Z')); // Tuesday 10:00 in Amsterdam
  const logger = captureLogger();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackApi.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'richtlijnenbot-platforms-')),
    ...(pgSchema ? { DATABASE_URL: pgSchema.url } : {}),
    ...env,
  });
  // No loops: tests drive the outbox, the reminders and the schedule themselves.
  const services = await startServices(config, await knowledgeFolder(), logger, {
    portIsOptional: false,
    clock,
    manualLoops: true,
    ...(options.retry ? { retry: options.retry } : {}),
  });
  if (services.slack && options.waitForSlack !== false) await whenReady(services.slack.connection);
  const url = services.url as string;

  async function slack(payload: Record<string, string>): Promise<Response> {
    return postToSlackEvents(url, new URLSearchParams(payload).toString());
  }

  return {
    ...services,
    /** The running Teams surface (its notifier, its readiness). */
    teamsSurface: services.teams,
    slackApi,
    connector,
    clock,
    logger,
    url,
    /** A slash command from `user` in `channel`. */
    command: async (text: string, user = 'U0REPORTER', channel = 'C0GENERAL') =>
      slackApi.showAcknowledgement(
        await slack({
          command: '/socialmedia',
          text,
          user_id: user,
          user_name: user.toLowerCase(),
          channel_id: channel,
          channel_name: 'x',
          response_url: slackApi.responseUrl(`${user}-${Date.now()}`),
          trigger_id: triggerId(),
          team_id: 'T0001',
        }),
      ),
    /** An interactivity payload. */
    interact: (payload: Record<string, unknown>) => slack({ payload: JSON.stringify(payload) }),
    /** Posts a Teams activity to /api/messages. */
    teams: (activity: Record<string, unknown>) =>
      fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }),
    async close() {
      await services.stop();
      await pgSchema?.drop();
      await slackApi.stop();
      await connector.stop();
    },
  };
}

export type Platforms = Awaited<ReturnType<typeof startPlatforms>>;

/** A Slack modal submitted, as Slack posts a view_submission: `values` by block id, each input under action id `value`. */
export function slackSubmission(options: { user: string; callbackId: string; metadata: string | undefined; values: Record<string, Record<string, unknown>> }) {
  const values = Object.fromEntries(Object.entries(options.values).map(([block, input]) => [block, { value: input }]));
  return {
    type: 'view_submission',
    user: { id: options.user, name: options.user.toLowerCase(), team_id: 'T0001' },
    team: { id: 'T0001', domain: 'example' },
    api_app_id: 'A0001',
    token: 'legacy',
    trigger_id: `trigger-${options.user}`,
    view: { id: 'V1', type: 'modal', callback_id: options.callbackId, private_metadata: options.metadata, state: { values } },
  };
}

/** A Slack button click, as Slack posts it; `ephemeral` for a button on a reply only its reader sees. */
export function slackClick(platforms: Platforms, options: { actionId: string; value: string; user: string; channel: string; ephemeral?: boolean }) {
  return {
    type: 'block_actions',
    user: { id: options.user, username: options.user.toLowerCase(), name: options.user.toLowerCase(), team_id: 'T0001' },
    team: { id: 'T0001', domain: 'example' },
    channel: { id: options.channel, name: 'x' },
    api_app_id: 'A0001',
    token: 'legacy',
    trigger_id: triggerId(),
    response_url: platforms.slackApi.responseUrl(`click-${options.user}`),
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: options.channel, is_ephemeral: options.ephemeral ?? false },
    actions: [
      { type: 'button', action_id: options.actionId, block_id: 'b1', value: options.value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000001.0' },
    ],
  };
}
