import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import { DEFAULT_BODY_LIMIT, type HttpRoute } from '../../runtime/http/http-server.js';
import { guardSlackRequest } from './request-guard.js';
import { boltLogger } from './bolt-logger.js';
import { onceByEventId } from './dedupe.js';
import type { SlackDeps } from './deps.js';
import { registerListeners } from './listeners/index.js';

export interface SlackAdapter {
  app: App;
  mode: SlackConfig['mode'];
  /** HTTP mode: `POST /slack/events` for the bot's server. Socket Mode: none. */
  routes: HttpRoute[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Socket Mode: whether the WebSocket is up. HTTP mode has nothing to connect and is always ready. */
  isConnected(): boolean;
}

/**
 * Builds the Bolt app: Socket Mode when an app token is set, else HTTP mode behind the bot's
 * own server. The Web API base URL comes from SLACK_API_URL when set.
 */
export function createSlackAdapter(config: SlackConfig, deps: SlackDeps): SlackAdapter {
  const logger = boltLogger(deps.logger);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    logger,
    logLevel: LogLevel.INFO,
    // Retry 5xx and network errors a few times with back-off; 429 waits for Retry-After.
    retryConfig: { retries: 5, factor: 2, minTimeout: 200, maxTimeout: 5_000, randomize: true },
  };
  let app: App;
  const routes: HttpRoute[] = [];
  if (config.mode === 'socket') {
    app = new App({ token: config.botToken, appToken: config.appToken, socketMode: true, clientOptions, logger, logLevel: LogLevel.INFO, convoStore: false });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? '',
      endpoints: '/slack/events',
      logger,
      logLevel: LogLevel.INFO,
      processBeforeResponse: false,
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
    app = new App({ token: config.botToken, receiver, clientOptions, logger, logLevel: LogLevel.INFO, convoStore: false });
    const handle = guardSlackRequest((req, res) => receiver.requestListener(req, res), { logger: deps.logger, bodyLimit: DEFAULT_BODY_LIMIT });
    routes.push({ method: 'POST', path: '/slack/events', handle });
  }
  app.use(onceByEventId(deps.logger));
  registerListeners(app, deps);
  app.error(async (error) => {
    const e = error as { code?: string; original?: { message?: string }; message?: string };
    deps.logger.error({ event: 'slack.error', code: e.code, error: e.original?.message ?? e.message });
  });
  let connected = config.mode === 'http';
  return {
    app,
    mode: config.mode,
    routes,
    isConnected: () => connected,
    start: async () => {
      if (config.mode === 'socket') {
        await app.start();
        connected = true;
      }
    },
    stop: async () => {
      if (config.mode === 'socket') {
        connected = false;
        await app.stop();
      }
    },
  };
}
