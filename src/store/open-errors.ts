import { BotError } from '../core/errors.js';
import type { DbOptions } from './db.js';

/**
 * What went wrong opening the database, as a start-up message that names the variable to fix
 * (DATABASE_URL or DATA_DIR) and the rule, without the variable's value and without a stack
 * trace: a wrong password, an unknown host, a folder the bot may not write to.
 */
export function whyDatabaseFailed(error: unknown, options: DbOptions): BotError {
  const cause = error instanceof BotError && error.cause !== undefined ? error.cause : error;
  const e = (cause ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (options.databaseUrl) {
    // pg's messages name the user or the host at most, never the password; the URL itself is cut out.
    const said = (String(e.message ?? cause).split('\n')[0] ?? '').replaceAll(options.databaseUrl, 'DATABASE_URL').slice(0, 200);
    return new BotError(
      'store_unavailable',
      `DATABASE_URL: the PostgreSQL database could not be opened or migrated (${code ?? said}): check its host, port, user, password and database name, and that the user may create tables`,
    );
  }
  return new BotError(
    'store_unavailable',
    `DATA_DIR: the SQLite database could not be opened there (${code ?? 'error'}): make DATA_DIR a folder the bot's user may write to`,
  );
}
