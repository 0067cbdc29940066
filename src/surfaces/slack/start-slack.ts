import type { SlackConfig } from '../../config.js';
import type { ChannelDirectory, Membership } from '../../core/ports.js';
import type { HttpRoute } from '../../runtime/http/http-server.js';
import type { Notifier } from '../../runtime/outbox/notifier.js';
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
  /** Socket Mode: whether the WebSocket is up; HTTP mode is always ready. */
  isConnected(): boolean;
  stop(): Promise<void>;
}

/** Builds the Bolt app and, in Socket Mode, connects it. */
export async function startSlack(config: SlackConfig, deps: SlackDeps): Promise<RunningSlack> {
  const adapter = createSlackAdapter(config, deps);
  await adapter.start();
  return {
    mode: config.mode,
    routes: adapter.routes,
    notifier: new SlackNotifier(adapter.app.client),
    directory: new SlackDirectory(adapter.app.client, () => deps.clock.now().getTime()),
    isConnected: adapter.isConnected,
    stop: adapter.stop,
  };
}
