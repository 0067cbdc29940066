/**
 * Measures one operation: wall time, the peak resident memory above what the process used
 * before (sampled every 2 ms by a worker thread, so a blocked main thread is still seen), and
 * the longest event-loop stall (perf_hooks' delay histogram at 10 ms resolution, and a 10 ms
 * setInterval heartbeat as a second opinion).
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

export interface Measured {
  ms: number;
  extraMB: number;
  /** Longest event-loop delay seen by monitorEventLoopDelay (includes its 10 ms resolution). */
  maxStallMs: number;
  /** Longest gap between two 10 ms heartbeats, minus the 10 ms. */
  heartbeatStallMs: number;
  /**
   * The most CPU time the main thread itself used between two heartbeats (Linux: its
   * /proc/self/task stat, 10 ms ticks). A stall far longer than this was the machine not running
   * the process (other load), not the bot's code holding the event loop.
   */
  mainBusyMs: number;
}

const MAIN_THREAD_STAT = `/proc/${process.pid}/task/${process.pid}/stat`;

/** CPU milliseconds the main thread has used so far (user + system), or NaN off Linux. */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(MAIN_THREAD_STAT, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
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
    let lastCpu = mainThreadCpuMs();
    let busy = 0;
    const beat = setInterval(() => {
      const now = performance.now();
      const cpu = mainThreadCpuMs();
      heartbeat = Math.max(heartbeat, now - last - 10);
      busy = Math.max(busy, Math.min(cpu - lastCpu, now - last));
      last = now;
      lastCpu = cpu;
    }, 10);
    // The histogram starts counting at its first tick: a task that blocks at once would be missed.
    await pause(25);
    last = performance.now();
    lastCpu = mainThreadCpuMs();
    busy = 0;
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
      mainBusyMs: round(busy),
    };
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
