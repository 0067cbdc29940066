import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../src/config.js';
import { BotError } from '../src/core/errors.js';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('the configuration', () => {
  it('works with nothing set: CNV, Dutch, the knowledge folder', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ orgName: 'CNV', defaultLang: 'nl', log: { level: undefined, format: 'auto' } });
    expect(config.knowledgeDir).toMatch(/knowledge$/);
  });

  it('takes the organisation name and language from the environment', () => {
    expect(loadConfig({ ORG_NAME: ' Acme ', DEFAULT_LANG: 'EN' })).toMatchObject({ orgName: 'Acme', defaultLang: 'en' });
  });

  it('takes the article before the name: het for CNV, none for another name unless ORG_ARTICLE says so', () => {
    expect(loadConfig({}).orgArticle).toBe('het');
    expect(loadConfig({ ORG_NAME: 'FNV' }).orgArticle).toBe('none');
    expect(loadConfig({ ORG_NAME: 'FNV', ORG_ARTICLE: 'De' }).orgArticle).toBe('de');
    expect(problems({ ORG_ARTICLE: 'der' })).toContain('ORG_ARTICLE must be het, de or none');
    expect(problems({ ORG_ARTICLE: 'der' })).not.toContain('"der"');
  });

  it('names every wrong variable at once, with how to fix it', () => {
    const message = problems({ DEFAULT_LANG: 'de', LOG_FORMAT: 'xml', ORG_NAME: '<b>x</b>' });
    expect(message).toContain('DEFAULT_LANG is not valid: use one of nl, en');
    expect(message).toContain('LOG_FORMAT is not valid: use one of auto, pretty, json');
    expect(message).toContain('ORG_NAME must be');
  });

  it('chooses Socket Mode with an app token, HTTP mode with a signing secret, no Slack without a bot token', () => {
    const secret = '0123456789abcdef0123456789abcdef';
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.mode).toBe('socket');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: secret }).slack?.mode).toBe('http');
    expect(loadConfig({}).slack).toBeUndefined();
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api' }).slack?.apiUrl).toBe(
      'http://127.0.0.1:9/api/',
    );
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_BOT_TOKEN needs SLACK_APP_TOKEN (Socket Mode, no public URL) or SLACK_SIGNING_SECRET'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN is missing'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, 'SLACK_APP_TOKEN must start with "xapp-"'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'slack.com/api' }, 'SLACK_API_URL is not an http(s) URL'],
    [{ PORT: 'web' }, 'PORT is not a port number'],
    [{ PORT: '70000' }, 'PORT is not a port number'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a PostgreSQL URL'],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(problems(env)).toContain(message);
  });

  it('runs Teams for the Emulator only without an app id, authenticated with one', () => {
    expect(loadConfig({}).teams).toEqual({ mode: 'emulator' });
    expect(loadConfig({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'pw' }).teams).toMatchObject({
      mode: 'authenticated',
      appType: 'MultiTenant',
    });
    expect(loadConfig({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppType: 'UserAssignedMSI' }).teams).toMatchObject({
      appType: 'UserAssignedMSI',
    });
  });

  it.each([
    [{ MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'pw' }, 'MicrosoftAppId must be a GUID'],
    [{ MicrosoftAppId: '11111111-2222-3333-4444-555555555555' }, 'MicrosoftAppPassword is missing'],
    [
      { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' },
      'MicrosoftAppTenantId is missing',
    ],
    [{ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'Tenant' }, 'MicrosoftAppType is not valid'],
    [{ MicrosoftAppPassword: 'pw' }, 'MicrosoftAppId is missing'],
  ])('refuses the Teams settings %j, naming the variable', (env, message) => {
    expect(problems(env)).toContain(message);
  });

  it('reads the admins of each platform, comma-separated, none by default', () => {
    expect(loadConfig({}).admins).toEqual({ slack: [], teams: [] });
    expect(loadConfig({ ADMIN_SLACK_USERS: ' U0123ABCDEF, W0456GHIJKL ', ADMIN_TEAMS_USERS: '6c1b2d1e-0000-4000-8000-00000000a5ce' }).admins).toEqual({
      slack: ['U0123ABCDEF', 'W0456GHIJKL'],
      teams: ['6c1b2d1e-0000-4000-8000-00000000a5ce'],
    });
  });

  it.each([
    [{ ADMIN_SLACK_USERS: 'U0123ABCDEF,@jan,' }, 'ADMIN_SLACK_USERS: entry 2, 3 is not a user id: list Slack member IDs such as U0123ABCDEF', '@jan'],
    [{ ADMIN_SLACK_USERS: 'C0123ABCDEF' }, 'ADMIN_SLACK_USERS: entry 1 is not a user id', 'C0123ABCDEF'],
    [{ ADMIN_TEAMS_USERS: 'jan@example.org' }, 'ADMIN_TEAMS_USERS: entry 1 is not a user id: list Microsoft Entra object IDs', 'jan@'],
  ])('refuses the admins %j, naming the variable and the rule, not the value', (env, message, value) => {
    const text = problems(env);
    expect(text).toContain(message);
    expect(text).not.toContain(value);
  });

  it('never repeats a secret in its messages', () => {
    const message = problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'my-very-secret-value' });
    expect(message).not.toContain('my-very-secret-value');
  });

  it('lists exactly the variables it reads in .env.example', () => {
    const example = readFileSync(resolve(import.meta.dirname, '../.env.example'), 'utf8');
    const listed = [...example.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('explains every variable of .env.example in the README', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(readme, name).toContain(`\`${name}\``);
  });
});

