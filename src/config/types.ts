import type { Lang } from '../core/lang.js';
import type { OrgArticle } from '../core/org.js';

/** Every setting the bot reads, parsed and validated once at start-up. */
export interface Config {
  orgName: string;
  /** The article before the name in Dutch: het CNV, de FNV, or none. */
  orgArticle: OrgArticle;
  defaultLang: Lang;
  knowledgeDir: string;
  /** The one HTTP server: `/healthz`, Slack's `/slack/events`, Teams' `/api/messages`. */
  http: {
    port: number;
    /** Resolved: 0.0.0.0 for Slack HTTP mode or a Teams app id, else 127.0.0.1, unless HOST says. */
    host: string;
    /** Only this machine can reach `host`: /metrics and /readyz's details are open. */
    loopback: boolean;
    /** Without MicrosoftAppId: serve the Emulator endpoint (on loopback, or with TEAMS_EMULATOR=1). */
    allowEmulator: boolean;
    /** Open connections at most; more are refused (MAX_CONNECTIONS). */
    maxConnections: number;
    /** `Authorization: Bearer <token>` opens /metrics and /readyz's details on a public address. */
    metricsToken: string | undefined;
  };
  /** Absent when no Slack keys are set. */
  slack: SlackConfig | undefined;
  /**
   * Teams: with an app id every request must carry a Bot Framework token; without one the
   * endpoint serves only the Bot Framework Emulator on this machine.
   */
  teams: TeamsConfig;
  /**
   * ADMIN_SLACK_USERS / ADMIN_TEAMS_USERS: user ids who may manage the bot (bind channels,
   * figures, exports, the whole web console) besides the members of the default department's channel.
   */
  admins: { slack: string[]; teams: string[] };
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
  /** The web console: the address in sign-in links (none: only the terminal user gets a link) and how long a link lasts. */
  console: { publicUrl: string | undefined; linkMinutes: number };
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
  'ORG_ARTICLE',
  'DEFAULT_LANG',
  'KNOWLEDGE_DIR',
  'PORT',
  'HOST',
  'MAX_CONNECTIONS',
  'METRICS_TOKEN',
  'TEAMS_EMULATOR',
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
  'ADMIN_SLACK_USERS',
  'ADMIN_TEAMS_USERS',
  'TIME_ZONE',
  'TIP_CRON',
  'TIP_TIMEZONE',
  'TIP_SLACK_CHANNELS',
  'TIP_TEAMS_CHANNELS',
  'DIGEST_CRON',
  'RETENTION_DAYS',
  'DATA_DIR',
  'DATABASE_URL',
  'PUBLIC_URL',
  'CONSOLE_LINK_MINUTES',
] as const;
