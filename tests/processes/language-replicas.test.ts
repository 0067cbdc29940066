import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LANGUAGE_CHANGES_POLL_MS } from '../../src/store/language-store.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { freshSchema, Replica } from '../support/replicas.js';
import { SIGNING_SECRET } from '../support/slack-harness.js';

// Two bot processes on one database (a SQLite file; with DATABASE_URL, as .ci/run sets it, a fresh
// PostgreSQL schema): each keeps the languages people chose in memory, and a choice made through one
// is used by the other within about LANGUAGE_CHANGES_POLL_MS, by the one it was made through at once.

const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'one SQLite file';

async function sharedDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const schema = await freshSchema();
    return { env: { DATABASE_URL: schema.url }, drop: schema.drop };
  }
  const dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-languages-'));
  return { env: { DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
}

it(`two bot processes on ${engine}: "taal en" through one is used by the other within about a second`, async () => {
  const api = await new FakeSlackApi().start();
  const db = await sharedDatabase();
  const env = { ...db.env, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl, LOG_LEVEL: 'warn' };
  const [one, other] = [await Replica.create(0, env), await Replica.create(1, env)];
  let n = 0;
  const help = (replica: Replica) => replica.command('help', 'U0ANNE', api.responseUrl(`h${n++}`));
  try {
    // Started, and asked, at the same moment on a new database: both look for a hash key at once and
    // must end up with the same one (SqlKeyring), or a choice moved under one's key is not found by the other.
    await Promise.all([one.start(), other.start()]);
    // Both answer in Dutch (DEFAULT_LANG) and keep that Anne chose nothing.
    const [first, second] = await Promise.all([help(one), help(other)]);
    expect(first).toContain('zo werkt het');
    expect(second).toContain('zo werkt het');

    expect(await one.command('taal en', 'U0ANNE', api.responseUrl('lang'))).toContain('in English');
    const madeAt = Date.now();
    expect(await help(one)).toContain('how it works'); // where it was made: at once

    let answer = await help(other);
    while (!answer.includes('how it works') && Date.now() - madeAt < 5 * LANGUAGE_CHANGES_POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await help(other);
    }
    const seenMs = Date.now() - madeAt;
    console.info(`languages across replicas (${engine}): "taal en" used by the other process ${seenMs} ms after it was made`);
    expect(answer, `after ${seenMs} ms`).toContain('how it works');
    expect(await help(one)).toContain('how it works');
  } finally {
    await Promise.all([one.stop(), other.stop()]);
    await api.stop();
    await db.drop();
  }
}, 90_000);
