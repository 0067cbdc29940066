import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHousekeeping } from '../../../src/runtime/housekeeping/start-housekeeping.js';
import { captureLogger } from '../../support/bot.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('housekeeping', () => {
  it('deletes what is older than the retention period at once and then every interval', async () => {
    vi.useFakeTimers();
    const logger = captureLogger();
    const cutoffs: string[] = [];
    const purge = async (before: Date) => {
      cutoffs.push(before.toISOString());
      return { signals: cutoffs.length === 1 ? 3 : 0, escalations: 0 };
    };
    const clock = { now: () => new Date('2026-11-24T09:00:00Z') };
    const running = startHousekeeping({ purge, retentionDays: 90, clock, logger, intervalMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(cutoffs).toEqual(['2026-08-26T09:00:00.000Z']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(cutoffs).toHaveLength(2);
    await running.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(cutoffs).toHaveLength(2);
    expect(logger.lines.filter((l) => l.event === 'retention.purged')).toEqual([expect.objectContaining({ signals: 3, escalations: 0 })]);
  });
});
