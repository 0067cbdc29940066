import type { SlackConfig } from '../../config.js';
import type { ChannelDirectory, Membership } from '../../core/ports.js';
import type { HttpRoute } from '../../runtime/http/http-server.js';
import type { Readiness } from '../../runtime/observability/readiness.js';
import type { Notifier } from '../../runtime/outbox/notifier.js';
import type { SlackConnection } from './connection.js';
import type { SlackDeps } from './deps.js';
import { createSlackAdapter } from './slack-app.js';
import { SlackDirectory } from './slack-directory.js';
import { SlackNotifier } from './slack-notifier.js';

/** Slack, running: its route (HTTP mode), what the outbox and the escalations need of it, and how to stop. */
export interface RunningSlack {
  mode: SlackConfig['mode'];
  routes: HttpRoute[];
  notifier: Notifier;
  /** Who is in a channel and what a channel is, as Slack says. */
  directory: Membership & ChannelDirectory;
  /** Ready when Slack answered auth.test recently (HTTP mode) or the WebSocket is open (Socket Mode). */
  readiness(): Readiness;
  connection: SlackConnection;
  stop(): Promise<void>;
}

/**
 * Builds the Bolt app and starts connecting, without waiting: the bot runs (and says it is not
 * ready) while Slack is unreachable, and connects when Slack answers.
 */
export function startSlack(config: SlackConfig, deps: SlackDeps): RunningSlack {
  const adapter = createSlackAdapter(config, deps);
  adapter.start();
  return {
    mode: config.mode,
    routes: adapter.routes,
    notifier: new SlackNotifier(adapter.client, { cardClient: adapter.cardClient, logger: deps.logger }),
    directory: new SlackDirectory(adapter.client, () => deps.clock.now().getTime()),
    readiness: () => adapter.connection.readiness(),
    connection: adapter.connection,
    stop: adapter.stop,
  };
}
