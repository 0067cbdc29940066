import type { Compilable, CompiledQuery, QueryResult } from 'kysely';
import type { Db } from './db.js';

/** Stand-ins for the values while a statement is compiled; each run puts the real values in their places. */
const SLOT = '\u0000slot:';

/**
 * A statement on the path of every request (the Slack signature's claim, the person's language),
 * built and compiled by Kysely once, for this database's dialect, and then run with new values:
 * building and compiling the query cost more than the database running it (issue 17). `build`
 * gets one stand-in per value, in the order the returned function takes them.
 */
export function prepared<R>(db: Pick<Db, 'kysely'>, values: number, build: (...slots: string[]) => Compilable<R>) {
  let compiled: CompiledQuery<R> | undefined;
  let places: number[] = [];
  return (...args: readonly unknown[]): Promise<QueryResult<R>> => {
    if (!compiled) {
      compiled = build(...Array.from({ length: values }, (_, i) => `${SLOT}${i}`)).compile();
      places = compiled.parameters.map((p) => (typeof p === 'string' && p.startsWith(SLOT) ? Number(p.slice(SLOT.length)) : -1));
    }
    const fixed = compiled.parameters;
    return db.kysely.executeQuery<R>({ ...compiled, parameters: places.map((place, i) => (place >= 0 ? args[place] : fixed[i])) });
  };
}
