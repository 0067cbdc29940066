import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LEASE_MS } from '../../src/runtime/outbox/delivery-worker.js';
import { openDb } from '../../src/store/db.js';
import { FakeSlackApi, type SlackCall } from '../support/fake-slack-api.js';
import { freshSchema, Replica } from '../support/replicas.js';
import { SIGNING_SECRET } from '../support/slack-harness.js';

/** One database for both processes: a SQLite file in a new folder, or a new schema on the PostgreSQL of DATABASE_URL (.ci/run). */
async function sharedDatabase(): Promise<{ env: Record<string, string>; escalationIds(): Promise<string[]>; drop(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const schema = await freshSchema();
    const ids = async () => {
      const db = await openDb({ dataDir: '', databaseUrl: schema.url });
      try {
        return (await db.kysely.selectFrom('escalations').select('id').execute()).map((r) => r.id);
      } finally {
        await db.close();
      }
    };
    return { env: { DATABASE_URL: schema.url }, escalationIds: ids, drop: schema.drop };
  }
  const dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-replicas-'));
  const ids = async () => {
    const db = await openDb({ dataDir: dir });
    try {
      return (await db.kysely.selectFrom('escalations').select('id').execute()).map((r) => r.id);
    } finally {
      await db.close();
    }
  };
  return { env: { DATA_DIR: dir }, escalationIds: ids, drop: () => rm(dir, { recursive: true, force: true }) };
}

/** A fixed-offset zone (Etc/GMT-N is UTC+N) in which it is between 11:00 and 13:00 at `now`. */
function noonZone(now: Date): string {
  const offset = 12 - now.getUTCHours();
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'one SQLite file';

it(`two bot processes on ${engine}: each escalation card posted once, a killed process's cards taken over within its lease, one tip per channel`, async () => {
  const api = await new FakeSlackApi().start();
  const db = await sharedDatabase();
  const env = {
    ...db.env,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    ESCALATION_SLACK_CHANNEL: 'C0COMMS',
    // Midnight: today's slot has passed whenever the test runs, so both processes claim it at start.
    // In a zone where it is now about noon, so that no new day (and its tip) begins during the test:
    // CI once ran it across midnight in Amsterdam, and the restarted process rightly posted the new day's tip.
    TIP_CRON: '0 0 * * *',
    TIP_TIMEZONE: noonZone(new Date()),
    TIP_SLACK_CHANNELS: 'C0TIPS01,C0TIPS02',
    LOG_LEVEL: 'warn',
  };
  const replicas = [await Replica.create(0, env), await Replica.create(1, env)] as [Replica, Replica];
  const cardsOf = () => {
    const perId = new Map<string, number>();
    for (const m of api.channels.messages('C0COMMS')) {
      const id = /E-[A-Z0-9]{5}/.exec(JSON.stringify(m.blocks ?? m.text))?.[0];
      if (id) perId.set(id, (perId.get(id) ?? 0) + 1);
    }
    return perId;
  };
  let reports = 0;
  const report = async (replica: Replica) => {
    const i = reports++;
    await replica.command(`escaleer https://x.com/r/${i} boze reacties`, `U0R${i}`, api.responseUrl(`r${i}`));
  };
  const allPosted = async () => {
    const ids = await db.escalationIds();
    await api.waitUntil(
      () => ids.every((id) => cardsOf().has(id)),
      30_000,
      () => `cards for ${[...cardsOf().keys()].length} of ${ids.length} escalations`,
    );
    return ids;
  };
  try {
    // Both at the same moment on an empty database.
    await Promise.all(replicas.map((r) => r.start()));

    const tips = () => api.channels.count('C0TIPS01') + api.channels.count('C0TIPS02');
    await api.waitUntil(
      () => tips() >= 2,
      15_000,
      () => `${tips()} daily tips posted`,
    );

    // Both up and reporting: every card once.
    await Promise.all(Array.from({ length: 10 }, (_, i) => report(replicas[i % 2] as Replica)));
    const first = await allPosted();
    expect(first).toHaveLength(10);

    // kill -9 of the process that posts the next card, the moment Slack has taken it (before the process hears back).
    let killed: { replica: Replica; at: number; call: SlackCall } | undefined;
    api.beforeAnswer = (call) => {
      if (killed || call.method !== 'chat.postMessage' || call.body.channel !== 'C0COMMS') return;
      const replica = replicas.find((r) => r.token === call.token);
      if (!replica) return;
      replica.kill();
      killed = { replica, at: Date.now(), call };
    };
    // Slack refuses cards until every report of this batch is acknowledged, so that the kill hits a card
    // being posted and never a report still on its way in (on a busy machine a card went out first).
    api.failAlways('chat.postMessage', { status: 200, body: { ok: false, error: 'service_unavailable' } });
    await Promise.all(Array.from({ length: 10 }, (_, i) => report(replicas[i % 2] as Replica)));
    api.recover('chat.postMessage');
    await api.waitUntil(
      () => killed !== undefined,
      15_000,
      () => 'no card was posted',
    );
    const { replica: victim, at } = killed as NonNullable<typeof killed>;
    const survivor = replicas.find((r) => r !== victim) as Replica;
    // The survivor takes the victim's jobs over once their lease has run out: the card Slack took is looked up, not posted again.
    const lookup = () => api.callsOf('conversations.history').find((c) => c.token === survivor.token && c.body.channel === 'C0COMMS');
    await api.waitUntil(
      () => lookup() !== undefined,
      3 * LEASE_MS,
      () => `${survivor.name} did not take over the card ${victim.name} was killed posting`,
    );
    const takeoverMs = Date.now() - at;
    await allPosted();
    const allCardsMs = Date.now() - at;

    // The victim comes back; both go on.
    api.beforeAnswer = undefined;
    await victim.restart();
    await Promise.all(Array.from({ length: 10 }, (_, i) => report(replicas[i % 2] as Replica)));
    const ids = await allPosted();
    console.info(
      `two replicas (${engine}): ${ids.length} escalations, takeover ${takeoverMs} ms after kill -9 (lease ${LEASE_MS} ms), all cards ${allCardsMs} ms after it`,
    );

    expect(ids).toHaveLength(30);
    expect([...cardsOf()].filter(([, n]) => n > 1)).toEqual([]);
    expect(cardsOf().size).toBe(30);
    // Within one lease, the next outbox round (1 s) and some slack for a loaded CI runner.
    expect(takeoverMs).toBeLessThanOrEqual(LEASE_MS + 4_000);
    // The daily tip: once per channel, though two processes (and one of them twice) claimed today's slot.
    expect(api.channels.count('C0TIPS01')).toBe(1);
    expect(api.channels.count('C0TIPS02')).toBe(1);
    for (const replica of replicas) expect(replica.output(), replica.name).not.toMatch(/could not be opened or migrated|duplicate key|SQLITE_BUSY/);
  } finally {
    api.beforeAnswer = undefined;
    await Promise.all(replicas.map((r) => r.stop()));
    await api.stop();
    await db.drop();
  }
}, 120_000);
