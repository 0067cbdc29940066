import { resolve } from 'node:path';
import { Cron } from 'croner';
import { BotError } from './core/errors.js';
import type { Lang } from './core/lang.js';

/** Every setting the bot reads, parsed and validated once at start-up. */
export interface Config {
  orgName: string;
  defaultLang: Lang;
  knowledgeDir: string;
  /** The one HTTP server: `/healthz`, Slack's `/slack/events`, Teams' `/api/messages`. */
  http: { port: number; host: string | undefined };
  /** Absent when no Slack keys are set. */
  slack: SlackConfig | undefined;
  /**
   * Teams: with an app id every request must carry a Bot Framework token; without one the
   * endpoint serves only the Bot Framework Emulator on this machine.
   */
  teams: TeamsConfig;
  escalation: {
    /** The default department's channels, bound by configuration. */
    slackChannel: string | undefined;
    teamsChannel: string | undefined;
    remindMinutes: number;
  };
  /** The organisation's time zone: times on cards, working hours. */
  timeZone: string;
  tips: { cron: string; timeZone: string; slackChannels: string[]; teamsChannels: string[] };
  /** Days before signals and the names in resolved escalations are deleted. */
  retentionDays: number;
  digestCron: string;
  /** SQLite file in `dataDir`, or PostgreSQL when `databaseUrl` is set. */
  db: { dataDir: string; databaseUrl: string | undefined };
  /** `auto`: readable when standard error is a terminal, JSON lines otherwise. */
  /** `level` unset: `info` for the platforms, `warn` in the terminal chat and the CLI. */
  log: { level: LogLevel | undefined; format: 'auto' | 'pretty' | 'json' };
}

export interface SlackConfig {
  /** `socket`: Socket Mode over the app token; `http`: signed requests on POST /slack/events. */
  mode: 'socket' | 'http';
  botToken: string;
  appToken: string | undefined;
  signingSecret: string | undefined;
  /** Replaces https://slack.com/api/ (GovSlack, proxies, tests); ends with a slash. */
  apiUrl: string | undefined;
}

export const TEAMS_APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

export type TeamsConfig =
  | { mode: 'emulator' }
  | {
      mode: 'authenticated';
      appId: string;
      appPassword: string | undefined;
      appType: (typeof TEAMS_APP_TYPES)[number];
      tenantId: string | undefined;
    };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The variables `loadConfig` knows; `.env.example` must list exactly these (a test checks). */
export const CONFIG_VARIABLES = [
  'ORG_NAME',
  'DEFAULT_LANG',
  'KNOWLEDGE_DIR',
  'PORT',
  'HOST',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_API_URL',
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppType',
  'MicrosoftAppTenantId',
  'ESCALATION_SLACK_CHANNEL',
  'ESCALATION_TEAMS_CHANNEL',
  'ESCALATION_REMIND_MINUTES',
  'TIME_ZONE',
  'TIP_CRON',
  'TIP_TIMEZONE',
  'TIP_SLACK_CHANNELS',
  'TIP_TEAMS_CHANNELS',
  'DIGEST_CRON',
  'RETENTION_DAYS',
  'DATA_DIR',
  'DATABASE_URL',
] as const;

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

function port(env: Env, problems: string[]): number {
  const raw = value(env, 'PORT') ?? '3978';
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 65535) {
    problems.push(`PORT="${raw}" is not a port number: use a whole number from 1 to 65535, or 0 for any free port (default 3978)`);
    return 3978;
  }
  return n;
}

function httpUrl(env: Env, name: string, problems: string[]): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    problems.push(`${name}="${raw}" is not an http(s) URL: use for example https://slack.com/api/`);
    return undefined;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function teams(env: Env, problems: string[]): TeamsConfig {
  const appId = value(env, 'MicrosoftAppId');
  const appPassword = value(env, 'MicrosoftAppPassword');
  const rawType = value(env, 'MicrosoftAppType');
  const tenantId = value(env, 'MicrosoftAppTenantId');
  if (appId === undefined) {
    if (appPassword !== undefined || tenantId !== undefined) {
      problems.push('MicrosoftAppId is missing: copy the Microsoft App ID of your Azure Bot, or remove MicrosoftAppPassword and MicrosoftAppTenantId');
    }
    return { mode: 'emulator' };
  }
  if (!GUID.test(appId)) problems.push('MicrosoftAppId must be a GUID like 00000000-0000-0000-0000-000000000000: copy it from the Azure Bot\'s Configuration page');
  const appType = TEAMS_APP_TYPES.find((t) => t.toLowerCase() === (rawType ?? 'MultiTenant').toLowerCase());
  if (appType === undefined) problems.push(`MicrosoftAppType="${rawType}" is not valid: use one of ${TEAMS_APP_TYPES.join(', ')}`);
  if (appType !== 'UserAssignedMSI' && appPassword === undefined) {
    problems.push('MicrosoftAppPassword is missing: create a client secret for the app registration (Certificates & secrets)');
  }
  if (appType === 'SingleTenant' && tenantId === undefined) problems.push('MicrosoftAppTenantId is missing: a SingleTenant bot needs the Directory (tenant) ID');
  if (tenantId !== undefined && !GUID.test(tenantId)) problems.push('MicrosoftAppTenantId must be a GUID: copy the Directory (tenant) ID from the app registration');
  return { mode: 'authenticated', appId, appPassword, appType: appType ?? 'MultiTenant', tenantId };
}

