import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lifecycle } from '../../src/runtime/lifecycle.js';
import { captureLogger } from '../support/bot.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('stopping the bot', () => {
  it('stops the pieces newest first, each awaited, and goes on past one that fails', async () => {
    const logger = captureLogger();
    const running = new Lifecycle(logger);
    const stopped: string[] = [];
    running.add('database', { stop: async () => void stopped.push('database') });
    running.add('slack', {
      stop: async () => {
        throw new Error('socket already closed');
      },
    });
    running.add('http', { stop: async () => void stopped.push('http') });
    await running.stop(10_000);
    expect(stopped).toEqual(['http', 'database']);
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'stop.error', piece: 'slack', error: 'socket already closed' }));
  });

  it('gives up after the deadline and drops what is still open', async () => {
    vi.useFakeTimers();
    const logger = captureLogger();
    const running = new Lifecycle(logger);
    running.add('stuck', { stop: () => new Promise<void>(() => undefined) });
    const dropped = vi.fn();
    const stopping = running.stop(10_000, dropped);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(dropped).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await stopping;
    expect(dropped).toHaveBeenCalledOnce();
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'stop.timeout' }));
  });
});
