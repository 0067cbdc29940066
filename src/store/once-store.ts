import { systemClock, type Clock, type OnceKind, type OnceStore } from '../core/ports.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';

/**
 * Claims in the `once_keys` table: insert-if-absent on the primary key, so of several replicas
 * claiming the same key at once exactly one succeeds. An expired claim counts as absent: it is
 * taken over in the same statement.
 */
export class SqlOnceStore implements OnceStore {
  /** Every Slack request claims its signature: compiled once (store/prepared.ts). */
  private readonly insertIfAbsent;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock = systemClock,
  ) {
    this.insertIfAbsent = prepared(db, 4, (kind, key, expiresAt, now) =>
      db.kysely
        .insertInto('once_keys')
        .values({ kind: kind as OnceKind, key: key as string, expires_at: expiresAt as string })
        .onConflict((oc) =>
          oc
            .columns(['kind', 'key'])
            .doUpdateSet({ expires_at: expiresAt as string })
            .where('once_keys.expires_at', '<', now as string),
        ),
    );
  }

  async claim(kind: OnceKind, key: string, expiresAt: Date): Promise<boolean> {
    const result = await this.insertIfAbsent(kind, key, expiresAt.toISOString(), this.clock.now().toISOString());
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  async purgeExpired(now: Date): Promise<number> {
    const result = await this.db.kysely.deleteFrom('once_keys').where('expires_at', '<', now.toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
