import { expect, it } from 'vitest';
import { SqlEscalationStore } from '../../src/store/escalation-store.js';
import { SqlOutbox } from '../../src/store/outbox-store.js';
import { testDb } from '../support/db.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { SIGNING_SECRET } from '../support/slack-harness.js';
import { freePort, spawnBot, waitForHealthy } from '../support/spawn-bot.js';

// Runs in .ci/run, which starts a PostgreSQL server and sets DATABASE_URL; skipped elsewhere.
it.skipIf(!process.env.DATABASE_URL)('two bot processes on one PostgreSQL deliver each escalation once', async () => {
  const db = await testDb(); // a schema of its own on the server
  const url = new URL(process.env.DATABASE_URL as string);
  url.searchParams.set('options', `-c search_path=${(await db.kysely.selectNoFrom((eb) => eb.fn<string>('current_schema').as('s')).executeTakeFirstOrThrow()).s}`);
  const api = await new FakeSlackApi().start();
  const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl, DATABASE_URL: url.href, ESCALATION_SLACK_CHANNEL: 'C0COMMS' };
  const ports = [await freePort(), await freePort()];
  const bots = ports.map((port) => spawnBot({ ...env, PORT: String(port) }));
  try {
    await Promise.all(ports.map((port) => waitForHealthy(`http://127.0.0.1:${port}/healthz`, 20_000)));
    const store = new SqlEscalationStore(db);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const e = await store.open(
        { department: 'communicatie', category: 'discussie', urgency: 'normaal', link: undefined, description: `discussie ${i}`, reporter: { platform: 'slack', id: 'U0R' }, at: new Date() },
        (id) => [{ kind: 'post-card', escalationId: id, platform: 'slack', channelId: 'C0COMMS', purpose: 'report' }],
      );
      ids.push(e.id);
    }
    const posted = () => api.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0COMMS');
    await expect.poll(() => posted().length, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(ids.length);
    // An empty outbox delivers nothing more: then any double would be there to see.
    const outbox = new SqlOutbox(db);
    await expect.poll(() => outbox.pending(), { timeout: 10_000, interval: 100 }).toBe(0);
    const perId = ids.map((id) => posted().filter((c) => JSON.stringify(c.body).includes(id)).length);
    expect(perId.every((n) => n === 1), JSON.stringify(perId)).toBe(true);
  } finally {
    for (const bot of bots) bot.child.kill('SIGTERM');
    await Promise.all(bots.map((b) => b.exited));
    await api.stop();
    await db.cleanup();
  }
}, 90_000);
