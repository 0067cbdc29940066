import type { Logger } from '../../core/ports.js';
import type { Readiness } from '../../runtime/observability/readiness.js';

/** Who the bot is in Slack, from auth.test: Bolt needs it to ignore the bot's own messages. */
export interface SlackIdentity {
  botUserId: string;
  botId: string;
}

/** How the connection retries: doubling from `firstMs` up to `maxMs`; in HTTP mode auth.test is asked again every `recheckMs`. */
export interface RetryTiming {
  firstMs: number;
  maxMs: number;
  recheckMs: number;
  /** A call that takes longer than this counts as failed. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryTiming = { firstMs: 1_000, maxMs: 60_000, recheckMs: 5 * 60_000, timeoutMs: 10_000 };

export interface ConnectionDeps {
  /** auth.test; rejects when Slack is unreachable or refuses the token. */
  probe(): Promise<SlackIdentity>;
  /** Socket Mode: opens the WebSocket (apps.connections.open) and resolves when it is up. */
  connect?: () => Promise<void>;
  /** Socket Mode: resolves when the open WebSocket has closed. */
  closed?: () => Promise<void>;
  retry: RetryTiming;
  logger: Logger;
}

/** Slack's error (invalid_auth), the HTTP status, or the network error: never the request. */
function reasonOf(error: unknown): string {
  const e = (error ?? {}) as {
    code?: string;
    data?: { error?: string };
    statusCode?: number;
    original?: { code?: string; message?: string };
    message?: string;
  };
  const reason = e.data?.error ?? (e.statusCode ? `HTTP ${e.statusCode}` : undefined) ?? e.original?.message ?? e.message ?? error;
  return String(reason).split('\n')[0]?.slice(0, 120) ?? '';
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms).unref();
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Keeps the bot connected to Slack without ever stopping the process: asks auth.test (and in
 * Socket Mode opens the WebSocket), and when that fails says so in `readiness()` and tries again
 * after 1, 2, 4 … up to 60 s. In HTTP mode it asks auth.test again every few minutes, so that
 * readiness means "Slack answered recently", not "we once started".
 */
export class SlackConnection {
  identity: SlackIdentity | undefined;
  private state: Readiness = { ready: false, detail: 'connecting' };
  private stopped = false;
  private wake: (() => void) | undefined;
  private readonly listeners = new Set<() => void>();
  private signalStop: () => void = () => undefined;
  /** Resolves when `stop` is called: every wait in the loop races it. */
  private readonly stopping = new Promise<void>((resolve) => (this.signalStop = resolve));

  constructor(private readonly deps: ConnectionDeps) {}

  readiness(): Readiness {
    return this.state;
  }

  /** Calls `listener` at every change of readiness (tests wait on it). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the loop and returns at once: the process does not wait for Slack. */
  start(): void {
    // The loop catches every failure itself; this only keeps a bug in it from ending the process.
    this.run().catch((error: unknown) =>
      this.deps.logger.error({ event: 'slack.connection-error', error: error instanceof Error ? error.message : String(error) }),
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.signalStop();
    this.wake?.();
  }

  private set(state: Readiness): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms).unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    const { retry, logger } = this.deps;
    let failures = 0;
    while (!this.stopped) {
      let step = 'auth.test';
      try {
        const identity = await Promise.race([withTimeout(this.deps.probe(), retry.timeoutMs, step), this.stopping]);
        if (!identity) return;
        this.identity = identity;
        if (this.deps.connect && this.deps.closed) {
          step = 'apps.connections.open';
          await Promise.race([withTimeout(this.deps.connect(), retry.timeoutMs * 3, 'opening the Socket Mode connection'), this.stopping]);
          if (this.stopped) return;
          this.set({ ready: true, detail: 'connected' });
          if (failures > 0) logger.info({ event: 'slack.connected', after: failures }, 'Slack is reachable again');
          failures = 0;
          await Promise.race([this.deps.closed(), this.stopping]);
          if (this.stopped) return;
          this.set({ ready: false, detail: 'Socket Mode connection closed: reconnecting' });
          logger.warn({ event: 'slack.disconnected' }, 'The Socket Mode connection closed: reconnecting');
          await this.pause(retry.firstMs);
          continue;
        }
        if (this.stopped) return;
        this.set({ ready: true, detail: 'connected' });
        if (failures > 0) logger.info({ event: 'slack.connected', after: failures }, 'Slack is reachable again');
        failures = 0;
        await this.pause(retry.recheckMs);
      } catch (error) {
        if (this.stopped) return;
        failures++;
        const delay = Math.min(retry.maxMs, retry.firstMs * 2 ** (failures - 1));
        const reason = reasonOf(error);
        this.set({ ready: false, detail: `not connected: ${step} failed (${reason}); next try in ${Math.ceil(delay / 1000)} s` });
        logger.warn(
          { event: 'slack.unreachable', step, reason, attempt: failures, retryInMs: delay },
          'Slack does not answer: the bot keeps running and tries again',
        );
        await this.pause(delay);
      }
    }
  }
}
