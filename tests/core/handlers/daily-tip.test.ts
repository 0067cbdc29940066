import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dailyTip } from '../../../src/core/handlers/daily-tip.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { TipService } from '../../../src/core/tips/tip-service.js';
import { SqlTipStore } from '../../../src/store/tip-store.js';
import { captureLogger, knowledgeBase } from '../../support/bot.js';
import { testDb } from '../../support/db.js';
import { handlerContext } from '../../support/handlers.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

async function tipService() {
  return new TipService({
    kb: await knowledgeBase(),
    store: new SqlTipStore(db),
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
    random: () => 0,
    logger: captureLogger(),
    configured: [],
  });
}

describe('the daily tip', () => {
  it('is turned on in a channel, for the whole channel to see', async () => {
    const tips = await tipService();
    const context = await handlerContext('dagtip aan', {
      inbound: { platform: 'slack', conversation: { id: 'C0GENERAL', kind: 'channel' } },
      services: { tips },
    });
    const { reply } = await dailyTip({ kind: 'daily-tip', on: true }, context);
    expect(reply.audience).toBe('conversation');
    expect(reply.shareable).toBeUndefined();
    expect(await tips.channels()).toEqual([{ platform: 'slack', channelId: 'C0GENERAL' }]);
  });

  it('is not available in the terminal, which says to type "tip" instead', async () => {
    const { reply } = await dailyTip({ kind: 'daily-tip', on: true }, await handlerContext('dagtip aan', { services: { tips: await tipService() } }));
    expect(toPlainText(reply)).toContain('Hier kun je wel een tip vragen met tip');
  });
});
