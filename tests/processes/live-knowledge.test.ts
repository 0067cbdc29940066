import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ConsoleClient, linkIn } from '../support/console-client.js';
import { freePort, spawnBot, untilOutput, waitForHealthy } from '../support/spawn-bot.js';

// Two bot processes on one database (a SQLite file; with DATABASE_URL, as .ci/run sets it, a
// fresh schema on that PostgreSQL server): a version published in the console of one is answered
// by the other within 5 s of the publish response, without a restart. On PostgreSQL the other
// process hears of it at once (LISTEN/NOTIFY); on SQLite it finds it by polling.

const started: Array<ReturnType<typeof spawnBot>> = [];
/** Dropped after the test: Kysely looks for its migration tables in every schema of the database. */
let schema: string | undefined;
afterAll(async () => {
  for (const bot of started) {
    bot.child.stdin?.end();
    bot.child.kill('SIGTERM');
    await bot.exited;
  }
  if (schema) await onPostgres(`DROP SCHEMA ${schema} CASCADE`);
});

async function onPostgres(statement: string): Promise<void> {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(statement);
  await client.end();
}

/** A database of their own for the two processes: a fresh PostgreSQL schema, or none (the SQLite file in DATA_DIR). */
async function sharedDatabase(): Promise<Record<string, string>> {
  const url = process.env.DATABASE_URL;
  if (!url) return {};
  schema = `live_${Date.now().toString(36)}`;
  await onPostgres(`CREATE SCHEMA ${schema}`);
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return { DATABASE_URL: withSchema.href };
}

async function startBot(dataDir: string, database: Record<string, string>) {
  const port = await freePort();
  const bot = spawnBot({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info', ...database });
  started.push(bot);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealthy(`${url}/healthz`, 60_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${bot.output()}`);
  });
  return { ...bot, url };
}

/** Resolves at the process's next answer in the chat (standard output), or when it closes. */
const nextOutput = (bot: ReturnType<typeof spawnBot>) => new Promise((resolve) => bot.child.stdout?.once('data', resolve).once('close', resolve));

/** Asks the terminal chat `text` again after each answer until an answer shows `expected`; how long that took. */
async function askUntil(bot: ReturnType<typeof spawnBot>, text: string, expected: RegExp, timeoutMs: number): Promise<number> {
  const startedAt = Date.now();
  for (;;) {
    const before = bot.output().length;
    bot.child.stdin?.write(`${text}\n`);
    await nextOutput(bot);
    if (expected.test(bot.output().slice(before))) return Date.now() - startedAt;
    if (Date.now() - startedAt > timeoutMs) throw new Error(`no ${expected} within ${timeoutMs} ms:\n${bot.output().slice(-2000)}`);
  }
}

it('answers an edit published in one process from the other process within 5 s', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rb-two-processes-'));
  const database = await sharedDatabase();
  const a = await startBot(dataDir, database);
  const b = await startBot(dataDir, database);
  // On PostgreSQL, B listens on a connection of its own once it runs: a publish before that is found by polling.
  if (process.env.DATABASE_URL) await untilOutput(b, /"event":"knowledge.listening"/, 10_000);

  // The terminal's own user signs in to process A's console.
  a.child.stdin?.write('beheer\n');
  await untilOutput(a, /\/console\/login\?token=/, 10_000);
  const client = new ConsoleClient(a.url);
  expect((await client.signIn(linkIn(a.output(), a.url) as string)).status).toBe(303);
  const headers = { cookie: client.cookie, 'content-type': 'application/json' };
  const { csrf } = (await (await fetch(`${a.url}/console/api/csrf`, { headers })).json()) as { csrf: string };
  const { knowledge } = (await (await fetch(`${a.url}/console/api/knowledge`, { headers })).json()) as {
    knowledge: { items: Array<{ id: string; answer: { nl: string } }> };
  };
  for (const item of knowledge.items) if (item.id === 'regel-7') item.answer.nl = 'Live bijgewerkt antwoord uit de console.';

  const response = await fetch(`${a.url}/console/api/knowledge/publish`, {
    method: 'POST',
    headers: { ...headers, 'x-csrf-token': csrf },
    body: JSON.stringify({ knowledge, message: 'live', confirm: true }),
  });
  expect(response.status).toBe(201);
  const ms = await askUntil(b, 'regel 7', /Live bijgewerkt antwoord uit de console\./, 5000);
  console.info(`process B answered the published version ${ms} ms after the publish response`);
  expect(ms).toBeLessThan(5000);
  const via = process.env.DATABASE_URL ? 'notify' : 'poll';
  // The log (standard error) and the chat (standard output) are two pipes: the answer may be read
  // before the log line written just before it, so the log line is waited for, not looked up once.
  await untilOutput(b, /"event":"knowledge\.version"/, 5000);
  const knowledgeLines = b
    .output()
    .split('\n')
    .filter((line) => line.includes('"event":"knowledge.'));
  expect(knowledgeLines.join('\n')).toMatch(new RegExp(`"event":"knowledge.version","from":1,"to":2,"via":"${via}"`));
}, 180_000);
