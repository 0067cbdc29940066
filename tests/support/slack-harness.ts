import { createSlackAdapter } from '../../src/surfaces/slack/slack-app.js';
import { startHttpServer, type RunningServer } from '../../src/runtime/http/http-server.js';
import { SqlFeedbackStore } from '../../src/store/feedback-store.js';
import { SqlKeyring } from '../../src/store/keyring.js';
import { SqlOnceStore } from '../../src/store/once-store.js';
import type { Db } from '../../src/store/db.js';
import { captureLogger, knowledgeBase, testBot } from './bot.js';
import { testDb } from './db.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { whenReady } from './ready.js';
import { postToSlackEvents, SIGNING_SECRET, triggerId } from './sign-slack-request.js';

export { SIGNING_SECRET };

export interface SendOptions {
  contentType?: 'form' | 'json';
  timestamp?: number;
  signature?: string;
  headers?: Record<string, string>;
}

/**
 * The real Bolt app in HTTP mode behind the bot's real HTTP server on 127.0.0.1, talking to a
 * fake Slack Web API on 127.0.0.1, with a real (temporary) database.
 */
export async function startSlackBot(options: { answerInAckWithinMs?: number; shared?: { api: FakeSlackApi; db: Db } } = {}) {
  const { shared, ...slackOptions } = options;
  // A second replica: the same Slack and the same database as the first, its own app and server.
  const api = shared?.api ?? (await new FakeSlackApi().start());
  const db = shared?.db ?? (await testDb());
  const { bot } = await testBot();
  const logger = captureLogger();
  const feedback = new SqlFeedbackStore(db, new SqlKeyring(db, 90, { now: () => new Date() }));
  const adapter = createSlackAdapter(
    { mode: 'http', botToken: 'xoxb-test', appToken: undefined, signingSecret: SIGNING_SECRET, apiUrl: api.apiUrl },
    {
      bot,
      kb: await knowledgeBase(),
      feedback,
      logger,
      clock: { now: () => new Date('2026-11-24T09:00:00Z') },
      lang: 'nl',
      once: new SqlOnceStore(db),
      ...slackOptions,
    },
  );
  const server: RunningServer = await startHttpServer({ port: 0, host: '127.0.0.1', routes: adapter.routes, logger });
  adapter.start();
  await whenReady(adapter.connection);

  // Slack gets its acknowledgement before the listener is done; the receiver hands each request
  // to App.processEvent, whose promise settles when every listener has finished. Keeping those
  // promises lets a test wait until the bot is idle instead of sleeping.
  const inFlight = new Set<Promise<void>>();
  const processEvent = adapter.app.processEvent.bind(adapter.app);
  adapter.app.processEvent = (event) => {
    const processing = processEvent(event);
    inFlight.add(processing);
    processing.then(
      () => inFlight.delete(processing),
      () => inFlight.delete(processing),
    );
    return processing;
  };
  /** Resolves when every request Slack sent so far has been handled completely. */
  async function settled(): Promise<void> {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  }

  /** Posts a signed request to /slack/events, as Slack does. */
  async function send(payload: Record<string, unknown> | string, options: SendOptions = {}): Promise<Response> {
    const isForm = options.contentType === 'form' || typeof payload === 'string';
    const body = typeof payload === 'string' ? payload : isForm ? new URLSearchParams(payload as Record<string, string>).toString() : JSON.stringify(payload);
    const { contentType: _, ...post } = options;
    return postToSlackEvents(server.url, body, { ...post, contentType: isForm ? 'application/x-www-form-urlencoded' : 'application/json' });
  }

  /** A slash command, form-encoded as Slack sends it. */
  const command = async (text: string, extra: Record<string, string> = {}) =>
    api.showAcknowledgement(
      await send(
        {
          command: '/socialmedia',
          text,
          user_id: 'U0ASKER',
          user_name: 'asker',
          channel_id: 'C0GENERAL',
          channel_name: 'general',
          team_id: 'T0001',
          team_domain: 'example',
          response_url: api.responseUrl(),
          trigger_id: triggerId(),
          api_app_id: 'A0001',
          token: 'legacy',
          ...extra,
        },
        { contentType: 'form' },
      ),
    );

  /** An interactivity payload (buttons, shortcuts), form-encoded with `payload=`. */
  const interact = (payload: Record<string, unknown>) => send({ payload: JSON.stringify({ trigger_id: triggerId(), ...payload }) }, { contentType: 'form' });

  /** An Events API callback. */
  const event = (inner: Record<string, unknown>, eventId = `Ev${Math.random().toString(36).slice(2)}`, headers: Record<string, string> = {}) =>
    send({ type: 'event_callback', token: 'legacy', team_id: 'T0001', api_app_id: 'A0001', event_id: eventId, event_time: 1, event: inner }, { headers });

  return {
    api,
    bot,
    db,
    logger,
    feedback,
    url: server.url,
    send,
    command,
    interact,
    event,
    settled,
    async stop() {
      await adapter.stop();
      await server.stop();
      if (shared) return;
      await api.stop();
      await (db as Db & { cleanup(): Promise<void> }).cleanup();
    },
  };
}

export type SlackBot = Awaited<ReturnType<typeof startSlackBot>>;
