import { systemClock, type Clock, type OnceKind, type OnceStore } from '../core/ports.js';
import type { Db } from './db.js';

/**
 * Claims in the `once_keys` table: insert-if-absent on the primary key, so of several replicas
 * claiming the same key at once exactly one succeeds. An expired claim counts as absent: it is
 * taken over in the same statement.
 */
export class SqlOnceStore implements OnceStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock = systemClock,
  ) {}

  async claim(kind: OnceKind, key: string, expiresAt: Date): Promise<boolean> {
    const now = this.clock.now().toISOString();
    const result = await this.db.kysely
      .insertInto('once_keys')
      .values({ kind, key, expires_at: expiresAt.toISOString() })
      .onConflict((oc) => oc.columns(['kind', 'key']).doUpdateSet({ expires_at: expiresAt.toISOString() }).where('once_keys.expires_at', '<', now))
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async purgeExpired(now: Date): Promise<number> {
    const result = await this.db.kysely.deleteFrom('once_keys').where('expires_at', '<', now.toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