function escalation(env: Env, problems: string[]): Config['escalation'] {
  const slackChannel = value(env, 'ESCALATION_SLACK_CHANNEL');
  if (slackChannel !== undefined && !/^[CG][A-Z0-9]{6,}$/.test(slackChannel)) {
    problems.push('ESCALATION_SLACK_CHANNEL must be a Slack channel ID such as C0123ABCDEF (channel details → About → Channel ID), not its name');
  }
  const teamsChannel = value(env, 'ESCALATION_TEAMS_CHANNEL');
  if (teamsChannel !== undefined && !/^19:[^\s;]+@thread\.(tacv2|skype)$/.test(teamsChannel)) {
    problems.push('ESCALATION_TEAMS_CHANNEL must be a Teams channel ID such as 19:abc…@thread.tacv2 (channel → Get link to channel, the part after /channel/, URL-decoded)');
  }
  const rawMinutes = value(env, 'ESCALATION_REMIND_MINUTES') ?? '15';
  const remindMinutes = Number(rawMinutes);
  if (!/^\d+$/.test(rawMinutes) || remindMinutes < 1 || remindMinutes > 24 * 60) {
    problems.push(`ESCALATION_REMIND_MINUTES="${rawMinutes}" is not valid: use a whole number of minutes from 1 to 1440 (default 15)`);
  }
  return { slackChannel, teamsChannel, remindMinutes: Number.isFinite(remindMinutes) && remindMinutes >= 1 ? remindMinutes : 15 };
}

function timeZone(env: Env, name: string, fallback: string, problems: string[]): string {
  const zone = value(env, name) ?? fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    problems.push(`${name}="${zone}" is not a time zone: use a name such as Europe/Amsterdam`);
    return 'Europe/Amsterdam';
  }
  return zone;
}

function list(env: Env, name: string, pattern: RegExp, example: string, problems: string[]): string[] {
  const items = (value(env, name) ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const wrong = items.filter((x) => !pattern.test(x));
  if (wrong.length > 0) problems.push(`${name} has ${wrong.map((w) => `"${w}"`).join(', ')}: list channel IDs separated by commas, e.g. ${example}`);
  return items.filter((x) => pattern.test(x));
}

function cronOf(env: Env, name: string, fallback: string, example: string, problems: string[]): string {
  const cron = value(env, name) ?? fallback;
  const fields = cron.split(/\s+/).length;
  try {
    if (fields !== 5 && fields !== 6) throw new Error('wrong number of fields');
    new Cron(cron, { paused: true });
  } catch {
    problems.push(`${name}="${cron}" is not a cron expression: use 5 fields (minute hour day month weekday), e.g. ${example}, or 6 with seconds first`);
  }
  return cron;
}

function retentionDays(env: Env, problems: string[]): number {
  const raw = value(env, 'RETENTION_DAYS') ?? '90';
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > 3650) {
    problems.push(`RETENTION_DAYS="${raw}" is not valid: use a whole number of days from 1 to 3650 (default 90)`);
    return 90;
  }
  return days;
}

function tips(env: Env, zone: string, problems: string[]): Config['tips'] {
  const cron = cronOf(env, 'TIP_CRON', '0 9 * * 1-5', '"0 9 * * 1-5" for weekdays at 09:00', problems);
  return {
    cron,
    timeZone: timeZone(env, 'TIP_TIMEZONE', zone, problems),
    slackChannels: list(env, 'TIP_SLACK_CHANNELS', /^[CG][A-Z0-9]{6,}$/, 'C0123ABCDEF,C0456GHIJKL', problems),
    teamsChannels: list(env, 'TIP_TEAMS_CHANNELS', /^19:[^\s;,]+@thread\.(tacv2|skype)$/, '19:abc…@thread.tacv2', problems),
  };
}

function databaseUrl(env: Env, problems: string[]): string | undefined {
  const raw = value(env, 'DATABASE_URL');
  if (raw === undefined) return undefined;
  if (!/^postgres(ql)?:\/\/.+/.test(raw)) {
    problems.push('DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/richtlijnenbot (or leave it empty for SQLite in DATA_DIR)');
    return undefined;
  }
  return raw;
}

function slack(env: Env, problems: string[]): SlackConfig | undefined {
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  const apiUrl = httpUrl(env, 'SLACK_API_URL', problems);
  if (botToken === undefined && appToken === undefined && signingSecret === undefined) return undefined;
  if (botToken === undefined) {
    problems.push('SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, or remove the other SLACK_ variables');
  } else if (!botToken.startsWith('xoxb-')) {
    problems.push('SLACK_BOT_TOKEN must start with "xoxb-": copy the Bot User OAuth Token from OAuth & Permissions');
  }
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    problems.push('SLACK_APP_TOKEN must start with "xapp-": create an app-level token with connections:write under Basic Information');
  }
  if (signingSecret !== undefined && !/^[0-9a-f]{32}$/i.test(signingSecret)) {
    problems.push('SLACK_SIGNING_SECRET must be 32 hexadecimal characters: copy the Signing Secret from Basic Information');
  }
  if (botToken !== undefined && appToken === undefined && signingSecret === undefined) {
    problems.push('SLACK_BOT_TOKEN needs SLACK_APP_TOKEN (Socket Mode, no public URL) or SLACK_SIGNING_SECRET (HTTP mode on /slack/events)');
  }
  return {
    mode: appToken !== undefined ? 'socket' : 'http',
    botToken: botToken ?? '',
    appToken,
    signingSecret,
    apiUrl,
  };
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
    http: { port: port(env, problems), host: value(env, 'HOST') },
    slack: slack(env, problems),
    teams: teams(env, problems),
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
  };
  if (problems.length > 0) {
    throw new BotError('config_invalid', 'The configuration has problems (see .env.example and the README):', problems);
  }
  return Object.freeze(config);
}
