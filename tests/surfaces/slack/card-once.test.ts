import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@slack/bolt';
import { departmentCard } from '../../../src/core/escalate/escalation-replies.js';
import { SlackNotifier } from '../../../src/surfaces/slack/slack-notifier.js';
import { SqlEscalationStore } from '../../../src/store/escalation-store.js';
import { SqlOutbox } from '../../../src/store/outbox-store.js';
import { slackClick, startPlatforms, type Platforms } from '../../support/platform-harness.js';
import { knowledgeBase } from '../../support/bot.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms({ ESCALATION_SLACK_CHANNEL: 'C0COMMS' });
  bot.slackApi.members = ['U0COMMS1'];
});
afterEach(async () => {
  await bot.close();
});

async function report(): Promise<string> {
  await bot.command('escaleer https://x.com/cnv/status/1 boze reacties onder onze post');
  const [confirmation] = await bot.slackApi.waitFor('response_url');
  return /E-[A-Z0-9]{5}/.exec(JSON.stringify(confirmation?.body))?.[0] as string;
}

const cards = () => bot.slackApi.channels.messages('C0COMMS');

/** What a bot process does before it dies: leases the card's job, records "sending", posts it, and never records it. */
async function postAndDie(id: string): Promise<string> {
  const outbox = new SqlOutbox(bot.db);
  const [leased] = await outbox.lease(bot.clock.now(), 1, 10_000);
  if (leased?.job.kind !== 'post-card') throw new Error('no card to post');
  await outbox.markSending(leased.id, leased.lease, bot.clock.now());
  const escalation = await new SqlEscalationStore(bot.db).get(id);
  const card = departmentCard(await knowledgeBase(), escalation as NonNullable<typeof escalation>, 'nl', { timeZone: 'Europe/Amsterdam' });
  const dying = new SlackNotifier(new App({ token: 'xoxb-test', signingSecret: 'x', clientOptions: { slackApiUrl: bot.slackApi.apiUrl } }).client);
  return dying.post('C0COMMS', card, { jobId: leased.id, escalationId: id });
}

describe('an escalation card in Slack is posted once, also when an attempt ends in doubt', () => {
  it('carries metadata naming its escalation and outbox job', async () => {
    const id = await report();
    await bot.worker.runOnce();
    expect(cards()).toHaveLength(1);
    expect(cards()[0]?.metadata).toEqual({ event_type: 'richtlijnenbot_escalation', event_payload: { escalation_id: id, job_id: expect.any(String) } });
  });

  it.each(['reset', 'internal_error'] as const)('is not posted again when Slack posted it but the answer was lost (%s)', async (how) => {
    const id = await report();
    bot.slackApi.loseNextAnswer('chat.postMessage', how);
    expect(await bot.worker.runOnce()).toBe(1);
    expect(cards()).toHaveLength(1);
    expect(bot.slackApi.callsOf('conversations.history')[0]?.body).toMatchObject({ channel: 'C0COMMS', include_all_metadata: 'true' }); // form-encoded, as Slack receives it;

    // The card found is the one updated when someone picks the escalation up.
    await bot.interact(slackClick(bot, { actionId: 'follow_up_0', value: `escalatie ${id} oppakken`, user: 'U0COMMS1', channel: 'C0COMMS' }));
    await bot.slackApi.waitFor('response_url', 2);
    await bot.worker.runOnce();
    expect(bot.slackApi.callsOf('chat.update')[0]?.body).toMatchObject({ channel: 'C0COMMS', ts: cards()[0]?.ts });
  });

  it('is found, not posted again, after the process that posted it died before recording it', async () => {
    const id = await report();
    const ts = await postAndDie(id);
    bot.clock.set(new Date(bot.clock.now().getTime() + 11_000).toISOString()); // its lease (10 s) ran out
    expect(await bot.worker.runOnce()).toBe(1);
    expect(cards().map((c) => c.ts)).toEqual([ts]);
    expect(bot.logger.lines).toContainEqual(expect.objectContaining({ event: 'outbox.repeat-found', escalation: id }));
    // Looked for since the first attempt only, not through the whole channel.
    const oldest = Number(bot.slackApi.callsOf('conversations.history')[0]?.body.oldest);
    expect(oldest).toBeGreaterThan(bot.clock.now().getTime() / 1000 - 120);
  });

  it('is posted again when the bot may not read the channel (no channels:history), and the log says what to add', async () => {
    const id = await report();
    await postAndDie(id);
    bot.clock.set(new Date(bot.clock.now().getTime() + 11_000).toISOString());
    bot.slackApi.failNext('conversations.history', { status: 200, body: { ok: false, error: 'missing_scope', needed: 'channels:history' } });
    expect(await bot.worker.runOnce()).toBe(1);
    expect(cards()).toHaveLength(2); // a repeat beats a lost escalation
    expect(bot.logger.lines).toContainEqual(expect.objectContaining({ event: 'slack.history-unavailable', error: 'missing_scope' }));
  });
});
