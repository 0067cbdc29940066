import type { Lang } from '../core/lang.js';
import type { LanguageChoices } from '../core/ports.js';
import type { Db } from './db.js';
import { keyedHash, type SqlKeyring } from './keyring.js';
import { prepared } from './prepared.js';

/** "taal en" per person, under a keyed hash of platform and user id (see SqlKeyring). */
export class SqlLanguageChoices implements LanguageChoices {
  /** The lookup asked for most messages, compiled once per number of keys in use (store/prepared.ts). */
  private readonly lookups = new Map<number, ReturnType<typeof this.lookup>>();

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
    const lookup = this.lookups.get(people.length) ?? this.lookup(people.length);
    this.lookups.set(people.length, lookup);
    const row = (await lookup(...people.map((p) => p.person))).rows[0];
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
