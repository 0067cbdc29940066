/** What the core needs from the outside world. Adapters and the store implement these. */

export interface Clock {
  now(): Date;
}

/** A number in [0, 1), like Math.random; injected so that tests can fix it. */
export type Random = () => number;

/** Structured logging; never pass a draft, a token or a password in `fields`. */
export interface Logger {
  debug(fields: Readonly<Record<string, unknown>>, message?: string): void;
  info(fields: Readonly<Record<string, unknown>>, message?: string): void;
  warn(fields: Readonly<Record<string, unknown>>, message?: string): void;
  error(fields: Readonly<Record<string, unknown>>, message?: string): void;
}

export const systemClock: Clock = { now: () => new Date() };
