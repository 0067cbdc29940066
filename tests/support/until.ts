import type { EventEmitter } from 'node:events';

/**
 * Resolves as soon as `done()` holds: checked now and at every 'change' that `source` emits,
 * so a test waits for the event itself, never for a fixed time. Rejects after `timeoutMs`
 * with `why()`, which says what did arrive.
 */
export function until(source: EventEmitter, done: () => boolean, timeoutMs: number, why: () => string): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!done()) return;
      stop();
      resolve();
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(why()));
    }, timeoutMs);
    const stop = () => {
      clearTimeout(timer);
      source.off('change', check);
    };
    source.on('change', check);
  });
}
