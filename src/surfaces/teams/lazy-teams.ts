import type { PersonRef } from '../../core/escalate/model.js';
import type { TeamsConfig } from '../../config.js';
import type { Reply } from '../../core/reply-model.js';
import type { HttpRoute } from '../../runtime/http/http-server.js';
import type { Notifier } from '../../runtime/outbox/notifier.js';
import type { TeamsDeps } from './deps.js';

/** What loading the Teams adapter gives: its route and a notifier for the outbox. */
interface Loaded {
  handle: HttpRoute['handle'];
  notifier: Notifier;
}

/**
 * The Teams adapter, loaded in the background after start-up: botbuilder takes most of a
 * second to import, and `/healthz` should not wait for it. A request to `/api/messages` or a
 * delivery that comes before it is loaded simply waits for it.
 */
export function lazyTeams(config: TeamsConfig, deps: TeamsDeps): { routes: HttpRoute[]; notifier: Notifier; load: () => Promise<void> } {
  let loading: Promise<Loaded> | undefined;
  const load = (): Promise<Loaded> => {
    loading ??= (async () => {
      const [{ createTeamsAdapter }, { TeamsNotifier }] = await Promise.all([import('./teams-adapter.js'), import('./teams-notifier.js')]);
      const adapter = createTeamsAdapter(config, deps);
      const route = adapter.routes[0] as HttpRoute;
      return { handle: route.handle, notifier: new TeamsNotifier(adapter.cloudAdapter, adapter.appId, deps.conversations) };
    })();
    return loading;
  };
  return {
    routes: [{ method: 'POST', path: '/api/messages', handle: async (req, res) => (await load()).handle(req, res) }],
    notifier: {
      post: async (channelId: string, reply: Reply) => (await load()).notifier.post(channelId, reply),
      update: async (channelId: string, messageId: string, reply: Reply) => (await load()).notifier.update(channelId, messageId, reply),
      tell: async (person: PersonRef, reply: Reply) => (await load()).notifier.tell(person, reply),
    },
    load: async () => {
      await load();
    },
  };
}
