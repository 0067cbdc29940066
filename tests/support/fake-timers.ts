import type { Timers } from '../../src/runtime/schedule/cron-schedule.js';
import type { FixedClock } from './escalations.js';

/**
 * Timers that fire when the test moves the clock: `advance` runs every timer that falls due,
 * in order, each at its own moment, and waits for what it started (database work included).
 */
export class FakeTimers implements Timers {
  private waiting: Array<{ id: number; at: number; callback: () => Promise<void> }> = [];
  private nextId = 1;

  constructor(private readonly clock: FixedClock) {}

  set = (callback: () => Promise<void>, ms: number): unknown => {
    const id = this.nextId++;
    this.waiting.push({ id, at: this.clock.now().getTime() + ms, callback });
    return id;
  };

  clear = (handle: unknown): void => {
    this.waiting = this.waiting.filter((t) => t.id !== handle);
  };

  /** How many timers are set. */
  get pending(): number {
    return this.waiting.length;
  }

  async advance(ms: number): Promise<void> {
    const end = this.clock.now().getTime() + ms;
    for (;;) {
      const due = this.waiting.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.clear(due.id);
      if (due.at > this.clock.now().getTime()) this.clock.set(new Date(due.at).toISOString());
      await due.callback();
    }
    this.clock.set(new Date(end).toISOString());
  }
}
