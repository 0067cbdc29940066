import type { Logger } from '../core/ports.js';

/** What every started piece hands back: how to stop it, resolving when it has. */
export interface Stoppable {
  stop(): Promise<void> | void;
}

/**
 * The pieces of a running bot, stopped in the reverse order they were started: the HTTP server
 * first (no new work), then the loops, the platforms, and the database last. Each stop is
 * awaited; one that fails is logged and the others still run.
 */
export class Lifecycle {
  private readonly started: Array<{ name: string; piece: Stoppable }> = [];

  constructor(private readonly logger: Logger) {}

  /** Registers a started piece and returns it, so that starting and registering read as one. */
  add<T extends Stoppable>(name: string, piece: T): T {
    this.started.push({ name, piece });
    return piece;
  }

  /**
   * Stops everything, newest first. After `deadlineMs` it gives up waiting and calls
   * `onTimeout` (which drops open connections), so that a stuck piece cannot keep the process up.
   */
  async stop(deadlineMs: number, onTimeout: () => void = () => undefined): Promise<void> {
    const pieces = this.started.splice(0).reverse();
    const all = (async () => {
      for (const { name, piece } of pieces) {
        try {
          await piece.stop();
        } catch (error) {
          this.logger.error({ event: 'stop.error', piece: name, error: error instanceof Error ? error.message : String(error) });
        }
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), deadlineMs).unref();
    });
    if ((await Promise.race([all, deadline])) === 'late') {
      this.logger.warn({ event: 'stop.timeout' }, `Shutdown took longer than ${deadlineMs / 1000} s; stopping anyway`);
      onTimeout();
    }
    clearTimeout(timer);
  }
}
