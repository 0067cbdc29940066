import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHousekeeping } from '../../../src/runtime/housekeeping/start-housekeeping.js';
import { captureLogger } from '../../support/bot.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('housekeeping', () => {
  it('runs the store upkeep at once and then every interval, and logs only rounds that did something', async () => {
    vi.useFakeTimers();
    const logger = captureLogger();
    const rounds: string[] = [];
    const run = async (now: Date) => {
      rounds.push(now.toISOString());
      return { rolledDays: 0, signals: rounds.length === 1 ? 3 : 0, escalations: 0, expired: 0, daily: rounds.length === 1 };
    };
    const clock = { now: () => new Date('2026-11-24T09:00:00Z') };
    const running = startHousekeeping({ run, clock, logger, intervalMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(rounds).toEqual(['2026-11-24T09:00:00.000Z']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(rounds).toHaveLength(2);
    await running.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(rounds).toHaveLength(2);
    expect(logger.lines.filter((l) => l.event === 'retention.purged')).toEqual([expect.objectContaining({ signals: 3, escalations: 0 })]);
  });
});
