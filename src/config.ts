import { resolve } from 'node:path';
import { BotError } from './core/errors.js';
import type { Lang } from './core/reply.js';

/** Every setting the bot reads, parsed and validated once at start-up. */
export interface Config {
  orgName: string;
  defaultLang: Lang;
  knowledgeDir: string;
  /** `auto`: readable when standard error is a terminal, JSON lines otherwise. */
  /** `level` unset: `info` for the platforms, `warn` in the terminal chat and the CLI. */
  log: { level: LogLevel | undefined; format: 'auto' | 'pretty' | 'json' };
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The variables `loadConfig` knows; `.env.example` must list exactly these (a test checks). */
export const CONFIG_VARIABLES = ['ORG_NAME', 'DEFAULT_LANG', 'KNOWLEDGE_DIR', 'LOG_LEVEL', 'LOG_FORMAT'] as const;

type Env = Readonly<Record<string, string | undefined>>;

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const found = allowed.find((a) => a === raw.toLowerCase());
  if (found === undefined) problems.push(`${name}="${raw}" is not valid: use one of ${allowed.join(', ')} (or leave it empty for ${fallback})`);
  return found ?? fallback;
}

function orgName(env: Env, problems: string[]): string {
  const raw = value(env, 'ORG_NAME') ?? 'CNV';
  if (raw.length > 60 || /[<>{}\n]/.test(raw)) {
    problems.push('ORG_NAME must be the organisation\'s short name: at most 60 characters, without <, >, { or }');
  }
  return raw;
}

/**
 * Reads the whole configuration from `env`. Throws one `config_invalid` BotError that names
 * every wrong variable and how to fix it. The only code that reads environment variables.
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const config: Config = {
    orgName: orgName(env, problems),
    defaultLang: oneOf(env, 'DEFAULT_LANG', ['nl', 'en'] as const, 'nl', problems),
    knowledgeDir: resolve(value(env, 'KNOWLEDGE_DIR') ?? 'knowledge'),
    log: {
      level: value(env, 'LOG_LEVEL') === undefined ? undefined : oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems),
      format: oneOf(env, 'LOG_FORMAT', ['auto', 'pretty', 'json'] as const, 'auto', problems),
    },
  };
  if (problems.length > 0) {
    throw new BotError('config_invalid', 'The configuration has problems (see .env.example and the README):', problems);
  }
  return Object.freeze(config);
}
