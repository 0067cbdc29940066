import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../src/store/db.js';

// SQLite only: these are about the one thread that runs the SQLite connection, which a process
// keeps for its next database once the last one closed (src/store/sqlite-thread.ts).
const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-thread-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const languages = (db: Db) => db.kysely.selectFrom('language_choices').select(['person', 'lang']).execute();
const choose = (db: Db, person: string, lang: string) =>
  db.kysely.insertInto('language_choices').values({ person, lang, key_id: 'k1', updated_at: new Date().toISOString() }).execute();

describe('SQLite databases opened one after another in one process', () => {
  it('each see only their own rows, and a file opened again sees what was written to it', async () => {
    const first = await freshDir();
    const second = await freshDir();
    const a = await openDb({ dataDir: first });
    await choose(a, 'anne', 'en');
    await a.close();

    const b = await openDb({ dataDir: second });
    expect(await languages(b)).toEqual([]);
    await choose(b, 'bert', 'nl');
    await b.close();

    const again = await openDb({ dataDir: first });
    expect(await languages(again)).toEqual([{ person: 'anne', lang: 'en' }]);
    await again.close();
  });

  it('refuses a closed database, also once another one is open', async () => {
    const closed = await openDb({ dataDir: await freshDir() });
    await closed.close();
    const open = await openDb({ dataDir: await freshDir() });
    await expect(languages(closed)).rejects.toThrow();
    expect(await languages(open)).toEqual([]);
    await open.close();
  });

  it('reports a file that cannot be opened, and the next database opens all the same', async () => {
    const broken = await freshDir();
    await mkdir(join(broken, 'richtlijnenbot.sqlite')); // a folder where the file should be
    await expect(openDb({ dataDir: broken })).rejects.toThrow(/unable to open database file/);
    const next = await openDb({ dataDir: await freshDir() });
    await choose(next, 'anne', 'nl');
    expect(await languages(next)).toEqual([{ person: 'anne', lang: 'nl' }]);
    await next.close();
  });
});
