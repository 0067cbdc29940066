import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';

/**
 * Bolt's and the Web API client's log lines into ours. Debug lines are dropped on purpose:
 * at debug level the SDK logs request bodies, which can hold a draft.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line =
    (write: (fields: Record<string, unknown>, message?: string) => void) =>
    (...msgs: unknown[]) =>
      write(
        { source: 'slack-sdk' },
        msgs
          .map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : ''))
          .join(' ')
          .slice(0, 500),
      );
  return {
    debug: () => undefined,
    info: line((f, m) => logger.info(f, m)),
    warn: line((f, m) => logger.warn(f, m)),
    error: line((f, m) => logger.error(f, m)),
    setLevel: (next: LogLevel) => {
      level = next === LogLevel.DEBUG ? LogLevel.INFO : next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
