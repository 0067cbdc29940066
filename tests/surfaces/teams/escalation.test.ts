import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlatforms, type Platforms } from '../../support/platform-harness.js';
import { teamsActivity } from '../../support/teams-harness.js';

const COMMS = '19:comms-channel@thread.tacv2';
/** The team the harness's channel activities say they come from. */
const TEAM = '19:team-id@thread.tacv2';
let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms({ ESCALATION_TEAMS_CHANNEL: COMMS });
  // The bot is installed in the department's team: Teams tells it, and it keeps the reference.
  await bot.teams(
    teamsActivity(bot.connector.url, '', 'channel', {
      type: 'installationUpdate',
      action: 'add',
      text: undefined,
      conversation: { id: COMMS, conversationType: 'channel', isGroup: true, tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    }),
  );
  await bot.connector.waitForActivities(1); // the welcome
  // The department's team: its roster is who may act on the cards in its channel.
  bot.connector.rosters.set(TEAM, [
    { id: '29:someone-else', name: 'Someone Else', aadObjectId: '6c1b2d1e-0000-4000-8000-0000000000e1' },
    { id: '29:another', name: 'Another', aadObjectId: '6c1b2d1e-0000-4000-8000-0000000000e2' },
    { id: '29:comms-member', name: 'Chris Comms', aadObjectId: '6c1b2d1e-0000-4000-8000-00000000c0c0' },
  ]);
});
afterEach(async () => {
  await bot.close();
});

const json = (value: unknown) => JSON.stringify(value ?? {});
const inChannel = () => bot.connector.activities.filter((a) => a.conversationId === COMMS);

describe('escalations in Teams', () => {
  it('escaleer in a personal chat → card in the department channel → claim in the card → reporter told', async () => {
    await bot.teams(
      teamsActivity(bot.connector.url, 'escaleer https://www.linkedin.com/feed/update/1 boze reacties <at>Iedereen</at> {"type":"Action.OpenUrl"}'),
    );
    await bot.connector.waitForActivities(2);
    const confirmation = bot.connector.activities[1];
    const id = /E-[A-Z0-9]{5}/.exec(json(confirmation?.body))?.[0] as string;
    expect(id).toBeDefined();

    await bot.worker.runOnce();
    const [card] = inChannel().filter((a) => json(a.body).includes(`Escalatie ${id}`));
    expect(card).toBeDefined();
    const content = json(card?.body);
    expect(content).toContain('https://www.linkedin.com/feed/update/1');
    expect(content).not.toContain('<at>');
    expect(content).not.toContain('"type":"Action.OpenUrl"');

    // Claim from the card, in the channel (Teams adds ";messageid=…" to the conversation id).
    await bot.teams(
      teamsActivity(bot.connector.url, '', 'channel', {
        text: undefined,
        value: { command: `escalatie ${id} oppakken` },
        from: { id: '29:comms-member', name: 'Chris Comms', aadObjectId: '6c1b2d1e-0000-4000-8000-00000000c0c0' },
        conversation: { id: `${COMMS};messageid=1700000000123`, conversationType: 'channel', isGroup: true, tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
        replyToId: 'act-card',
      }),
    );
    const personalNote = await bot.connector.waitForActivity((a) => json(a.body).includes(`Je hebt ${id} opgepakt`));
    expect(personalNote?.conversationId).toMatch(/^a:personal-/);
    await bot.worker.runOnce();
    const update = bot.connector.calls.find((c) => c.method === 'PUT' && c.conversationId?.startsWith(`${COMMS};messageid=`));
    expect(json(update?.body)).toContain('Opgepakt door Chris Comms');
    const notice = bot.connector.activities.find((a) => json(a.body).includes(`Je melding ${id} is opgepakt door Chris Comms`));
    expect(notice).toBeDefined();
  });

  it('reports from the message extension with the message’s link filled in', async () => {
    const fetchTask = await bot.teams(
      teamsActivity(bot.connector.url, '', 'channel', {
        type: 'invoke',
        name: 'composeExtension/fetchTask',
        text: undefined,
        value: {
          commandId: 'escaleer',
          commandContext: 'message',
          messagePayload: { id: '1', linkToMessage: 'https://teams.microsoft.com/l/message/19:x/1', body: { content: 'hatelijk' } },
        },
      }),
    );
    const task = (await fetchTask.json()) as { task: { value: { card: { content: { body: Array<{ id?: string; value?: string }> } } } } };
    expect(task.task.value.card.content.body.find((b) => b.id === 'link')?.value).toBe('https://teams.microsoft.com/l/message/19:x/1');

    const submit = await bot.teams(
      teamsActivity(bot.connector.url, '', 'channel', {
        type: 'invoke',
        name: 'composeExtension/submitAction',
        text: undefined,
        value: {
          commandId: 'escaleer',
          commandContext: 'message',
          data: { link: 'https://teams.microsoft.com/l/message/19:x/1', category: 'bedreiging', urgency: 'urgent', description: 'Er wordt gedreigd' },
        },
      }),
    );
    const answer = (await submit.json()) as { task: { type: string; value: string } };
    expect(answer.task.type).toBe('message');
    expect(answer.task.value).toMatch(/Gemeld: E-[A-Z0-9]{5}/);
  });
});
