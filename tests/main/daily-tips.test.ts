import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlatforms, type Platforms } from '../support/platform-harness.js';
import { teamsActivity } from '../support/teams-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms();
});
afterEach(async () => {
  await bot.close();
});

const TEAM_CHANNEL = '19:tips-channel@thread.tacv2';
const inTeamsChannel = (extra: Record<string, unknown>) =>
  teamsActivity(bot.connector.url, '', 'channel', {
    conversation: { id: TEAM_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    ...extra,
  });

describe('daily tips end to end', () => {
  it('Slack: subscribe with "dagtip aan", the slot fires, the tip arrives in the channel', async () => {
    await bot.command('dagtip aan', 'U0TEAMLEAD', 'C0TIPS');
    const [confirmation] = await bot.slackApi.waitFor('response_url');
    expect(JSON.stringify(confirmation?.body)).toContain('elke werkdag een tip');
    bot.clock.set('2026-11-24T08:00:10Z'); // Tuesday 09:00:10 in Amsterdam
    expect(await bot.dailyTips.tick()).toBe(1);
    const [tip] = bot.slackApi.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0TIPS');
    expect(JSON.stringify(tip?.body.blocks)).toContain('Tip van de dag');
    expect(JSON.stringify(tip?.body.blocks)).toContain('Meer over ');
    expect(await bot.dailyTips.tick()).toBe(0);
  });

  it('Teams: subscribe in a channel, the slot fires, the tip arrives; a 403 later is logged and skipped', async () => {
    await bot.teams(inTeamsChannel({ type: 'installationUpdate', action: 'add', text: undefined }));
    await bot.teams(inTeamsChannel({ text: '<at>Richtlijnenbot</at> dagtip aan' }));
    await bot.connector.waitForActivities(2);
    bot.clock.set('2026-11-24T08:00:10Z');
    expect(await bot.dailyTips.tick()).toBe(1);
    const tip = bot.connector.activities.at(-1);
    expect(tip?.conversationId).toBe(TEAM_CHANNEL);
    expect(JSON.stringify(tip?.body)).toContain('Tip van de dag');

    bot.connector.failNext(403, 5); // the bot was removed from the team
    bot.clock.set('2026-11-25T08:00:10Z');
    expect(await bot.dailyTips.tick()).toBe(0);
    expect(bot.logger.lines).toContainEqual(expect.objectContaining({ event: 'tip.failed', platform: 'teams', channel: TEAM_CHANNEL }));
  });
});
