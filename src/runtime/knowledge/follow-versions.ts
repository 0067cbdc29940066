import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { LiveKnowledge } from '../../core/knowledge/live.js';
import type { Logger } from '../../core/ports.js';
import { repeat, type Interval } from '../repeat.js';

/**
 * How often a process asks the database for the newest version number: a version published by
 * another process is answered here within this time plus the index build (well within 5 s).
 */
export const VERSION_POLL_MS = 1000;

export interface FollowDeps {
  live: LiveKnowledge;
  /** Builds the version's search index and swaps it in (Bot.useKnowledge). */
  use(kb: KnowledgeBase): void;
  latestNumber(): Promise<number | undefined>;
  load(number: number): Promise<KnowledgeBase>;
  intervalMs?: Interval | undefined;
  logger: Logger;
}

/**
 * Every process follows the published version: it polls the version number (one indexed
 * `max()` a second) and, when it moved, loads that version and swaps it in. The current
 * version answers until the new index is ready. `check` runs a round now (after a publish here).
 */
export function followVersions(deps: FollowDeps): { check(): Promise<void>; stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const round = async () => {
    const latest = await deps.latestNumber();
    if (latest === undefined || latest <= deps.live.version) return;
    const started = Date.now();
    const kb = await deps.load(latest);
    // Let answers already waiting go first; the index build itself takes a fraction of a second.
    await new Promise((resolve) => setImmediate(resolve));
    deps.use(kb);
    const from = deps.live.version;
    deps.live.swap(kb, latest);
    deps.logger.info({ event: 'knowledge.version', from, to: latest, ms: Date.now() - started }, 'Answering from a new knowledge version');
  };
  /** One round at a time: a publish here and the poll never load the same version twice at once. */
  const check = () => {
    running = running.then(round, round);
    return running;
  };
  const loop = repeat('knowledge', deps.intervalMs ?? VERSION_POLL_MS, check, deps.logger);
  return { check, stop: () => loop.stop() };
}
