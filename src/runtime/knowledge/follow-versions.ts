import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { LiveKnowledge } from '../../core/knowledge/live.js';
import type { Logger } from '../../core/ports.js';
import { repeat, type Interval } from '../repeat.js';

/**
 * How often a process asks the database for the newest version number: a version published by
 * another process is answered here within this time plus the index build (well within 5 s).
 */
export const VERSION_POLL_MS = 1000;
/** While a PostgreSQL notification channel is connected, polling is only a safety net. */
export const SAFETY_NET_MS = 30_000;
/** How long after losing the notification channel a process tries to listen again (polling each second meanwhile). */
export const RELISTEN_MS = 5000;

/** A connected notification channel (PostgreSQL LISTEN). */
export interface Listening {
  connected(): boolean;
  close(): Promise<void>;
}

/** Lets the answers already waiting go first, between two slices of building a version. */
export const yieldToAnswers = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface FollowDeps {
  live: LiveKnowledge;
  /** Builds the version's search index and classifier off the answering path; returns the swap (Bot.prepareKnowledge). */
  prepare(kb: KnowledgeBase, pause: () => Promise<void>): Promise<() => void>;
  latestNumber(): Promise<number | undefined>;
  load(number: number): Promise<KnowledgeBase>;
  /** PostgreSQL: LISTEN for publishes (NOTIFY from any process); `onVersion` runs a round at once. */
  listen?: ((onVersion: () => void, onLost: (error: unknown) => void) => Promise<Listening>) | undefined;
  intervalMs?: Interval | undefined;
  /** Awaited between slices of a build (default `yieldToAnswers`; tests hold a build here). */
  pause?: (() => Promise<void>) | undefined;
  logger: Logger;
}

type Via = 'publish' | 'notify' | 'poll';

/**
 * Every process follows the published version. On PostgreSQL a publish anywhere is pushed to
 * every process (LISTEN/NOTIFY) and polling slows to a safety net; on SQLite, or while the
 * channel is down, each process polls the version number (one indexed `max()` a second). When
 * it moved, the process loads that version, builds it a slice at a time while the current one
 * keeps answering, and swaps both in one step. `check` runs a round now (after a publish here).
 */
export function followVersions(deps: FollowDeps): { check(): Promise<void>; stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let listening: Listening | undefined;
  let lastRound = 0;
  let lastListen = Number.NEGATIVE_INFINITY;
  let stopped = false;
  const round = async (via: Via) => {
    lastRound = Date.now();
    const latest = await deps.latestNumber();
    if (latest === undefined || latest <= deps.live.version) return;
    const started = Date.now();
    const kb = await deps.load(latest);
    const swap = await deps.prepare(kb, deps.pause ?? yieldToAnswers);
    const from = deps.live.version;
    swap();
    deps.live.swap(kb, latest);
    deps.logger.info({ event: 'knowledge.version', from, to: latest, via, ms: Date.now() - started }, 'Answering from a new knowledge version');
  };
  /** One round at a time: a publish here, a notification and the poll never load the same version twice at once. */
  const check = (via: Via = 'publish') => {
    running = running.then(
      () => round(via),
      () => round(via),
    );
    return running;
  };
  const listen = async () => {
    if (!deps.listen || stopped || listening?.connected() || Date.now() - lastListen < RELISTEN_MS) return;
    lastListen = Date.now();
    const onVersion = () => {
      check('notify').catch((error: unknown) =>
        deps.logger.warn({ event: 'knowledge.notify-failed', error: String(error) }, 'A notified version failed to load'),
      );
    };
    const onLost = (error: unknown) => deps.logger.warn({ event: 'knowledge.listen-lost', error: String(error) }, 'Polling for knowledge versions');
    await listening?.close().catch(() => undefined);
    listening = await deps.listen(onVersion, onLost).catch((error: unknown) => {
      onLost(error);
      return undefined;
    });
    if (listening) deps.logger.info({ event: 'knowledge.listening' }, 'Hearing of new knowledge versions at once (PostgreSQL LISTEN)');
    // A publish made while no one listened is caught by the poll round that follows.
  };
  const poll = async () => {
    await listen();
    if (listening?.connected() && Date.now() - lastRound < SAFETY_NET_MS) return;
    await check('poll');
  };
  const loop = repeat('knowledge', deps.intervalMs ?? VERSION_POLL_MS, poll, deps.logger);
  return {
    check: () => check('publish'),
    stop: async () => {
      stopped = true;
      await loop.stop();
      await listening?.close().catch(() => undefined);
    },
  };
}
