import { createRequire } from 'node:module';
import { pino, type DestinationStream } from 'pino';
import type { Logger } from '../../core/ports.js';

/** Field names whose values never reach a log line, wherever they appear. */
export const REDACTED_FIELDS = ['draft', 'text', 'token', 'password', 'secret', 'authorization', 'signature'] as const;

const REDACT_PATHS = REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`]);

export interface LoggerOptions {
  level: string;
  format: 'auto' | 'pretty' | 'json';
  /** Where lines go; standard error by default, so that standard output stays the product's. */
  destination?: DestinationStream | NodeJS.WritableStream;
  /** Whether standard error is a terminal (for `auto`); `process.stderr.isTTY` by default. */
  isTerminal?: boolean;
}

type PrettyFactory = (options: { destination: number; colorize: boolean; sync: boolean }) => DestinationStream;

/**
 * pino-pretty, when it is installed. It is a development dependency: a production install
 * (`npm ci --omit=dev`) has none, and then the lines stay JSON.
 */
function loadPretty(): PrettyFactory | undefined {
  try {
    return createRequire(import.meta.url)('pino-pretty') as PrettyFactory;
  } catch {
    return undefined;
  }
}

/** A pino logger on standard error: readable in a terminal (when pino-pretty is there), JSON lines otherwise. */
export function createLogger(options: LoggerOptions): Logger {
  const isTerminal = options.isTerminal ?? process.stderr.isTTY === true;
  const wantsPretty = options.format === 'pretty' || (options.format === 'auto' && isTerminal);
  const pretty = wantsPretty && options.destination === undefined ? loadPretty() : undefined;
  const destination = options.destination ?? pretty?.({ destination: 2, colorize: isTerminal, sync: true }) ?? pino.destination({ fd: 2, sync: true });
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination as DestinationStream,
  );
}
