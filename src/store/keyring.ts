import { createHmac, randomBytes } from 'node:crypto';
import type { Clock } from '../core/ports.js';
import type { Db } from './db.js';

export interface HashKey {
  id: string;
  secret: string;
}

/** How long the keys read from the database are used before they are read again. */
const CACHE_MS = 60_000;

/**
 * The secrets for keyed hashes of user ids (HMAC-SHA-256), so that nothing stored holds an id
 * in clear. A new key is made once the newest is older than the retention period, and a key
 * older than two periods is deleted, with the rows hashed under it: after that no hash made
 * with it can be linked to anyone, not even by whoever reads the database.
 */
export class SqlKeyring {
  private cache: { keys: HashKey[]; until: number } | undefined;

  constructor(
    private readonly db: Db,
    private readonly retentionDays: number,
    private readonly clock: Clock,
  ) {}

  /** The keys being read (or made) now: callers at the same moment share one read. */
  private loading: Promise<HashKey[]> | undefined;

  /**
   * The keys in use, newest (the one to hash with) first. Callers asking at the same time (the
   * first burst of messages after a start) share one read: each making its own on a new database
   * would leave as many keys, and every lookup would hash and look up under all of them.
   */
  async keys(): Promise<HashKey[]> {
    const now = this.clock.now().getTime();
    if (this.cache && this.cache.until > now) return this.cache.keys;
    this.loading ??= this.load(now).finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(now: number): Promise<HashKey[]> {
    const period = this.retentionDays * 86_400_000;
    const k = this.db.kysely;
    const expired = await k
      .selectFrom('hash_keys')
      .select('id')
      .where('created_at', '<', new Date(now - 2 * period).toISOString())
      .execute();
    if (expired.length > 0) {
      const ids = expired.map((r) => r.id);
      await k.deleteFrom('language_choices').where('key_id', 'in', ids).execute();
      await k.deleteFrom('hash_keys').where('id', 'in', ids).execute();
    }
    let rows = await k.selectFrom('hash_keys').select(['id', 'secret', 'created_at']).orderBy('created_at', 'desc').execute();
    if (rows.length === 0 || new Date(rows[0]?.created_at ?? 0).getTime() < now - period) {
      // The new key's id is the period's number, so that processes making one at the same moment
      // (replicas started together on a new database) make the same row: the first one stands and
      // all read it. With a key each, a process that read only its own would not find, for up to
      // CACHE_MS, a choice another process had moved under its key.
      await k
        .insertInto('hash_keys')
        .values({ id: `period-${Math.floor(now / period)}`, secret: randomBytes(32).toString('base64'), created_at: new Date(now).toISOString() })
        .onConflict((c) => c.column('id').doNothing())
        .execute();
      rows = await k.selectFrom('hash_keys').select(['id', 'secret', 'created_at']).orderBy('created_at', 'desc').execute();
    }
    const keys = rows.map(({ id, secret }) => ({ id, secret }));
    this.cache = { keys, until: now + CACHE_MS };
    return keys;
  }
}

/** The keyed hash of some values (a platform, a user id, a card): 64 hex characters. */
export function keyedHash(key: HashKey, parts: readonly string[]): string {
  return createHmac('sha256', key.secret).update(parts.join('\u0000')).digest('hex');
}
