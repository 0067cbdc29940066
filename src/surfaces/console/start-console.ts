import type { HttpRoute } from '../../runtime/http/http-server.js';
import { apiRoutes } from './api.js';
import { assetRoutes } from './assets.js';
import type { ConsoleDeps } from './deps.js';
import { consoleRoutes } from './routes.js';

/**
 * The web console for the communication department and the departments: server-rendered pages
 * under /console on the bot's own HTTP server, from the same core services as the chat.
 * Nothing to stop: it holds no connection or timer.
 */
export function startConsole(deps: ConsoleDeps): { routes: HttpRoute[]; stop(): void } {
  return { routes: [...consoleRoutes(deps), ...apiRoutes(deps), ...assetRoutes()], stop: () => undefined };
}
