import type { Lang } from '../core/lang.js';
import type { LanguageChoices } from '../core/ports.js';
import type { Db } from './db.js';
import { keyedHash, type HashKey, type SqlKeyring } from './keyring.js';
import { batched } from './batched.js';
import { prepared } from './prepared.js';

/** Lookups answered by one statement at most. */
const MAX_BATCH = 32;
/**
 * How old the last look at the change count may be when a choice is answered from memory: a
 * choice made in another process is used here within about this time (issue 17).
 */
export const LANGUAGE_CHANGES_POLL_MS = 1000;
/** People whose choice is kept in memory at most; past it, the memory starts again. */
const MAX_KNOWN = 10_000;

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
 *
 * A choice once looked up (or made here) is kept in memory, as long as no process changed any
 * choice since: every change adds one to a count in the database (`change_counts`), and a
 * lookup answered from memory first checks that count if it last did more than
 * LANGUAGE_CHANGES_POLL_MS ago (one statement for all lookups then). So a change made here is
 * used here at once, one made by another process within about a second; the memory also starts
 * again whenever the keyring's keys are read again (a minute at most: a key and the choices
 * under it expire together).
 */
export class SqlLanguageChoices implements LanguageChoices {
  /** Choices by platform and user id (undefined: none made), valid while `keys` and the change count are the ones seen. */
  private readonly known = new Map<string, Lang | undefined>();
  /** The keys the choices in memory were looked up with. */
  private knownKeys: readonly HashKey[] | undefined;
  /** The change count last read, when (Date.now()) that read started, and the read under way. */
  private changes: number | undefined;
  private changesCheckedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | undefined;
  /** Goes up whenever the memory is cleared or a choice made here: a lookup that started before keeps its answer out of memory. */
  private generation = 0;
  /** The count of changes to anyone's choice, by any process. */
  private readonly changeCount: () => Promise<{ rows: { changes: number }[] }>;

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
    /** How old the last look at the change count may be (tests: 0, to look every time). */
    private readonly pollMs = LANGUAGE_CHANGES_POLL_MS,
  ) {
    this.changeCount = prepared(db, 0, () => db.kysely.selectFrom('change_counts').select('changes').where('name', '=', 'language_choices'));
  }

  private lookup(keys: number) {
    return prepared(this.db, keys, (...people) =>
      this.db.kysely.selectFrom('language_choices').select(['person', 'lang', 'updated_at']).where('person', 'in', people).orderBy('updated_at', 'desc'),
    );
  }

  private async people(platform: string, userId: string) {
    return (await this.keyring.keys()).map((key) => ({ key, person: keyedHash(key, ['language', platform, userId]) }));
  }

  private forget(): void {
    this.known.clear();
    this.generation++;
  }

  /** Clears the memory if the keys were read again or another process changed a choice (see the class). */
  private async checkChanges(keys: readonly HashKey[]): Promise<void> {
    if (keys !== this.knownKeys) {
      this.forget();
      this.knownKeys = keys;
    }
    if (Date.now() - this.changesCheckedAt < this.pollMs) return;
    this.checking ??= (async () => {
      const startedAt = Date.now();
      const changes = (await this.changeCount()).rows[0]?.changes;
      if (changes !== this.changes) this.forget();
      this.changes = changes;
      this.changesCheckedAt = startedAt;
    })().finally(() => {
      this.checking = undefined;
    });
    await this.checking;
  }

  async get(platform: string, userId: string): Promise<Lang | undefined> {
    await this.checkChanges(await this.keyring.keys());
    const id = `${platform}\u0000${userId}`;
    if (this.known.has(id)) return this.known.get(id);
    const generation = this.generation;
    const lang = await this.lookUp(platform, userId);
    if (generation === this.generation) this.remember(id, lang);
    return lang;
  }

  private remember(id: string, lang: Lang | undefined): void {
    if (this.known.size >= MAX_KNOWN) this.known.clear();
    this.known.set(id, lang);
  }

  private async lookUp(platform: string, userId: string): Promise<Lang | undefined> {
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
    this.generation++;
    await k
      .insertInto('language_choices')
      .values({ person: current.person, key_id: current.key.id, lang, updated_at: at.toISOString() })
      .onConflict((oc) => oc.column('person').doUpdateSet({ lang, updated_at: at.toISOString() }))
      .execute();
    // After the choice is stored, never before: a process that sees the new count finds the new choice.
    await k
      .updateTable('change_counts')
      .set((eb) => ({ changes: eb('changes', '+', 1) }))
      .where('name', '=', 'language_choices')
      .execute();
    this.generation++;
    this.remember(`${platform}\u0000${userId}`, lang);
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
