import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlatforms, type Platforms } from '../support/platform-harness.js';
import { teamsActivity } from '../support/teams-harness.js';

/*
 * Which language a reply comes in, through the whole bot (real Bolt app, real CloudAdapter,
 * real database): the message's own language; without one the person's choice ("taal en");
 * without that DEFAULT_LANG, whatever the client's locale says.
 */

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms();
});
afterEach(async () => {
  await bot.close();
});

const json = (value: unknown) => JSON.stringify(value ?? {});
const english = { locale: 'en-US', entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }] };

describe('Teams, on a client whose locale is en-US', () => {
  it('welcomes and helps in the organisation’s language (DEFAULT_LANG nl)', async () => {
    await bot.teams(teamsActivity(bot.connector.url, '', 'personal', { type: 'installationUpdate', action: 'add', text: undefined, ...english }));
    await bot.teams(teamsActivity(bot.connector.url, 'help', 'personal', english));
    const [welcome, help] = await bot.connector.waitForActivities(2);
    expect(json(welcome?.body)).toContain('Welkom bij Richtlijnenbot');
    expect(json(help?.body)).toContain('Richtlijnenbot: zo werkt het');
  });

  it('answers a question in its own language', async () => {
    await bot.teams(teamsActivity(bot.connector.url, 'can I post a photo of a colleague?', 'personal', english));
    await bot.teams(teamsActivity(bot.connector.url, 'mag ik een foto van een collega posten?', 'personal', english));
    const [en, nl] = await bot.connector.waitForActivities(2);
    expect(json(en?.body)).toContain('Portrait rights, copyright and quotation right');
    expect(json(nl?.body)).toContain('Beeld-, auteurs- en citaatrecht');
  });

  it('keeps "taal en" for that person: help and tips in English from then on, others still in Dutch', async () => {
    await bot.teams(teamsActivity(bot.connector.url, 'taal en'));
    await bot.teams(teamsActivity(bot.connector.url, 'help'));
    await bot.teams(
      teamsActivity(bot.connector.url, 'help', 'personal', { from: { id: '29:bert', name: 'Bert', aadObjectId: '6c1b2d1e-0000-4000-8000-00000000b0b0' } }),
    );
    const [chosen, help, other] = await bot.connector.waitForActivities(3);
    expect(json(chosen?.body)).toContain('from now on I will answer you in English');
    expect(json(help?.body)).toContain('Richtlijnenbot: how it works');
    expect(json(other?.body)).toContain('Richtlijnenbot: zo werkt het');
    const rows = await bot.db.kysely.selectFrom('language_choices').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(json(rows)).not.toMatch(/6c1b2d1e|29:1asker|Anne/);
  });
});

describe('Slack', () => {
  it('keeps "language en" per person until "taal nl"', async () => {
    await bot.command('language en', 'U0ANNE');
    await bot.command('tip', 'U0ANNE');
    await bot.command('tip', 'U0BERT');
    await bot.command('taal nl', 'U0ANNE');
    await bot.command('tip', 'U0ANNE');
    const answers = await bot.slackApi.waitFor('response_url', 5);
    expect(answers.map((a) => (json(a.body).includes('Tip of the day') ? 'en' : json(a.body).includes('Tip van de dag') ? 'nl' : '-'))).toEqual([
      '-',
      'en',
      'nl',
      '-',
      'nl',
    ]);
  });
});
