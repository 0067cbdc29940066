import type { Kysely, Migration } from 'kysely';

/** Knowledge versions (the whole knowledge as validated JSON, author as a role) and the console's drafts. */
export const m080KnowledgeVersions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('knowledge_versions')
      .addColumn('number', 'integer', (c) => c.primaryKey())
      .addColumn('kind', 'varchar(20)', (c) => c.notNull())
      .addColumn('author', 'varchar(80)', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('based_on', 'integer')
      .addColumn('folder_key', 'varchar(64)')
      .addColumn('source', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('knowledge_drafts')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('author', 'varchar(80)', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('base', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('knowledge_drafts_at').on('knowledge_drafts').column('created_at').execute();
  },
};
