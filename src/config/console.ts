import { value, type Env } from './fields.js';
import type { Config } from './types.js';

/** The readers of the web console's settings (who counts as an admin: `admins` in platforms.ts). */

/**
 * PUBLIC_URL: where people reach the bot's HTTP server from their browser (the sign-in links
 * start with it). Only the origin and a path prefix: no query, fragment, user or password.
 */
export function publicUrl(env: Env, problems: string[]): string | undefined {
  const raw = value(env, 'PUBLIC_URL');
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password) {
    problems.push(
      'PUBLIC_URL must be the address people open the bot at, such as https://richtlijnenbot.example.nl (http or https, without ?query, #fragment or a password)',
    );
    return undefined;
  }
  return url.href.replace(/\/+$/, '');
}

function wholeNumber(env: Env, name: string, fallback: number, min: number, max: number, unit: string, problems: string[]): number {
  const raw = value(env, name) ?? String(fallback);
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    problems.push(`${name} is not valid: use a whole number of ${unit} from ${min} to ${max} (default ${fallback})`);
    return fallback;
  }
  return n;
}

export function consoleSettings(env: Env, problems: string[]): Config['console'] {
  return {
    publicUrl: publicUrl(env, problems),
    linkMinutes: wholeNumber(env, 'CONSOLE_LINK_MINUTES', 10, 1, 60, 'minutes', problems),
  };
}
