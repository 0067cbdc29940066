import type { Readiness } from '../../src/runtime/observability/readiness.js';

/** Something that reports readiness and says when it changes: the Slack connection, Teams' health. */
interface Reporting {
  readiness(): Readiness;
  onChange(listener: () => void): () => void;
}

/** Resolves when `part` reports `ready` (true by default); waits for its change events, never for time. */
export function whenReady(part: Reporting, ready = true, timeoutMs = 5_000): Promise<Readiness> {
  if (part.readiness().ready === ready) return Promise.resolve(part.readiness());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`still ${JSON.stringify(part.readiness())} after ${timeoutMs} ms`));
    }, timeoutMs);
    const off = part.onChange(() => {
      if (part.readiness().ready !== ready) return;
      clearTimeout(timer);
      off();
      resolve(part.readiness());
    });
  });
}
