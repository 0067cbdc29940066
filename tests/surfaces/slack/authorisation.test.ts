import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slackClick, startPlatforms, type Platforms } from '../../support/platform-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms({ ESCALATION_SLACK_CHANNEL: 'C0COMMS', ADMIN_SLACK_USERS: 'U0ADMIN' });
  bot.slackApi.channelMembers.set('C0COMMS', ['U0COMMS1', 'U0COMMS2', 'U0COMMS3']);
  bot.slackApi.channelMembers.set('C0LEGAL', ['U0LAWYER', 'U0COMMS1']);
});
afterEach(async () => {
  await bot.close();
});

const shown = (body: Record<string, unknown> | undefined) => JSON.stringify(body ?? {}, (key, value: unknown) => (key === 'value' ? undefined : value));

/** Runs a slash command and returns what the user saw. */
async function say(text: string, user: string, channel: string): Promise<string> {
  const before = bot.slackApi.callsOf('response_url').length;
  await bot.command(text, user, channel);
  const answers = await bot.slackApi.waitFor('response_url', before + 1);
  return shown(answers[before]?.body);
}

const bindings = () => bot.db.kysely.selectFrom('bindings').selectAll().execute();
const WHO_CAN = 'de leden van het kanaal van Communicatie en de beheerders van de bot';

describe('binding a channel to a department', () => {
  it('is refused to an employee, saying who can, and binds nothing', async () => {
    expect(await say('afdeling koppel juridisch', 'U0LAWYER', 'C0LEGAL')).toContain(WHO_CAN);
    expect(await bindings()).toEqual([]);
  });

  it('is done by a member of the communication department’s channel (every page of it) or a named admin', async () => {
    expect(await say('afdeling koppel juridisch', 'U0COMMS3', 'C0LEGAL')).toContain('Dit kanaal ontvangt vanaf nu de escalaties van Juridische zaken');
    expect(bot.slackApi.callsOf('conversations.members').filter((c) => c.body.channel === 'C0COMMS')).toHaveLength(2); // two pages
    expect(bot.slackApi.callsOf('conversations.info').map((c) => c.body.channel)).toEqual(['C0LEGAL']);
    expect(await say('afdeling koppel directie', 'U0ADMIN', 'C0BOARD')).toContain('Directie');
    expect((await bindings()).map((b) => [b.channel_id, b.department])).toEqual([
      ['C0LEGAL', 'juridisch'],
      ['C0BOARD', 'directie'],
    ]);
  });

  it.each([
    ['a group DM', 'G0GROUPDM', {}, 'geen persoonlijk of groepsgesprek'],
    ['a direct message', 'D0DIRECT', {}, 'niet in een persoonlijke chat'],
    ['a channel without the bot', 'C0NOBOT', { is_member: false }, 'Ik zit niet in dit kanaal'],
    ['a channel Slack will not describe (a private one without the bot)', 'C0GONE', { __fail: true }, 'Ik zit niet in dit kanaal'],
  ])('refuses %s, whoever asks', async (_what, channel, info, expected) => {
    if ('__fail' in info) bot.slackApi.failNext('conversations.info', { status: 200, body: { ok: false, error: 'channel_not_found' } });
    else bot.slackApi.channelInfo.set(channel, info);
    expect(await say('afdeling koppel juridisch', 'U0ADMIN', channel)).toContain(expected);
    expect(await bindings()).toEqual([]);
  });

  it('is undone with "afdeling ontkoppel", by the communication department only', async () => {
    await say('afdeling koppel juridisch', 'U0COMMS1', 'C0LEGAL');
    expect(await say('afdeling ontkoppel', 'U0LAWYER', 'C0LEGAL')).toContain(WHO_CAN);
    expect(await bindings()).toHaveLength(1);
    expect(await say('afdeling ontkoppel', 'U0COMMS1', 'C0LEGAL')).toContain('Dit kanaal ontvangt geen escalaties van Juridische zaken meer');
    expect(await bindings()).toEqual([]);
  });
});

describe('figures, exports and the digest’s buttons', () => {
  it('are refused to a member of another department’s channel, even there', async () => {
    await say('afdeling koppel juridisch', 'U0COMMS1', 'C0LEGAL');
    expect(await say('stats', 'U0LAWYER', 'C0LEGAL')).toContain(WHO_CAN);
    expect(await say('export', 'U0LAWYER', 'C0LEGAL')).toContain(WHO_CAN);
    expect(bot.slackApi.calls.filter((c) => c.method.startsWith('files.'))).toEqual([]);
    await bot.interact(slackClick(bot, { actionId: 'follow_up_0', value: 'voorbeeldvraag wat is het wifi-wachtwoord?', user: 'U0LAWYER', channel: 'C0LEGAL' }));
    const answers = await bot.slackApi.waitFor('response_url', 4);
    expect(shown(answers[3]?.body)).toContain(WHO_CAN);
    expect(shown(answers[3]?.body)).not.toContain('examples:');
  });

  it('ask Slack who is in the channel at most every few minutes: someone removed loses access when that time is up', async () => {
    expect(await say('stats', 'U0COMMS2', 'C0COMMS')).toContain('Social media in cijfers');
    const asked = () => bot.slackApi.callsOf('conversations.members').length;
    const before = asked();
    bot.slackApi.channelMembers.set('C0COMMS', ['U0COMMS1']);
    bot.clock.advance(4);
    expect(await say('stats', 'U0COMMS2', 'C0COMMS')).toContain('Social media in cijfers');
    expect(asked()).toBe(before);
    bot.clock.advance(2);
    expect(await say('stats', 'U0COMMS2', 'C0COMMS')).toContain(WHO_CAN);
    expect(asked()).toBeGreaterThan(before);
  });
});

describe('acting on an escalation', () => {
  async function postedEscalation(): Promise<string> {
    const text = await say('escaleer https://x.com/1 boze reacties', 'U0REPORTER', 'C0GENERAL');
    await bot.worker.runOnce();
    return /E-[A-Z0-9]{5}/.exec(text)?.[0] as string;
  }

  it('is accepted only from the channel where its card was posted', async () => {
    const id = await postedEscalation();
    await bot.interact(slackClick(bot, { actionId: 'follow_up_0', value: `escalatie ${id} oppakken`, user: 'U0COMMS1', channel: 'C0LEGAL' }));
    const answers = await bot.slackApi.waitFor('response_url', 2);
    expect(shown(answers[1]?.body)).toContain(`Pas ${id} aan in het kanaal waar de kaart van de escalatie staat`);
    expect((await bot.escalations.list('slack', 'C0COMMS', 'nl')).parts.map((p) => JSON.stringify(p)).join()).toContain('Open: nog niemand');
    await bot.interact(slackClick(bot, { actionId: 'follow_up_0', value: `escalatie ${id} oppakken`, user: 'U0COMMS1', channel: 'C0COMMS' }));
    const more = await bot.slackApi.waitFor('response_url', 3);
    expect(shown(more[2]?.body)).toContain(`Je hebt ${id} opgepakt`);
  });

  it('is refused to someone outside the card’s channel, typed or clicked', async () => {
    const id = await postedEscalation();
    expect(await say(`escalatie ${id} afhandelen klaar`, 'U0LAWYER', 'C0COMMS')).toContain('alleen leden van het kanaal van Communicatie');
    expect(await bot.db.kysely.selectFrom('escalations').select('status').where('id', '=', id).executeTakeFirst()).toEqual({ status: 'open' });
  });
});
