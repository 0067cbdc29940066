import type { Lang } from '../core/lang.js';
import type { LanguageChoices } from '../core/ports.js';
import type { Db } from './db.js';
import { keyedHash, type SqlKeyring } from './keyring.js';
import { batched } from './batched.js';
import { prepared } from './prepared.js';

/** Lookups answered by one statement at most. */
const MAX_BATCH = 32;

interface Row {
  person: string;
  lang: string;
  updated_at: string;
}

/**
 * "taal en" per person, under a keyed hash of platform and user id (see SqlKeyring). Most
 * messages ask for the sender's choice; lookups asked while one is out wait for it and are
 * answered together by the next statement (one `person in (…)` for all of them), instead of a
 * round trip each to the database (issue 17). A lone lookup goes at once.
 */
export class SqlLanguageChoices implements LanguageChoices {
  /** The lookup, compiled once per number of hashes asked for (store/prepared.ts). */
  private readonly lookups = new Map<number, ReturnType<typeof this.lookup>>();
  /** The rows stored under any of the hashes asked for, newest first; lookups asked together share a statement (store/batched.ts). */
  private readonly find = batched<string[], Row[]>(MAX_BATCH, async (batch) => {
    const persons = [...new Set(batch.flat())];
    const lookup = this.lookups.get(persons.length) ?? this.lookup(persons.length);
    this.lookups.set(persons.length, lookup);
    const { rows } = await lookup(...persons);
    return batch.map((asked) => rows.filter((row) => asked.includes(row.person)));
  });

  constructor(
    private readonly db: Db,
    private readonly keyring: SqlKeyring,
  ) {}

  private lookup(keys: number) {
    return prepared(this.db, keys, (...people) =>
      this.db.kysely.selectFrom('language_choices').select(['person', 'lang', 'updated_at']).where('person', 'in', people).orderBy('updated_at', 'desc'),
    );
  }

  private async people(platform: string, userId: string) {
    return (await this.keyring.keys()).map((key) => ({ key, person: keyedHash(key, ['language', platform, userId]) }));
  }

  async get(platform: string, userId: string): Promise<Lang | undefined> {
    const people = await this.people(platform, userId);
    const row = (await this.find(people.map((p) => p.person)))[0];
    if (!row) return undefined;
    const lang: Lang = row.lang === 'en' ? 'en' : 'nl';
    // Found under an older key: move it to the newest, so it outlives that key.
    if (row.person !== people[0]?.person) await this.set(platform, userId, lang, new Date(row.updated_at));
    return lang;
  }

  async set(platform: string, userId: string, lang: Lang, at: Date): Promise<void> {
    const [current, ...older] = await this.people(platform, userId);
    if (!current) return;
    const k = this.db.kysely;
    await k
      .insertInto('language_choices')
      .values({ person: current.person, key_id: current.key.id, lang, updated_at: at.toISOString() })
      .onConflict((oc) => oc.column('person').doUpdateSet({ lang, updated_at: at.toISOString() }))
      .execute();
    if (older.length > 0)
      await k
        .deleteFrom('language_choices')
        .where(
          'person',
          'in',
          older.map((p) => p.person),
        )
        .execute();
  }
}
