import type { CloudAdapter } from 'botbuilder';
import type { TeamsConfig } from '../../config.js';
import { DEFAULT_BODY_LIMIT, type HttpRoute } from '../../runtime/http/http-server.js';
import { createCloudAdapter, responseFor } from './cloud-adapter.js';
import type { TeamsDeps } from './deps.js';
import { guardTeamsRequest } from './request-guard.js';
import { RichtlijnenTeamsBot } from './teams-bot.js';
import { TeamsDirectory } from './teams-directory.js';
import { TeamsNotifier } from './teams-notifier.js';

export interface TeamsAdapter {
  mode: TeamsConfig['mode'];
  routes: HttpRoute[];
  /** For proactive posts (the outbox's Teams notifier). */
  cloudAdapter: CloudAdapter;
  appId: string;
  /** Who is in a conversation and what it is; one instance, so that its roster cache is shared. */
  directory: TeamsDirectory;
  notifier: TeamsNotifier;
}

/** `POST /api/messages` on the bot's server: a CloudAdapter behind the request guard. */
export function createTeamsAdapter(config: TeamsConfig, deps: TeamsDeps): TeamsAdapter {
  const adapter = createCloudAdapter(config, deps.logger);
  const appId = config.mode === 'authenticated' ? config.appId : '';
  const directory = new TeamsDirectory(adapter, appId, deps.conversations, () => deps.clock.now().getTime());
  const notifier = new TeamsNotifier(adapter, appId, deps.conversations);
  const bot = new RichtlijnenTeamsBot(deps, adapter, appId, { directory, notifier });
  const handle = guardTeamsRequest((req, res) => adapter.process(req, responseFor(res), (context) => bot.run(context)), {
    config,
    logger: deps.logger,
    bodyLimit: DEFAULT_BODY_LIMIT,
    now: () => deps.clock.now(),
  });
  return { mode: config.mode, routes: [{ method: 'POST', path: '/api/messages', handle }], cloudAdapter: adapter, appId, directory, notifier };
}
