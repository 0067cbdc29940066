import { systemClock, type Clock, type OnceKind, type OnceStore } from '../core/ports.js';
import type { Db } from './db.js';
import { batched } from './batched.js';
import { prepared } from './prepared.js';

/** Claims written by one statement at most: a burst is written in statements of this many. */
const MAX_BATCH = 64;

interface Claim {
  kind: OnceKind;
  key: string;
  expiresAt: string;
}

/**
 * Claims in the `once_keys` table: insert-if-absent on the primary key, so of several replicas
 * claiming the same key at once exactly one succeeds. An expired claim counts as absent: it is
 * taken over in the same statement.
 *
 * Every Slack request claims its signature, and one statement (one commit) per request cost more
 * than the rest of the request (issue 17). So claims that arrive while a statement is out wait
 * for it and go together in the next one: one insert of many rows, whose RETURNING names the
 * keys this statement claimed. A lone claim goes at once, as before; nothing waits on a timer.
 */
export class SqlOnceStore implements OnceStore {
  /** The insert for `n` claims, compiled once per `n` (store/prepared.ts). */
  private readonly inserts = new Map<number, ReturnType<typeof this.insertFor>>();
  /** Claims that arrive while a statement is out go together in the next one (store/batched.ts). */
  private readonly write = batched<Claim, boolean>(MAX_BATCH, async (batch) => {
    const won = await this.claimAll(batch);
    return batch.map((claim) => won.has(claim));
  });

  constructor(
    private readonly db: Db,
    private readonly clock: Clock = systemClock,
  ) {}

  private insertFor(n: number) {
    return prepared(this.db, 3 * n + 1, (now, ...values) =>
      this.db.kysely
        .insertInto('once_keys')
        .values(
          Array.from({ length: n }, (_, i) => ({ kind: values[3 * i] as OnceKind, key: values[3 * i + 1] as string, expires_at: values[3 * i + 2] as string })),
        )
        .onConflict((oc) =>
          oc
            .columns(['kind', 'key'])
            .doUpdateSet((eb) => ({ expires_at: eb.ref('excluded.expires_at') }))
            .where('once_keys.expires_at', '<', now as string),
        )
        .returning(['kind', 'key']),
    );
  }

  claim(kind: OnceKind, key: string, expiresAt: Date): Promise<boolean> {
    return this.write({ kind, key, expiresAt: expiresAt.toISOString() });
  }

  /**
   * The claims of `batch` this statement won. The same key twice in one batch is the same
   * request twice at the same moment: only its first claim goes in the statement (PostgreSQL
   * refuses to touch one row twice in one statement), the other loses.
   */
  private async claimAll(batch: readonly Claim[]): Promise<Set<Claim>> {
    const first = new Map<string, Claim>();
    for (const claim of batch) {
      const id = `${claim.kind}\u0000${claim.key}`;
      if (!first.has(id)) first.set(id, claim);
    }
    const claims = [...first.values()];
    const insert = this.inserts.get(claims.length) ?? this.insertFor(claims.length);
    this.inserts.set(claims.length, insert);
    const { rows } = await insert(this.clock.now().toISOString(), ...claims.flatMap((c) => [c.kind, c.key, c.expiresAt]));
    const won = new Set(rows.map((row) => `${row.kind}\u0000${row.key}`));
    return new Set(claims.filter((c) => won.has(`${c.kind}\u0000${c.key}`)));
  }

  async purgeExpired(now: Date): Promise<number> {
    const result = await this.db.kysely.deleteFrom('once_keys').where('expires_at', '<', now.toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
