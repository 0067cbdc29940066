import type { ConsoleLinks, ConsoleStore, ConsoleUser } from '../../core/console/ports.js';
import type { Clock } from '../../core/ports.js';
import { hashSecret, newSecret } from './auth.js';

export interface ConsoleLinksDeps {
  store: ConsoleStore;
  clock: Clock;
  minutes: number;
  /** PUBLIC_URL, for links to Slack and Teams users. */
  publicUrl: string | undefined;
  /** The server's own address once it listens (the terminal user's link), undefined when it could not start. */
  localUrl: () => string | undefined;
}

/** One-time sign-in links: a random token, kept in the database only as its hash, valid `minutes`. */
export function createConsoleLinks(deps: ConsoleLinksDeps): ConsoleLinks {
  return {
    async issue(user: ConsoleUser) {
      const local = user.platform === 'terminal' || user.platform === 'cli';
      const base = local ? deps.localUrl() : deps.publicUrl;
      if (!base) return { kind: 'unavailable', reason: local ? 'no-server' : 'no-public-url' };
      const token = newSecret();
      const now = deps.clock.now();
      await deps.store.addLink(hashSecret(token), user, now, new Date(now.getTime() + deps.minutes * 60_000));
      return { kind: 'link', url: `${base}/console/login?token=${token}`, minutes: deps.minutes };
    },
  };
}
