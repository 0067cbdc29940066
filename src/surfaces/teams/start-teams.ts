import type { PersonRef } from '../../core/escalate/model.js';
import type { TeamsConfig } from '../../config.js';
import type { ChannelDirectory, Membership } from '../../core/ports.js';
import type { Reply } from '../../core/reply-model.js';
import type { HttpRoute } from '../../runtime/http/http-server.js';
import type { Readiness } from '../../runtime/observability/readiness.js';
import type { CardDelivery, Notifier } from '../../runtime/outbox/notifier.js';
import type { TeamsDeps } from './deps.js';
import { TeamsHealth } from './health.js';

/** What loading the Teams surface gives: its route, a notifier for the outbox, the token probe. */
interface Loaded {
  handle: HttpRoute['handle'];
  notifier: Notifier;
  probeToken(): Promise<void>;
  directory: Membership & ChannelDirectory;
}

export interface TeamsOptions {
  /** Without an app id: serve the Emulator endpoint (only on loopback or with TEAMS_EMULATOR=1). */
  allowEmulator: boolean;
  /** The token probe retries after 1, 2, 4 … up to 60 s, and looks again every 5 minutes when well. */
  retry?: { firstMs: number; maxMs: number; recheckMs: number };
}

export interface RunningTeams {
  routes: HttpRoute[];
  notifier: Notifier;
  /** Not ready while the token endpoint, the connector or the signing keys fail. */
  readiness(): Readiness;
  /** Whether /api/messages is served (false: emulator mode on a public address). */
  served: boolean;
  health: TeamsHealth;
  /** Who is in a conversation and what it is, as Teams says (loads botbuilder on first use). */
  directory: Membership & ChannelDirectory;
  stop(): void;
}

const DEFAULT_RETRY = { firstMs: 1_000, maxMs: 60_000, recheckMs: 5 * 60_000 };

/** 403 without reading the body: the Emulator endpoint is not served on a public address. */
const emulatorOff: HttpRoute['handle'] = (_req, res) => {
  const body = JSON.stringify({
    error: 'the Bot Framework Emulator endpoint is off on a public address: set MicrosoftAppId, listen on 127.0.0.1, or set TEAMS_EMULATOR=1',
  });
  res.writeHead(403, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' }).end(body);
};

/**
 * Teams behind `POST /api/messages`, and its notifier for the outbox. botbuilder takes most of
 * a second to import and `/healthz` should not wait for it, so it loads on the first request or
 * delivery, or, with an app id, for the token probe just after start-up. Failures of Microsoft's
 * services make Teams not ready (`readiness`) and never stop the process.
 */
export function startTeams(config: TeamsConfig, deps: TeamsDeps, options: TeamsOptions): RunningTeams {
  const authenticated = config.mode === 'authenticated';
  const health = new TeamsHealth(deps.logger, authenticated ? 'connecting' : undefined);
  const served = authenticated || options.allowEmulator;
  let loading: Promise<Loaded> | undefined;
  const load = (): Promise<Loaded> => {
    loading ??= (async () => {
      const { createTeamsAdapter } = await import('./teams-adapter.js');
      const adapter = createTeamsAdapter(config, deps, health);
      const route = adapter.routes[0] as HttpRoute;
      return { handle: route.handle, notifier: adapter.notifier, directory: adapter.directory, probeToken: adapter.probeToken };
    })();
    return loading;
  };
  /** A delivery through the connector: its outcome is the connector's health. */
  const deliver = async <T>(what: (notifier: Notifier) => Promise<T>): Promise<T> => {
    try {
      const result = await what((await load()).notifier);
      health.succeeded('connector');
      return result;
    } catch (error) {
      health.failed('connector', 'posting to the connector', error);
      throw error;
    }
  };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  if (authenticated) {
    const retry = options.retry ?? DEFAULT_RETRY;
    let failures = 0;
    const probe = async () => {
      timer = undefined;
      try {
        await (await load()).probeToken();
        health.succeeded('token');
        failures = 0;
      } catch (error) {
        failures++;
        health.failed('token', 'getting a token', error);
      }
      if (!stopped) timer = setTimeout(probe, failures === 0 ? retry.recheckMs : Math.min(retry.maxMs, retry.firstMs * 2 ** (failures - 1))).unref();
    };
    timer = setTimeout(probe, 0).unref();
  }

  return {
    routes: [{ method: 'POST', path: '/api/messages', handle: served ? async (req, res) => (await load()).handle(req, res) : emulatorOff }],
    notifier: {
      findsRepeats: false,
      post: (channelId: string, reply: Reply, delivery?: CardDelivery) => deliver((n) => n.post(channelId, reply, delivery)),
      update: (channelId: string, messageId: string, reply: Reply) => deliver((n) => n.update(channelId, messageId, reply)),
      tell: (person: PersonRef, reply: Reply) => deliver((n) => n.tell(person, reply)),
      postImage: (channelId: string, image: { png: Buffer; filename: string; title: string; alt: string }) =>
        deliver(async (n) => n.postImage?.(channelId, image)),
    },
    readiness: () => (served ? health.readiness() : { ready: true, detail: 'off (Emulator endpoint not served on a public address)' }),
    served,
    health,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    directory: {
      isMember: async (platform, channelId, userId) => (await load()).directory.isMember(platform, channelId, userId),
      describe: async (platform, channelId) => (await load()).directory.describe(platform, channelId),
    },
  };
}
