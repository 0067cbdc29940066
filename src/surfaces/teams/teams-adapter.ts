import type { CloudAdapter } from 'botbuilder';
import type { TeamsConfig } from '../../config.js';
import { DEFAULT_BODY_LIMIT, type HttpRoute } from '../../runtime/http/http-server.js';
import { createCloudAdapter, responseFor } from './cloud-adapter.js';
import type { TeamsDeps } from './deps.js';
import { guardTeamsRequest } from './request-guard.js';
import { RichtlijnenTeamsBot } from './teams-bot.js';

export interface TeamsAdapter {
  mode: TeamsConfig['mode'];
  routes: HttpRoute[];
  /** For proactive posts (the outbox's Teams notifier). */
  cloudAdapter: CloudAdapter;
  appId: string;
}

/** `POST /api/messages` on the bot's server: a CloudAdapter behind the request guard. */
export function createTeamsAdapter(config: TeamsConfig, deps: TeamsDeps): TeamsAdapter {
  const adapter = createCloudAdapter(config, deps.logger);
  const appId = config.mode === 'authenticated' ? config.appId : '';
  const bot = new RichtlijnenTeamsBot(deps, adapter, appId);
  const handle = guardTeamsRequest((req, res) => adapter.process(req, responseFor(res), (context) => bot.run(context)), {
    config,
    logger: deps.logger,
    bodyLimit: DEFAULT_BODY_LIMIT,
    now: () => deps.clock.now(),
  });
  return { mode: config.mode, routes: [{ method: 'POST', path: '/api/messages', handle }], cloudAdapter: adapter, appId };
}
