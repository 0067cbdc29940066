import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slackClick, slackSubmission, startPlatforms, type Platforms } from '../../support/platform-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms({ ESCALATION_SLACK_CHANNEL: 'C0COMMS' });
  bot.slackApi.members = ['U0COMMS1', 'U0COMMS2'];
});
afterEach(async () => {
  await bot.close();
});

const shown = (body: Record<string, unknown> | undefined) => JSON.stringify(body ?? {}, (key, value: unknown) => (key === 'value' ? undefined : value));

async function report(text = 'escaleer https://x.com/cnv/status/1 boze reacties onder onze post <!channel> <@U0BOSS>') {
  await bot.command(text);
  const [confirmation] = await bot.slackApi.waitFor('response_url');
  const id = /E-[A-Z0-9]{5}/.exec(JSON.stringify(confirmation?.body))?.[0] as string;
  return { confirmation, id };
}

describe('escalations in Slack', () => {
  it('report → card in the department channel → claim → resolve, with the reporter told at each step', async () => {
    const { confirmation, id } = await report();
    expect(confirmation?.body.response_type).toBe('ephemeral');
    expect(shown(confirmation?.body)).toContain(`Gemeld: ${id}`);

    await bot.worker.runOnce();
    const [card] = bot.slackApi.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0COMMS');
    expect(shown(card?.body)).toContain(`Escalatie ${id}`);
    expect(shown(card?.body)).toContain('https://x.com/cnv/status/1');
    expect(shown(card?.body)).toContain('Regel 7');
    expect(shown(card?.body)).not.toMatch(/<!channel>|<@U0BOSS>/);

    await bot.interact(slackClick(bot, { actionId: 'follow_up_0', value: `escalatie ${id} oppakken`, user: 'U0COMMS1', channel: 'C0COMMS' }));
    const answers = await bot.slackApi.waitFor('response_url', 2);
    expect(shown(answers[1]?.body)).toContain(`Je hebt ${id} opgepakt`);
    await bot.worker.runOnce();
    const [update] = bot.slackApi.callsOf('chat.update');
    expect(update?.body).toMatchObject({ channel: 'C0COMMS' });
    expect(shown(update?.body)).toContain('Opgepakt door u0comms1');
    const notices = bot.slackApi.callsOf('chat.postMessage').filter((c) => c.body.channel === 'U0REPORTER');
    expect(shown(notices[0]?.body)).toContain(`Je melding ${id} is opgepakt door u0comms1`);

    // "Afgehandeld" asks for the outcome in a form, then resolves.
    await bot.interact(
      slackClick(bot, {
        actionId: 'follow_up_input_0',
        value: JSON.stringify({ command: `escalatie ${id} afhandelen`, label: 'Hoe?' }),
        user: 'U0COMMS1',
        channel: 'C0COMMS',
      }),
    );
    const [form] = await bot.slackApi.waitFor('views.open');
    const metadata = (form?.body.view as { private_metadata: string } | undefined)?.private_metadata;
    await bot.interact(
      slackSubmission({
        user: 'U0COMMS1',
        callbackId: 'follow_up_input_modal',
        metadata,
        values: { text: { type: 'plain_text_input', value: 'Reactie geplaatst, het is rustig' } },
      }),
    );
    await bot.slackApi.waitFor('chat.postEphemeral');
    await bot.worker.runOnce();
    expect(shown(bot.slackApi.callsOf('chat.update').at(-1)?.body)).toContain('Afgehandeld door u0comms1');
    const resolvedNotice = bot.slackApi
      .callsOf('chat.postMessage')
      .filter((c) => c.body.channel === 'U0REPORTER')
      .at(-1);
    expect(shown(resolvedNotice?.body)).toContain('Uitkomst: Reactie geplaatst, het is rustig');
  });

  it('refuses a claim by someone who is not in the department’s channel', async () => {
    const { id } = await report();
    await bot.worker.runOnce();
    await bot.interact(slackClick(bot, { actionId: 'follow_up_0', value: `escalatie ${id} oppakken`, user: 'U0STRANGER', channel: 'C0COMMS' }));
    const answers = await bot.slackApi.waitFor('response_url', 2);
    expect(shown(answers[1]?.body)).toContain('alleen leden van het kanaal van Communicatie');
    await bot.worker.runOnce();
    expect(bot.slackApi.callsOf('chat.update')).toEqual([]);
  });

  it('re-announces an unclaimed escalation after 15 minutes', async () => {
    const { id } = await report();
    await bot.worker.runOnce();
    bot.clock.advance(16);
    expect(await bot.escalations.remindDue()).toBe(1);
    await bot.worker.runOnce();
    const posts = bot.slackApi.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0COMMS');
    expect(posts).toHaveLength(2);
    expect(shown(posts[1]?.body)).toContain('Herinnering');
    expect(shown(posts[1]?.body)).toContain(id);
  });

  it('delivers once after the Slack API was down between commit and post', async () => {
    // Down for all four tries of one delivery (the notifier retries within a second or two).
    bot.slackApi.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'service_unavailable' } }, 4);
    await report();
    expect(await bot.worker.runOnce()).toBe(0); // Slack refused: the card stays in the outbox
    const attempts = () => bot.slackApi.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0COMMS').length;
    expect(attempts()).toBe(4);
    expect(await bot.worker.runOnce()).toBe(0); // not yet: the retry waits
    bot.clock.advance(1);
    expect(await bot.worker.runOnce()).toBe(1);
    bot.clock.advance(60);
    expect(await bot.worker.runOnce()).toBe(0);
    expect(attempts()).toBe(5);
    expect(bot.slackApi.channels.messages('C0COMMS')).toHaveLength(1);
    expect(bot.logger.lines).toContainEqual(expect.objectContaining({ event: 'outbox.retry', job: 'post-card', error: 'service_unavailable' }));
  });

  it('lists what is open with "escalaties" in the department channel, and refuses elsewhere', async () => {
    const { id } = await report();
    await bot.command('escalaties', 'U0COMMS1', 'C0COMMS');
    const answers = await bot.slackApi.waitFor('response_url', 2);
    expect(shown(answers[1]?.body)).toContain(id);
    await bot.command('escalaties', 'U0REPORTER', 'C0GENERAL');
    const more = await bot.slackApi.waitFor('response_url', 3);
    expect(shown(more[2]?.body)).toContain('niet gekoppeld aan een afdeling');
  });
});

describe('a bot process stopped between commit and post', () => {
  it('delivers the escalation exactly once when it comes back', async () => {
    const dataDir = (await import('node:fs')).mkdtempSync((await import('node:path')).join((await import('node:os')).tmpdir(), 'richtlijnenbot-restart-'));
    await bot.close();
    bot = await startPlatforms({ ESCALATION_SLACK_CHANNEL: 'C0COMMS', DATA_DIR: dataDir });
    const { id } = await report();
    await bot.close(); // stopped before its outbox ran
    bot = await startPlatforms({ ESCALATION_SLACK_CHANNEL: 'C0COMMS', DATA_DIR: dataDir });
    // The outbox loop's first round and this call race for the job; whichever leases it delivers it.
    await bot.worker.runOnce();
    await bot.slackApi.waitFor('chat.postMessage');
    expect(await bot.worker.runOnce()).toBe(0);
    const cards = bot.slackApi.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0COMMS');
    expect(cards).toHaveLength(1);
    expect(shown(cards[0]?.body)).toContain(id);
  });
});