describe('configuration errors (issue 14 item 19)', () => {
  const MARK = 'Zq9';
  const SECRET = '0123456789abcdef0123456789abcdef';
  const APP_ID = '11111111-2222-3333-4444-555555555555';
  // Every variable that can be wrong, with what makes it wrong (and what it needs beside it).
  // KNOWLEDGE_DIR and DATA_DIR take any path: a missing or unwritable one is reported at start-up.
  const wrong: Array<[string, Record<string, string>]> = [
    ['ORG_NAME', { ORG_NAME: `<${MARK}>` }],
    ['ORG_ARTICLE', { ORG_ARTICLE: MARK }],
    ['DEFAULT_LANG', { DEFAULT_LANG: MARK }],
    ['PORT', { PORT: MARK }],
    ['HOST', { HOST: `${MARK} !` }],
    ['MAX_CONNECTIONS', { MAX_CONNECTIONS: MARK }],
    ['METRICS_TOKEN', { METRICS_TOKEN: `${MARK} short` }],
    ['TEAMS_EMULATOR', { TEAMS_EMULATOR: MARK }],
    ['LOG_LEVEL', { LOG_LEVEL: MARK }],
    ['LOG_FORMAT', { LOG_FORMAT: MARK }],
    ['SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: MARK, SLACK_SIGNING_SECRET: SECRET }],
    ['SLACK_APP_TOKEN', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: MARK }],
    ['SLACK_SIGNING_SECRET', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: MARK }],
    ['SLACK_API_URL', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: MARK }],
    ['MicrosoftAppId', { MicrosoftAppId: MARK, MicrosoftAppPassword: 'pw' }],
    ['MicrosoftAppId', { MicrosoftAppPassword: MARK }],
    ['MicrosoftAppType', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pw', MicrosoftAppType: MARK }],
    ['MicrosoftAppTenantId', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: MARK }],
    ['ESCALATION_SLACK_CHANNEL', { ESCALATION_SLACK_CHANNEL: MARK }],
    ['ESCALATION_TEAMS_CHANNEL', { ESCALATION_TEAMS_CHANNEL: MARK }],
    ['ESCALATION_REMIND_MINUTES', { ESCALATION_REMIND_MINUTES: MARK }],
    ['TIME_ZONE', { TIME_ZONE: `${MARK}/Nowhere` }],
    ['TIP_CRON', { TIP_CRON: MARK }],
    ['TIP_TIMEZONE', { TIP_TIMEZONE: MARK }],
    ['TIP_SLACK_CHANNELS', { TIP_SLACK_CHANNELS: MARK }],
    ['TIP_TEAMS_CHANNELS', { TIP_TEAMS_CHANNELS: MARK }],
    ['DIGEST_CRON', { DIGEST_CRON: MARK }],
    ['RETENTION_DAYS', { RETENTION_DAYS: MARK }],
    ['PUBLIC_URL', { PUBLIC_URL: MARK }],
    ['CONSOLE_LINK_MINUTES', { CONSOLE_LINK_MINUTES: MARK }],
    ['ADMIN_SLACK_USERS', { ADMIN_SLACK_USERS: MARK }],
    ['ADMIN_TEAMS_USERS', { ADMIN_TEAMS_USERS: `${MARK} x` }],
    ['DATABASE_URL', { DATABASE_URL: MARK }],
    ['DATABASE_URL', { DATABASE_URL: `mysql://${MARK}@host/db` }],
    ['DATABASE_URL', { DATABASE_URL: `postgres://user:${MARK}@db.example:99999/bot` }],
    ['DATABASE_URL', { DATABASE_URL: `postgres://user:${MARK}%zz@db.example/bot` }],
    ['DATABASE_URL', { DATABASE_URL: `postgres://user:${MARK}@/bot` }],
  ];

  it.each(wrong)('names %s and the rule, never its value', (name, env) => {
    const message = problems(env);
    expect(message).toMatch(new RegExp(`\\b${name}[ :]`));
    expect(message).toMatch(/: (use|copy|create|list|remove|make|set)|must|missing|needs/);
    expect(message).not.toContain(MARK);
  });

  it('covers every variable it reads', () => {
    const covered = new Set([...wrong.map(([name]) => name), 'KNOWLEDGE_DIR', 'DATA_DIR', 'MicrosoftAppPassword']);
    expect([...CONFIG_VARIABLES].filter((name) => !covered.has(name))).toEqual([]);
  });

  it('resolves where the server listens and who may read /metrics', () => {
    expect(loadConfig({}).http).toMatchObject({ host: '127.0.0.1', loopback: true, allowEmulator: true, maxConnections: 512, metricsToken: undefined });
    const slackHttp = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET };
    expect(loadConfig(slackHttp).http).toMatchObject({ host: '0.0.0.0', loopback: false, allowEmulator: false });
    expect(loadConfig({ ...slackHttp, TEAMS_EMULATOR: '1' }).http).toMatchObject({ allowEmulator: true });
    expect(loadConfig({ ...slackHttp, HOST: 'localhost' }).http).toMatchObject({ loopback: true, allowEmulator: true });
    expect(loadConfig({ MAX_CONNECTIONS: '64', METRICS_TOKEN: 'a'.repeat(32) }).http).toMatchObject({ maxConnections: 64, metricsToken: 'a'.repeat(32) });
    expect(problems({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pw', TEAMS_EMULATOR: '1' })).toContain(
      'TEAMS_EMULATOR is for running without MicrosoftAppId',
    );
  });
});
