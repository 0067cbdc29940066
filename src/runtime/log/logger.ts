import { pino, type DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import type { Logger } from '../../core/ports.js';

/** Field names whose values never reach a log line, wherever they appear. */
export const REDACTED_FIELDS = ['draft', 'text', 'token', 'password', 'secret', 'authorization', 'signature'] as const;

const REDACT_PATHS = REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`]);

export interface LoggerOptions {
  level: string;
  format: 'auto' | 'pretty' | 'json';
  /** Where lines go; standard error by default, so that standard output stays the product's. */
  destination?: DestinationStream | NodeJS.WritableStream;
}

/** A pino logger on standard error: readable in a terminal, JSON lines otherwise. */
export function createLogger(options: LoggerOptions): Logger {
  const usePretty = options.format === 'pretty' || (options.format === 'auto' && process.stderr.isTTY === true);
  const destination =
    options.destination ?? (usePretty ? pretty({ destination: 2, colorize: process.stderr.isTTY === true, sync: true }) : pino.destination({ fd: 2, sync: true }));
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination as DestinationStream,
  );
}
