import { createRequire } from 'node:module';
import type * as Lib from 'kysely';

/**
 * Kysely's CommonJS build, the one the bot loads: its ES module build is 279 modules, and
 * loading that many costs 7 MB more memory at start-up than the same code as CommonJS (issue
 * 17). Every value from Kysely comes through here; types come straight from 'kysely'.
 */
const lib = createRequire(import.meta.url)('kysely') as typeof Lib;

export const { sql, Migrator, PostgresDialect, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } = lib;
export const Kysely = lib.Kysely;
export type Kysely<DB> = Lib.Kysely<DB>;
export const CompiledQuery = lib.CompiledQuery;
export type CompiledQuery<R = unknown> = Lib.CompiledQuery<R>;
