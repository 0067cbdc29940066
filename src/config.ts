import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { BotError } from './core/errors.js';
import { cronOf, databaseUrl, oneOf, orgArticle, orgName, port, retentionDays, timeZone, value, type Env } from './config/fields.js';
import { consoleSettings } from './config/console.js';
import { admins, escalation, slack, teams, tips } from './config/platforms.js';
import { http } from './config/server.js';
import { LOG_LEVELS, type Config } from './config/types.js';

export { CONFIG_VARIABLES, LOG_LEVELS, TEAMS_APP_TYPES } from './config/types.js';
export { isLoopbackHost } from './config/server.js';
export type { Config, LogLevel, SlackConfig, TeamsConfig } from './config/types.js';
export type { Env } from './config/fields.js';

/**
 * The environment as the bot sees it: the variables of `.env` in `cwd`, if that file exists,
 * under the real environment (which wins). With `loadConfig`, the only code that reads
 * `process.env` or `.env`.
 */
export function readEnvironment(cwd: string = process.cwd()): Env {
  const file = resolve(cwd, '.env');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return { ...fromFile, ...process.env };
}

/**
 * Reads the whole configuration from `env`. Throws one `config_invalid` BotError that names
 * every wrong variable and how to fix it. By default it reads `readEnvironment()`.
 */
export function loadConfig(env: Env = readEnvironment()): Config {
  const problems: string[] = [];
  const slackConfig = slack(env, problems);
  const teamsConfig = teams(env, problems);
  const isPublic = slackConfig?.mode === 'http' || teamsConfig.mode === 'authenticated';
  const config: Config = {
    orgName: orgName(env, problems),
    orgArticle: orgArticle(env, problems),
    defaultLang: oneOf(env, 'DEFAULT_LANG', ['nl', 'en'] as const, 'nl', problems),
    knowledgeDir: resolve(value(env, 'KNOWLEDGE_DIR') ?? 'knowledge'),
    http: http(env, port(env, problems), isPublic, teamsConfig.mode === 'emulator', problems),
    slack: slackConfig,
    teams: teamsConfig,
    admins: admins(env, problems),
    escalation: escalation(env, problems),
    timeZone: timeZone(env, 'TIME_ZONE', 'Europe/Amsterdam', problems),
    tips: tips(env, value(env, 'TIME_ZONE') ?? 'Europe/Amsterdam', problems),
    retentionDays: retentionDays(env, problems),
    digestCron: cronOf(env, 'DIGEST_CRON', '30 8 * * 1', '"30 8 * * 1" for Mondays at 08:30', problems),
    db: { dataDir: resolve(value(env, 'DATA_DIR') ?? 'data'), databaseUrl: databaseUrl(env, problems) },
    log: {
      level: value(env, 'LOG_LEVEL') === undefined ? undefined : oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems),
      format: oneOf(env, 'LOG_FORMAT', ['auto', 'pretty', 'json'] as const, 'auto', problems),
    },
    console: consoleSettings(env, problems),
  };
  if (problems.length > 0) {
    throw new BotError('config_invalid', 'The configuration has problems (see .env.example and the README):', problems);
  }
  return Object.freeze(config);
}
