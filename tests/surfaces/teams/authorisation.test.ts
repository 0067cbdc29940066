import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleClient, linkIn } from '../../support/console-client.js';
import type { ConnectorCall } from '../../support/fake-bot-connector.js';
import { startPlatforms, type Platforms } from '../../support/platform-harness.js';
import { TENANT, teamsActivity } from '../../support/teams-harness.js';

const COMMS = '19:comms-channel@thread.tacv2';
/** The team the harness's channel activities come from: the communication department's. */
const COMMS_TEAM = '19:team-id@thread.tacv2';
const LEGAL = '19:legal-channel@thread.tacv2';
const LEGAL_TEAM = '19:legal-team@thread.tacv2';
const LOU = { id: '29:lou-lawyer', name: 'Lou Lawyer', aadObjectId: '6c1b2d1e-0000-4000-8000-0000000001a3' };
const CHRIS = { id: '29:comms-member', name: 'Chris Comms', aadObjectId: '6c1b2d1e-0000-4000-8000-00000000c0c0' };
const ADA = { id: '29:ada-admin', name: 'Ada Admin', aadObjectId: '6c1b2d1e-0000-4000-8000-0000000000ad' };

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms({ ESCALATION_TEAMS_CHANNEL: COMMS, ADMIN_TEAMS_USERS: ADA.aadObjectId, PUBLIC_URL: 'https://console.example.nl' });
  await bot.teams(
    teamsActivity(bot.connector.url, '', 'channel', {
      type: 'installationUpdate',
      action: 'add',
      text: undefined,
      conversation: { id: COMMS, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    }),
  );
  await bot.connector.waitForActivities(1); // the welcome
  bot.connector.rosters.set(COMMS_TEAM, [
    { id: '29:someone', name: 'Someone', aadObjectId: '6c1b2d1e-0000-4000-8000-0000000000e1' },
    { id: '29:another', name: 'Another', aadObjectId: '6c1b2d1e-0000-4000-8000-0000000000e2' },
    CHRIS,
  ]);
});
afterEach(async () => {
  await bot.close();
});

/** A mention in the legal department's channel, in its own team, from `from`. */
const inLegal = (text: string, from?: Record<string, unknown>) =>
  teamsActivity(bot.connector.url, text, 'channel', {
    conversation: { id: `${LEGAL};messageid=1700000000999`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: LEGAL_TEAM }, channel: { id: LEGAL } },
    ...(from ? { from } : {}),
  });

/** Sends an activity and returns the text of the bot's answer to it (in the channel or privately). */
async function answer(activity: Record<string, unknown>, expected: string): Promise<ConnectorCall> {
  await bot.teams(activity);
  return bot.connector.waitForActivity((a) => JSON.stringify(a.body).includes(expected));
}

const bindings = () => bot.db.kysely.selectFrom('bindings').selectAll().execute();
const WHO_CAN = 'de leden van het kanaal van Communicatie en de beheerders van de bot';

describe('managing the bot in Teams', () => {
  it('binding a channel is refused to someone outside the communication department’s team, saying who can', async () => {
    await answer(inLegal('afdeling koppel juridisch'), WHO_CAN);
    expect(await bindings()).toEqual([]);
  });

  it('a member of that team’s roster (every page of it, asked through the CloudAdapter) binds', async () => {
    await answer(inLegal('afdeling koppel juridisch', CHRIS), 'ontvangt vanaf nu de escalaties van');
    expect((await bindings()).map((b) => [b.channel_id, b.department])).toEqual([[LEGAL, 'juridisch']]);
    expect(bot.connector.rosterCalls(COMMS_TEAM)).toHaveLength(2);
  });

  it('an admin named in ADMIN_TEAMS_USERS binds without being in the team', async () => {
    await answer(inLegal('afdeling koppel juridisch', ADA), 'ontvangt vanaf nu de escalaties van');
    expect(await bindings()).toHaveLength(1);
    expect(bot.connector.rosterCalls()).toEqual([]);
  });

  it('never binds a group chat or a personal chat', async () => {
    await answer(teamsActivity(bot.connector.url, 'afdeling koppel juridisch', 'groupChat', { from: ADA }), 'geen persoonlijk of groepsgesprek');
    await answer(teamsActivity(bot.connector.url, 'afdeling koppel juridisch', 'personal', { from: ADA }), 'niet in een persoonlijke chat');
    expect(await bindings()).toEqual([]);
  });

  it('asks for the roster at most every few minutes: someone who left the team loses access when that time is up', async () => {
    const stats = (expected: string) =>
      answer(
        teamsActivity(bot.connector.url, 'stats', 'channel', {
          from: CHRIS,
          conversation: { id: `${COMMS};messageid=${Math.random()}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
        }),
        expected,
      );
    await stats('Social media in cijfers');
    const asked = bot.connector.rosterCalls().length;
    bot.connector.rosters.set(COMMS_TEAM, []);
    bot.clock.advance(4);
    bot.connector.calls.length = 0;
    await stats('Social media in cijfers');
    expect(bot.connector.rosterCalls()).toEqual([]);
    bot.clock.advance(2);
    await stats(WHO_CAN);
    expect(bot.connector.rosterCalls().length).toBeGreaterThan(0);
    expect(asked).toBe(2);
  });
});

describe('beheer in Teams', () => {
  it('gives a member of another department’s team (its roster) a console link for that department only; others the same refusal as elsewhere', async () => {
    await answer(inLegal('afdeling koppel juridisch', CHRIS), 'ontvangt vanaf nu de escalaties van');
    bot.connector.rosters.set(LEGAL_TEAM, [LOU]);
    const reply = await answer(teamsActivity(bot.connector.url, 'beheer', 'personal', { from: LOU }), 'console/login?token=');
    const link = linkIn(JSON.stringify(reply.body), bot.url);
    expect(bot.connector.rosterCalls(LEGAL_TEAM).length).toBeGreaterThan(0);
    const client = new ConsoleClient(bot.url);
    expect((await client.signIn(link as string)).status).toBe(303);
    expect((await client.get('/console/escalaties')).html).toContain('afdeling Juridische zaken');
    await answer(teamsActivity(bot.connector.url, 'beheer', 'personal'), 'De webconsole is alleen voor de afdeling die de richtlijnen beheert');
  });
});
