import { randomUUID } from 'node:crypto';
import type { KnowledgeSource } from '../core/knowledge/source.js';
import type { Draft, DraftInfo, NewVersion, Version, VersionInfo, VersionKind, VersionStore } from '../core/knowledge/versions.js';
import { sql } from './kysely.js';
import type { Db } from './db.js';
import { KNOWLEDGE_CHANNEL } from './pg-listen.js';
import type { KnowledgeVersionTable } from './db-schema-knowledge.js';

const info = (row: Omit<KnowledgeVersionTable, 'source' | 'folder_key'>): VersionInfo => ({
  number: Number(row.number),
  kind: row.kind as VersionKind,
  author: row.author,
  message: row.message,
  at: new Date(row.created_at),
  basedOn: row.based_on === null ? undefined : Number(row.based_on),
});

/** A clash on the version number: another process added the same number first. */
const isClash = (error: unknown) => /unique|duplicate|primary key/i.test(error instanceof Error ? error.message : String(error));

/** Knowledge versions and drafts in the bot's database (SQLite or PostgreSQL), shared by every process. */
export class SqlVersionStore implements VersionStore {
  constructor(private readonly db: Pick<Db, 'kysely'> & Partial<Pick<Db, 'engine'>>) {}

  async latestNumber(): Promise<number | undefined> {
    const row = await this.db.kysely
      .selectFrom('knowledge_versions')
      .select((eb) => eb.fn.max('number').as('latest'))
      .executeTakeFirst();
    return row?.latest === null || row?.latest === undefined ? undefined : Number(row.latest);
  }

  async get(number: number): Promise<Version | undefined> {
    const row = await this.db.kysely.selectFrom('knowledge_versions').selectAll().where('number', '=', number).executeTakeFirst();
    return row ? { ...info(row), source: JSON.parse(row.source) as KnowledgeSource } : undefined;
  }

  async list(): Promise<VersionInfo[]> {
    const rows = await this.db.kysely
      .selectFrom('knowledge_versions')
      .select(['number', 'kind', 'author', 'message', 'created_at', 'based_on'])
      .orderBy('number', 'desc')
      .execute();
    return rows.map(info);
  }

  async add(version: NewVersion): Promise<VersionInfo> {
    for (let attempt = 0; ; attempt++) {
      const number = ((await this.latestNumber()) ?? 0) + 1;
      const row = {
        number,
        kind: version.kind,
        author: version.author,
        message: version.message,
        created_at: version.at.toISOString(),
        based_on: version.basedOn ?? null,
        folder_key: version.folderKey ?? null,
        source: JSON.stringify(version.source),
      };
      try {
        await this.db.kysely.insertInto('knowledge_versions').values(row).execute();
        await this.notify(number);
        return info(row);
      } catch (error) {
        if (!isClash(error) || attempt >= 5) throw error;
      }
    }
  }

  /**
   * PostgreSQL: tells every listening process (LISTEN/NOTIFY) that version `number` exists. A
   * failure costs only speed: the processes' polling finds the version within seconds.
   */
  private async notify(number: number): Promise<void> {
    if (this.db.engine !== 'postgres') return;
    await sql`select pg_notify(${KNOWLEDGE_CHANNEL}, ${String(number)})`.execute(this.db.kysely).catch(() => undefined);
  }

  async latestFolderKey(): Promise<string | undefined> {
    const row = await this.db.kysely
      .selectFrom('knowledge_versions')
      .select('folder_key')
      .where('folder_key', 'is not', null)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.folder_key ?? undefined;
  }

  async saveDraft(draft: Omit<Draft, 'id'>): Promise<Draft> {
    const id = randomUUID();
    await this.db.kysely
      .insertInto('knowledge_drafts')
      .values({ id, author: draft.author, message: draft.message, created_at: draft.at.toISOString(), base: draft.base, source: JSON.stringify(draft.source) })
      .execute();
    return { ...draft, id };
  }

  async draft(id: string): Promise<Draft | undefined> {
    const row = await this.db.kysely.selectFrom('knowledge_drafts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      author: row.author,
      message: row.message,
      at: new Date(row.created_at),
      base: Number(row.base),
      source: JSON.parse(row.source) as KnowledgeSource,
    };
  }

  async drafts(): Promise<DraftInfo[]> {
    const rows = await this.db.kysely
      .selectFrom('knowledge_drafts')
      .select(['id', 'author', 'message', 'created_at', 'base'])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ id: row.id, author: row.author, message: row.message, at: new Date(row.created_at), base: Number(row.base) }));
  }

  async deleteDraft(id: string): Promise<boolean> {
    const result = await this.db.kysely.deleteFrom('knowledge_drafts').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
