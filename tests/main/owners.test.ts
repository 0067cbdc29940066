import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slackClick, startPlatforms, type Platforms } from '../support/platform-harness.js';
import { teamsActivity } from '../support/teams-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms({ ESCALATION_SLACK_CHANNEL: 'C0COMMS', ESCALATION_TEAMS_CHANNEL: '19:comms@thread.tacv2' });
  bot.slackApi.members = ['U0COMMS1'];
});
afterEach(async () => {
  await bot.close();
});

const shown = (body: Record<string, unknown> | undefined) => JSON.stringify(body ?? {}, (key, value: unknown) => (key === 'value' ? undefined : value));
const DRAFT = 'Vertrouwelijk: Pietje Puk van Bakkerij Zwaluw heeft kanker, bel 06-12345678';

async function allRows(): Promise<Record<string, Array<Record<string, unknown>>>> {
  await bot.signals.flush();
  const tables = [
    'feedback',
    'conversations',
    'escalations',
    'escalation_events',
    'escalation_posts',
    'bindings',
    'outbox',
    'tip_subscriptions',
    'tip_posts',
    'question_signals',
    'check_signals',
    'digest_posts',
  ] as const;
  const out: Record<string, Array<Record<string, unknown>>> = {};
  for (const table of tables) out[table] = (await bot.db.kysely.selectFrom(table).selectAll().execute()) as Array<Record<string, unknown>>;
  return out;
}

describe('what is stored', () => {
  it('holds no user id outside the people of an escalation, and no draft anywhere', async () => {
    await bot.command('mag ik een foto van een collega posten?', 'U0ALICE');
    await bot.command('wat is het wifi-wachtwoord van collega Mark de Vries? bel 06-87654321', 'U0ALICE');
    await bot.command(`check ${DRAFT}`, 'U0ALICE');
    await bot.command(`mag ik dit posten? ${DRAFT}`, 'U0BOB');
    await bot.teams(teamsActivity(bot.connector.url, `check ${DRAFT}`));
    await bot.teams(teamsActivity(bot.connector.url, 'regel 7'));
    await bot.command('escaleer https://x.com/1 boze reacties', 'U0CAROL');
    await bot.slackApi.waitFor('response_url', 5);
    await bot.connector.waitForActivities(2);
    await bot.worker.runOnce();
    const rows = await allRows();
    const everything = JSON.stringify(rows);
    for (const word of ['Pietje', 'Zwaluw', 'kanker', '12345678', '87654321', 'Mark']) expect(everything, word).not.toContain(word);
    const withoutPeople = JSON.stringify({
      ...rows,
      escalations: rows.escalations?.map(({ reporter: _r, claimed_by: _c, resolved_by: _v, ...rest }) => rest),
      escalation_events: rows.escalation_events?.map(({ actor: _a, ...rest }) => rest),
    });
    for (const id of ['U0ALICE', 'U0BOB', 'U0CAROL', '29:1asker-teams-id', '6c1b2d1e-0000-4000-8000-00000000a5ce', 'Anne Asker'])
      expect(withoutPeople, id).not.toContain(id);
    expect(rows.question_signals).toHaveLength(2);
    expect(rows.question_signals?.find((q) => q.item_id === null)?.masked_text).toBe('wat is het wifi-wachtwoord van collega [naam]? bel [telefoon]');
    expect(rows.check_signals?.map((c) => c.verdict)).toEqual(['rood', 'rood', 'rood']);
  });
});

describe('stats and export', () => {
  it('are refused outside a department channel', async () => {
    await bot.command('stats', 'U0ALICE', 'C0GENERAL');
    const [answer] = await bot.slackApi.waitFor('response_url');
    expect(shown(answer?.body)).toContain('voor de afdeling die de richtlijnen beheert');
  });

  it('show the figures of a period in a department channel, with unanswered questions to turn into examples', async () => {
    await bot.command('wat eten we vanavond bij collega Jansen?', 'U0ALICE');
    await bot.command('mag ik een foto van een collega posten?', 'U0ALICE');
    await bot.command('stats 7', 'U0COMMS1', 'C0COMMS');
    const answers = await bot.slackApi.waitFor('response_url', 3);
    const stats = shown(answers[2]?.body);
    expect(stats).toContain('Social media in cijfers');
    expect(stats).toContain('2 gesteld, 1 beantwoord (50%)');
    expect(stats).toContain('collega [naam]');
    const button = ((answers[2]?.body.blocks ?? []) as Array<{ elements?: Array<{ action_id?: string; value?: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'follow_up_0')?.value;
    expect(button).toContain('voorbeeldvraag ');
    await bot.interact(slackClick(bot, { actionId: 'follow_up_0', value: button as string, user: 'U0COMMS1', channel: 'C0COMMS' }));
    const suggestion = await bot.slackApi.waitFor('response_url', 4);
    expect(shown(suggestion[3]?.body)).toContain('examples:');
  });

  it('export uploads CSV files to the department channel', async () => {
    await bot.command('escaleer https://x.com/1 =cmd|calc', 'U0CAROL');
    await bot.command('export 30', 'U0COMMS1', 'C0COMMS');
    await bot.slackApi.waitFor('response_url', 2);
    const uploads = bot.slackApi.calls.filter((c) => c.method.startsWith('files.'));
    expect(uploads.length).toBeGreaterThan(0);
  });
});

describe('the weekly digest', () => {
  it('goes to the default department on Slack and Teams on Monday morning, once', async () => {
    await bot.teams(
      teamsActivity(bot.connector.url, '', 'channel', {
        type: 'installationUpdate',
        action: 'add',
        text: undefined,
        conversation: { id: '19:comms@thread.tacv2', conversationType: 'channel', isGroup: true, tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
      }),
    );
    await bot.connector.waitForActivities(1);
    await bot.command('mag ik een foto van een collega posten?', 'U0ALICE');
    await bot.slackApi.waitFor('response_url');
    bot.clock.set('2026-11-30T07:31:00Z'); // Monday 08:31 in Amsterdam
    expect(await bot.digest.tick()).toBe(2);
    expect(await bot.digest.tick()).toBe(0);
    const slack = bot.slackApi.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0COMMS');
    expect(shown(slack?.body)).toContain('Social media in cijfers');
    const teams = bot.connector.activities.find((a) => JSON.stringify(a.body).includes('Social media in cijfers'));
    expect(teams?.conversationId).toBe('19:comms@thread.tacv2');
    // Next to the text, the console's questions-per-day chart as a PNG: a Slack file and a Teams image.
    const upload = bot.slackApi.calls.find((c) => c.method === '/upload/F0FILE');
    expect(upload).toBeDefined();
    const complete = bot.slackApi.callsOf('files.completeUploadExternal')[0];
    expect(complete?.body.channel_id).toBe('C0COMMS');
    expect(JSON.stringify(complete?.body)).toContain('Vragen per dag');
    const image = bot.connector.activities.find((a) => JSON.stringify(a.body).includes('data:image/png;base64,'));
    const png = /data:image\/png;base64,([A-Za-z0-9+/=]+)/.exec(JSON.stringify(image?.body))?.[1] as string;
    expect(Buffer.from(png, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });
});
