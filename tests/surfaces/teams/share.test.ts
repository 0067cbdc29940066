import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlatforms, type Platforms } from '../../support/platform-harness.js';
import { teamsActivity } from '../../support/teams-harness.js';

/** The harness's channel and its team (teamsActivity's defaults). */
const GENERAL = '19:general-channel@thread.tacv2';
const TEAM = '19:team-id@thread.tacv2';
const ANNE = { id: '29:1asker-teams-id', name: 'Anne Asker', aadObjectId: '6c1b2d1e-0000-4000-8000-00000000a5ce' };

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms();
  bot.connector.rosters.set(TEAM, [ANNE]);
});
afterEach(async () => {
  await bot.close();
});

const json = (value: unknown) => JSON.stringify(value ?? {});
type Action = { type: string; title: string; data?: Record<string, unknown> };

/** Asks for a tip in the channel; returns the private answer's "Deel in kanaal" button. */
async function privateTipButton(): Promise<Action | undefined> {
  await bot.teams(teamsActivity(bot.connector.url, 'tip', 'channel'));
  const card = await bot.connector.waitForActivity((a) => a.conversationId?.startsWith('a:personal-') === true && json(a.body).includes('Tip van de dag'));
  const content = (card.body.attachments as Array<{ content: { actions?: Action[] } }>)[0]?.content;
  return content?.actions?.find((a) => a.title === 'Deel in kanaal');
}

/** Clicks a button in the personal chat with the bot, as Teams posts an Action.Submit. */
const click = (value: unknown) => bot.teams(teamsActivity(bot.connector.url, '', 'personal', { text: undefined, value }));
const postedInChannel = () => bot.connector.activitiesIn(GENERAL);

describe('"Deel in kanaal" in Teams', () => {
  it('a tip answered privately can be shared in the channel it was asked in, made again from its id', async () => {
    const button = await privateTipButton();
    expect(button?.data).toEqual({ share: { kind: 'tip', id: expect.any(String), lang: 'nl' }, to: GENERAL });
    const before = postedInChannel().length;
    await click(button?.data);
    await bot.connector.waitForActivity((a) => json(a.body).includes('Gedeeld.'));
    const shared = postedInChannel().slice(before);
    expect(shared).toHaveLength(1);
    expect(json(shared[0]?.body)).toContain('Tip van de dag');
    expect(json(shared[0]?.body)).toContain('Anne Asker');
  });

  it.each([
    ['a command', { share: 'afdeling koppel communicatie', to: GENERAL }],
    ['free text dressed as a reference', { share: { kind: 'tip', id: 'tip-1', lang: 'nl', text: 'Iedereen is ontslagen' }, to: GENERAL }],
  ])('refuses %s, posting nothing and running nothing', async (_what, value) => {
    const before = postedInChannel().length;
    await click(value);
    await bot.connector.waitForActivity((a) => json(a.body).includes('Dat kan ik niet delen'));
    expect(postedInChannel()).toHaveLength(before);
    expect(await bot.db.kysely.selectFrom('bindings').selectAll().execute()).toEqual([]);
  });

  it('shares only where the clicker is in the conversation (the team’s roster)', async () => {
    const button = await privateTipButton();
    bot.connector.rosters.set(TEAM, []);
    bot.clock.advance(6); // past the roster cache
    const before = postedInChannel().length;
    await click(button?.data);
    await bot.connector.waitForActivity((a) => json(a.body).includes('waar je zelf in zit'));
    expect(postedInChannel()).toHaveLength(before);
  });
});
