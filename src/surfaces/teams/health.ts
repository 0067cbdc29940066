import type { Logger } from '../../core/ports.js';
import type { Readiness } from '../../runtime/observability/readiness.js';

/**
 * Whether a failed call to Microsoft means Teams is unreachable for the bot (the token endpoint,
 * the connector or the signing keys are down), rather than that one conversation refused it
 * (403 bot removed, 404 gone): 5xx, 401, 408, 429, network errors, token errors.
 */
export function isOutage(error: unknown): boolean {
  const e = (error ?? {}) as { statusCode?: unknown; response?: { status?: unknown }; code?: unknown; name?: unknown; message?: unknown };
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.response?.status === 'number' ? e.response.status : undefined;
  if (status !== undefined) return status >= 500 || status === 401 || status === 408 || status === 429;
  if (typeof e.code === 'string' && /^(E[A-Z]+|UND_ERR\w*|ERR_SOCKET\w*)$/.test(e.code)) return true;
  return /fetch failed|socket hang up|network|timed? ?out|token|msal|authentication|openid|keys/i.test(`${String(e.name)} ${String(e.message)}`);
}

function reasonOf(error: unknown): string {
  const e = (error ?? {}) as { statusCode?: unknown; code?: unknown; message?: unknown };
  const first = String(e.message ?? error).split('\n')[0] ?? '';
  return (typeof e.statusCode === 'number' ? `HTTP ${e.statusCode}` : typeof e.code === 'string' ? e.code : first).slice(0, 120);
}

/** What can fail: getting a token, posting to the connector, fetching the keys that sign Teams' tokens. */
export type TeamsPart = 'token' | 'connector' | 'keys';

/**
 * Teams' readiness, from what actually happens: a token fetch, a post to the connector or a
 * signing-key fetch that fails as an outage makes Teams not ready; the next one of the same kind
 * that succeeds makes it ready again. Never blocks anything: it only reports.
 */
export class TeamsHealth {
  private readonly failing = new Map<TeamsPart, string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly logger: Logger,
    /** Authenticated mode: not ready until the first token arrived. */
    private pending: string | undefined,
  ) {}

  readiness(): Readiness {
    const [first] = this.failing.values();
    if (first !== undefined) return { ready: false, detail: first };
    if (this.pending !== undefined) return { ready: false, detail: this.pending };
    return { ready: true, detail: 'connected' };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  succeeded(part: TeamsPart): void {
    const wasReady = this.readiness().ready;
    if (part === 'token') this.pending = undefined;
    if (!this.failing.delete(part) && wasReady) return;
    if (!wasReady && this.readiness().ready) this.logger.info({ event: 'teams.reachable' }, 'Teams is reachable again');
    this.changed();
  }

  /** Records a failure of `what`; returns whether it counted as an outage (always, for the token). */
  failed(part: TeamsPart, what: string, error: unknown): boolean {
    if (part !== 'token' && !isOutage(error)) return false;
    const reason = reasonOf(error);
    if (this.readiness().ready) this.logger.warn({ event: 'teams.unreachable', what, reason }, 'Teams does not answer: the bot keeps running and tries again');
    this.failing.set(part, `not connected: ${what} failed (${reason})`);
    this.changed();
    return true;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
