import { Cron } from 'croner';
import { ORG_ARTICLES, type OrgArticle } from '../core/org.js';

/** One reader per kind of value: each returns a usable value and adds what is wrong to `problems`. */

/** Environment variables by name, as the process environment holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The variable's value without surrounding space; empty counts as unset. */
export function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const found = allowed.find((a) => a === raw.toLowerCase());
  if (found === undefined) problems.push(`${name} is not valid: use one of ${allowed.join(', ')} (or leave it empty for ${fallback})`);
  return found ?? fallback;
}

export function orgName(env: Env, problems: string[]): string {
  const raw = value(env, 'ORG_NAME') ?? 'CNV';
  if (raw.length > 60 || /[<>{}\n]/.test(raw)) {
    problems.push("ORG_NAME must be the organisation's short name: at most 60 characters, without <, >, { or }");
  }
  return raw;
}

/**
 * The article Dutch puts before the name: `het` (het CNV), `de` (de FNV) or `none`. Unset: `het`
 * for the default name CNV, `none` for any other (so no organisation gets a wrong one).
 */
export function orgArticle(env: Env, problems: string[]): OrgArticle {
  const fallback: OrgArticle = value(env, 'ORG_NAME') === undefined || value(env, 'ORG_NAME') === 'CNV' ? 'het' : 'none';
  const raw = value(env, 'ORG_ARTICLE');
  if (raw === undefined) return fallback;
  const found = ORG_ARTICLES.find((a) => a === raw.toLowerCase());
  if (found === undefined) problems.push('ORG_ARTICLE must be het, de or none: the article Dutch puts before ORG_NAME ("het CNV", "de FNV"), or none');
  return found ?? fallback;
}

export function port(env: Env, problems: string[]): number {
  const raw = value(env, 'PORT') ?? '3978';
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 65535) {
    problems.push('PORT is not a port number: use a whole number from 1 to 65535, or 0 for any free port (default 3978)');
    return 3978;
  }
  return n;
}

export function httpUrl(env: Env, name: string, problems: string[]): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    problems.push(`${name} is not an http(s) URL: use for example https://slack.com/api/`);
    return undefined;
  }
}

export function timeZone(env: Env, name: string, fallback: string, problems: string[]): string {
  const zone = value(env, name) ?? fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    problems.push(`${name} is not a time zone: use a name such as Europe/Amsterdam`);
    return 'Europe/Amsterdam';
  }
  return zone;
}

export function list(env: Env, name: string, pattern: RegExp, example: string, problems: string[]): string[] {
  const items = (value(env, name) ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const wrong = items.filter((x) => !pattern.test(x));
  if (wrong.length > 0)
    problems.push(
      `${name} has ${wrong.length === 1 ? 'an entry that is not a channel ID' : `${wrong.length} entries that are not channel IDs`}: list channel IDs separated by commas, e.g. ${example}`,
    );
  return items.filter((x) => pattern.test(x));
}

export function cronOf(env: Env, name: string, fallback: string, example: string, problems: string[]): string {
  const cron = value(env, name) ?? fallback;
  const fields = cron.split(/\s+/).length;
  try {
    if (fields !== 5 && fields !== 6) throw new Error('wrong number of fields');
    new Cron(cron, { paused: true });
  } catch {
    problems.push(`${name} is not a cron expression: use 5 fields (minute hour day month weekday), e.g. ${example}, or 6 with seconds first`);
  }
  return cron;
}

export function retentionDays(env: Env, problems: string[]): number {
  const raw = value(env, 'RETENTION_DAYS') ?? '90';
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > 3650) {
    problems.push('RETENTION_DAYS is not valid: use a whole number of days from 1 to 3650 (default 90)');
    return 90;
  }
  return days;
}

const DATABASE_URL_RULE =
  'use postgres://user:password@host:5432/richtlijnenbot, with special characters in the user or password percent-encoded (@ as %40), or leave it empty for SQLite in DATA_DIR';

/** A PostgreSQL URL that `pg` can use: parsed here, so that a typo is a start-up message, not a stack trace. */
export function databaseUrl(env: Env, problems: string[]): string | undefined {
  const raw = value(env, 'DATABASE_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`DATABASE_URL is not a URL: ${DATABASE_URL_RULE}`);
    return undefined;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    problems.push(`DATABASE_URL must be a PostgreSQL URL (postgres://…): ${DATABASE_URL_RULE}`);
    return undefined;
  }
  try {
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
    decodeURIComponent(url.pathname);
  } catch {
    problems.push(`DATABASE_URL has a broken %-escape in the user, password or database name: ${DATABASE_URL_RULE}`);
    return undefined;
  }
  if (url.hostname === '' && !url.searchParams.has('host')) {
    problems.push(`DATABASE_URL names no host: ${DATABASE_URL_RULE}`);
    return undefined;
  }
  return raw;
}
