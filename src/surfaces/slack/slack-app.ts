// First: Bolt must find the stand-in for @slack/socket-mode in the module cache (see the file).
import './defer-socket-mode.js';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import { DEFAULT_BODY_LIMIT, type HttpRoute } from '../../runtime/http/http-server.js';
import { boltLogger } from './bolt-logger.js';
import { DEFAULT_RETRY, SlackConnection, type SlackIdentity } from './connection.js';
import { onceByEventId } from './dedupe.js';
import type { SlackDeps } from './deps.js';
import { routeListeners } from './listener-routes.js';
import { registerListeners } from './listeners/index.js';
import { guardSlackRequest } from './request-guard.js';

export interface SlackAdapter {
  app: App;
  /** Posts escalation cards: no retries of its own (the notifier looks before it repeats), and a 10 s time-out. */
  cardClient: webApi.WebClient;
  mode: SlackConfig['mode'];
  /** HTTP mode: `POST /slack/events` for the bot's server. Socket Mode: none. */
  routes: HttpRoute[];
  /** The Web API with the bot token, for what the bot posts on its own (the outbox). */
  client: webApi.WebClient;
  /** auth.test (and in Socket Mode the WebSocket), retried until Slack answers. */
  connection: SlackConnection;
  /** Starts connecting and returns at once. */
  start(): void;
  stop(): Promise<void>;
}

/**
 * Builds the Bolt app: Socket Mode when an app token is set, else HTTP mode behind the bot's
 * own server. The Web API base URL comes from SLACK_API_URL when set.
 *
 * Bolt given a token calls auth.test while the App is constructed and awaits it only at the
 * first event: with Slack unreachable and no event coming, that rejection surfaces later,
 * unhandled, and ends the process. So Bolt gets an `authorize` function instead, answered from
 * our own auth.test, which `SlackConnection` retries with back-off and never lets escape.
 */
export function createSlackAdapter(config: SlackConfig, deps: SlackDeps): SlackAdapter {
  const logger = boltLogger(deps.logger);
  const retry = deps.retry ?? DEFAULT_RETRY;
  const base = { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), logger, logLevel: LogLevel.INFO, timeout: retry.timeoutMs };
  // Retry 5xx and network errors a few times with back-off; 429 waits for Retry-After.
  const clientOptions = { ...base, retryConfig: { retries: 5, factor: 2, minTimeout: 200, maxTimeout: 5_000, randomize: true } };
  const client = new webApi.WebClient(config.botToken, clientOptions);
  // auth.test and apps.connections.open fail fast: the connection's own loop does the retrying.
  const probeClient = new webApi.WebClient(config.botToken, { ...base, retryConfig: { retries: 0 } });
  const probe = async (): Promise<SlackIdentity> => {
    const result = await probeClient.auth.test();
    return { botUserId: String(result.user_id ?? ''), botId: String(result.bot_id ?? '') };
  };
  // Escalation cards: no blind retries (the notifier looks for the card before it posts again).
  const cardClient = new webApi.WebClient(config.botToken, { ...base, retryConfig: { retries: 0 }, timeout: 10_000 });

  let connection: SlackConnection | undefined;
  const authorize = async () => {
    const identity = connection?.identity;
    if (!identity) throw new Error('not connected to Slack yet');
    return { botToken: config.botToken, ...identity };
  };
  const common = { authorize, clientOptions, logger, logLevel: LogLevel.INFO, convoStore: false as const };
  let app: App;
  const routes: HttpRoute[] = [];
  if (config.mode === 'socket') {
    // Reconnecting is the connection's job (autoReconnectEnabled off): the client's own
    // reconnect calls start() without catching, which would end the process on invalid_auth.
    const receiver = new SocketModeReceiver({
      appToken: config.appToken ?? '',
      logger,
      logLevel: LogLevel.INFO,
      autoReconnectEnabled: false,
      installerOptions: { clientOptions: { ...base, retryConfig: { retries: 0 } } },
    });
    app = new App({ ...common, receiver });
    const socket = receiver.client;
    connection = new SlackConnection({
      probe,
      connect: async () => {
        await socket.start();
      },
      closed: () => new Promise<void>((resolve) => socket.once('disconnected', () => resolve())),
      retry,
      logger: deps.logger,
    });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? '',
      endpoints: '/slack/events',
      logger,
      logLevel: LogLevel.INFO,
      processBeforeResponse: false,
      // Only guardSlackRequest (below) hands requests to this receiver, after it has checked the
      // signature, its age and its replay: checking the same HMAC again cost every request.
      signatureVerification: false,
      // A payload Bolt cannot process (it passed the signature, so it came from Slack or from
      // someone with the secret) is a bad request, not a server error: 400 and a log line.
      processEventErrorHandler: async ({ error, response }) => {
        const e = error as { code?: string; message?: string };
        deps.logger.warn({ event: 'slack.unprocessable', code: e.code, error: e.message?.slice(0, 200) });
        if (!response.headersSent) response.writeHead(e.code === 'slack_bolt_authorization_error' ? 401 : 400).end();
        return true;
      },
    });
    // No conversation store: the bot keeps no per-conversation state in Bolt, and Bolt's default
    // in-memory one costs a lookup per request and memory that grows with conversations.
    app = new App({ ...common, receiver });
    connection = new SlackConnection({ probe, retry, logger: deps.logger });
    const handle = guardSlackRequest((req, res) => receiver.requestListener(req, res), {
      signingSecret: config.signingSecret ?? '',
      logger: deps.logger,
      bodyLimit: DEFAULT_BODY_LIMIT,
      once: deps.once,
      // Real time, like Slack's: the bot's clock may be moved by hand in tests.
      now: Date.now,
      isReady: () => connection?.identity !== undefined,
    });
    routes.push({ method: 'POST', path: '/slack/events', handle });
  }
  app.use(onceByEventId(deps.once, deps.logger));
  // One Bolt middleware routes to the listeners (listener-routes.ts), after the event-id check.
  routeListeners(app, (listeners) => registerListeners(listeners, deps));
  app.error(async (error) => {
    const e = error as { code?: string; original?: { message?: string }; message?: string };
    deps.logger.error({ event: 'slack.error', code: e.code, error: e.original?.message ?? e.message });
  });
  return {
    app,
    cardClient,
    mode: config.mode,
    routes,
    client,
    connection,
    start: () => connection.start(),
    stop: async () => {
      await connection.stop();
      if (config.mode === 'socket') await app.stop();
    },
  };
}
