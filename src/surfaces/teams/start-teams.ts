import type { PersonRef } from '../../core/escalate/model.js';
import type { TeamsConfig } from '../../config.js';
import type { ChannelDirectory, Membership } from '../../core/ports.js';
import type { Reply } from '../../core/reply-model.js';
import type { HttpRoute } from '../../runtime/http/http-server.js';
import type { Notifier } from '../../runtime/outbox/notifier.js';
import type { TeamsDeps } from './deps.js';

/** What loading the Teams surface gives: its route and a notifier for the outbox. */
interface Loaded {
  handle: HttpRoute['handle'];
  notifier: Notifier;
  directory: Membership & ChannelDirectory;
}

/**
 * Teams behind `POST /api/messages`, and its notifier for the outbox. botbuilder takes most of
 * a second to import and `/healthz` should not wait for it, so it loads on the first request or
 * delivery, which waits for it. Nothing to stop: botbuilder keeps no connection open.
 */
export function startTeams(config: TeamsConfig, deps: TeamsDeps): { routes: HttpRoute[]; notifier: Notifier; directory: Membership & ChannelDirectory; stop(): void } {
  let loading: Promise<Loaded> | undefined;
  const load = (): Promise<Loaded> => {
    loading ??= (async () => {
      const { createTeamsAdapter } = await import('./teams-adapter.js');
      const adapter = createTeamsAdapter(config, deps);
      const route = adapter.routes[0] as HttpRoute;
      return { handle: route.handle, notifier: adapter.notifier, directory: adapter.directory };
    })();
    return loading;
  };
  return {
    routes: [{ method: 'POST', path: '/api/messages', handle: async (req, res) => (await load()).handle(req, res) }],
    notifier: {
      post: async (channelId: string, reply: Reply) => (await load()).notifier.post(channelId, reply),
      update: async (channelId: string, messageId: string, reply: Reply) => (await load()).notifier.update(channelId, messageId, reply),
      tell: async (person: PersonRef, reply: Reply) => (await load()).notifier.tell(person, reply),
      postImage: async (channelId: string, image: { png: Buffer; filename: string; title: string; alt: string }) => (await load()).notifier.postImage?.(channelId, image),
    },
    directory: {
      isMember: async (platform, channelId, userId) => (await load()).directory.isMember(platform, channelId, userId),
      describe: async (platform, channelId) => (await load()).directory.describe(platform, channelId),
    },
    stop: () => undefined,
  };
}
