import { expect, it } from 'vitest';
import { DeliveryWorker } from '../../src/runtime/outbox/delivery-worker.js';
import { SlackNotifier } from '../../src/surfaces/slack/slack-notifier.js';
import { App } from '@slack/bolt';
import { testDb } from '../support/db.js';
import { escalationService } from '../support/escalations.js';
import { captureLogger, knowledgeBase } from '../support/bot.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';

it('delivers 1 000 concurrent escalations exactly once each while Slack fails one call in five', async () => {
  const db = await testDb();
  const api = await new FakeSlackApi().start();
  api.failRate = 0.2;
  try {
    const { service, store, outbox, clock } = await escalationService(db);
    const reporter = { platform: 'slack' as const, id: 'U0R', name: 'R' };
    const replies = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => service.report({ reporter, link: undefined, description: `discussie ${i}`, urgency: 'normaal' }, 'nl')),
    );
    const ids = replies.map((r) => /E-[A-Z0-9]{5}/.exec(r.title ?? '')?.[0] as string);
    expect(new Set(ids).size).toBe(1000);
    const app = new App({ token: 'xoxb-test', signingSecret: 'x', clientOptions: { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } } });
    const worker = new DeliveryWorker({
      outbox,
      store,
      kb: await knowledgeBase(),
      notifiers: { slack: new SlackNotifier(app.client) },
      clock,
      logger: captureLogger(),
      lang: 'nl',
      timeZone: 'Europe/Amsterdam',
      remindMinutes: 15,
      batch: 100,
    });
    for (let round = 0; round < 60 && (await outbox.pending()) > 0; round++) {
      await Promise.all([worker.runOnce(), worker.runOnce()]); // two workers side by side
      clock.advance(15);
    }
    expect(await outbox.pending()).toBe(0);
    const delivered = api.callsOf('chat.postMessage').filter((c) => !c.failed);
    const perId = new Map<string, number>();
    for (const call of delivered) {
      const id = /E-[A-Z0-9]{5}/.exec(JSON.stringify(call.body.blocks))?.[0] as string;
      perId.set(id, (perId.get(id) ?? 0) + 1);
    }
    expect(perId.size).toBe(1000);
    expect([...perId.values()].every((n) => n === 1)).toBe(true);
    expect(api.callsOf('chat.postMessage').filter((c) => c.failed).length).toBeGreaterThan(100);
  } finally {
    await api.stop();
    await db.cleanup();
  }
}, 120_000);
