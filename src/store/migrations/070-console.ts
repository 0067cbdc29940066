import type { Kysely, Migration } from 'kysely';

/** The web console: one-time sign-in links and sessions (hashes, never the secrets) and its audit trail. */
export const m070Console: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('console_links')
      .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('person', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('used_at', 'varchar(30)')
      .execute();
    await db.schema
      .createTable('console_sessions')
      .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('person', 'text', (c) => c.notNull())
      .addColumn('csrf', 'varchar(64)', (c) => c.notNull())
      .addColumn('lang', 'varchar(2)', (c) => c.notNull())
      .addColumn('last_seen_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('flash', 'text')
      .execute();
    await db.schema.createIndex('console_sessions_seen').on('console_sessions').column('last_seen_at').execute();
    await db.schema
      .createTable('console_audit')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('at', 'varchar(30)', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'varchar(40)', (c) => c.notNull())
      .addColumn('target', 'varchar(40)')
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('console_audit_at').on('console_audit').column('at').execute();
  },
};
