/**
 * Measures one operation: wall time, the peak resident memory above what the process used
 * before (sampled every 2 ms by a worker thread, so a blocked main thread is still seen), and
 * the longest event-loop stall (perf_hooks' delay histogram at 10 ms resolution, and a 10 ms
 * setInterval heartbeat as a second opinion).
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

export interface Measured {
  ms: number;
  extraMB: number;
  /** Longest event-loop delay seen by monitorEventLoopDelay (includes its 10 ms resolution). */
  maxStallMs: number;
  /** Longest gap between two 10 ms heartbeats, minus the 10 ms. */
  heartbeatStallMs: number;
}

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData);
setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, 2);
`;

const MB = 1024 * 1024;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A memory sampler running beside the main thread; `stop` ends it. */
export class Meter {
  private readonly shared = new SharedArrayBuffer(8);
  private readonly peak = new Float64Array(this.shared);
  private readonly worker = new Worker(SAMPLER, { eval: true, workerData: this.shared });

  async measure(task: () => Promise<unknown>): Promise<Measured> {
    (globalThis as { gc?: () => void }).gc?.();
    await pause(20);
    const before = process.memoryUsage.rss();
    this.peak[0] = before;
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    let last = performance.now();
    let heartbeat = 0;
    const beat = setInterval(() => {
      const now = performance.now();
      heartbeat = Math.max(heartbeat, now - last - 10);
      last = now;
    }, 10);
    // The histogram starts counting at its first tick: a task that blocks at once would be missed.
    await pause(25);
    last = performance.now();
    const started = performance.now();
    await task();
    const ms = performance.now() - started;
    // Let the timers fire once more, so a stall at the very end is counted too.
    await pause(25);
    clearInterval(beat);
    histogram.disable();
    const peak = Math.max(this.peak[0] as number, process.memoryUsage.rss());
    return {
      ms: round(ms, 2),
      extraMB: round(Math.max(0, peak - before) / MB),
      maxStallMs: round(histogram.max / 1e6),
      heartbeatStallMs: round(Math.max(0, heartbeat)),
    };
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
