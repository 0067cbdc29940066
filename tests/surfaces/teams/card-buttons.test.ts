import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlatforms, type Platforms } from '../../support/platform-harness.js';
import { TENANT, teamsActivity } from '../../support/teams-harness.js';

/*
 * Every kind of card button, through the real CloudAdapter behind the bot's HTTP server, as a
 * Teams client sends it: plain `data` (Action.Submit) comes as a message with `value`;
 * Action.Execute comes as an `adaptiveCard/action` invoke, answered in the HTTP response.
 */

const COMMS = '19:comms-channel@thread.tacv2';
/** The team the harness's channel activities say they come from; its roster says who may act on a card. */
const TEAM = '19:team-id@thread.tacv2';
let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms({ ESCALATION_TEAMS_CHANNEL: COMMS });
});
afterEach(async () => {
  await bot.close();
});

const json = (value: unknown) => JSON.stringify(value ?? {});
const posted = () => bot.connector.calls.filter((c) => c.method === 'POST');

/** A press on an Action.Execute button of the card `replyToId`. */
function execute(data: Record<string, unknown>, verb: string, extra: Record<string, unknown> = {}) {
  return teamsActivity(bot.connector.url, '', 'personal', {
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    replyToId: 'act-answer-1',
    value: { action: { type: 'Action.Execute', title: 'x', verb, data }, trigger: 'manual' },
    ...extra,
  });
}

type InvokeBody = { statusCode: number; type: string; value: unknown };

describe('follow-up buttons (plain data)', () => {
  it('answer with one message, in the language of the card they were on', async () => {
    const res = await bot.teams(
      teamsActivity(bot.connector.url, '', 'personal', { text: undefined, value: { command: 'tip', lang: 'en' }, replyToId: 'act-answer-1' }),
    );
    expect(res.status).toBe(200);
    // The adapter answers the request once the turn is done: what was sent is all there will be.
    expect(posted()).toHaveLength(1);
    expect(json(posted()[0]?.body)).toContain('Tip of the day');
  });
});

describe('👍 / 👎 (Action.Execute)', () => {
  it('are answered on the card itself: the same answer, thanks instead of the buttons, no new message', async () => {
    const vote = { feedback: 'up', itemId: 'tip-auteursrecht', lang: 'nl', alternatives: ['regel-1'] };
    const res = await bot.teams(execute(vote, 'vote'));
    const body = (await res.json()) as InvokeBody;
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = json(body.value);
    expect(card).toContain('Beeld-, auteurs- en citaatrecht');
    expect(card).toContain('Bedankt, fijn dat je er iets aan had!');
    expect(card).toContain('Meer over regel 1');
    expect(card).not.toContain('"verb":"vote"');
    expect(posted()).toEqual([]);
  });

  it('count once per person per card: a second vote replaces the first; nobody’s id is stored', async () => {
    const vote = (feedback: string, extra: Record<string, unknown> = {}) =>
      bot.teams(execute({ feedback, itemId: 'regel-7', lang: 'nl', alternatives: [] }, 'vote', extra));
    await vote('up');
    await vote('up');
    await vote('down');
    await vote('up', { from: { id: '29:someone-else', name: 'Bert', aadObjectId: '6c1b2d1e-0000-4000-8000-00000000b0b0' } });
    await vote('up', { replyToId: 'act-answer-2' });
    const rows = await bot.db.kysely.selectFrom('feedback').selectAll().execute();
    expect(rows.map((r) => r.vote).sort()).toEqual(['down', 'up', 'up']);
    expect(json(rows)).not.toMatch(/6c1b2d1e|29:|Anne|act-answer/);
  });

  it('a 👎 keeps the question the card carries, masked; a 👍 keeps none', async () => {
    const asked = 'Mag ik een foto van Jan (jan@example.nl) posten?';
    await bot.teams(execute({ feedback: 'down', itemId: 'regel-1', lang: 'nl', alternatives: [], asked }, 'vote'));
    await bot.teams(execute({ feedback: 'up', itemId: 'regel-7', lang: 'nl', alternatives: [], asked }, 'vote'));
    const rows = await bot.db.kysely.selectFrom('feedback').select(['item_id', 'masked_text']).orderBy('item_id').execute();
    expect(rows).toEqual([
      { item_id: 'regel-1', masked_text: 'Mag ik een foto van Jan ([e-mail]) posten?' },
      { item_id: 'regel-7', masked_text: null },
    ]);
  });

  it('from an older card (Action.Submit) still count, and update that card in place', async () => {
    const res = await bot.teams(
      teamsActivity(bot.connector.url, '', 'personal', {
        text: undefined,
        value: { feedback: 'down', itemId: 'regel-3', lang: 'en' },
        replyToId: 'act-old-card',
      }),
    );
    expect(res.status).toBe(200);
    expect(posted()).toEqual([]); // no new message …
    const put = bot.connector.calls.find((c) => c.method === 'PUT');
    expect(put?.path).toMatch(/\/activities\/act-old-card$/);
    expect(json(put?.body)).toContain('Thanks for your feedback');
  });
});

describe('escalation buttons (Action.Execute) in the department channel', () => {
  it('claim: a note for the one who pressed on the card, the card updated for everyone, no note in the channel', async () => {
    await bot.teams(
      teamsActivity(bot.connector.url, '', 'channel', {
        type: 'installationUpdate',
        action: 'add',
        text: undefined,
        conversation: { id: COMMS, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      }),
    );
    await bot.teams(teamsActivity(bot.connector.url, 'escaleer https://x.com/1 boze reacties'));
    await bot.connector.waitForActivities(2);
    const id = /E-[A-Z0-9]{5}/.exec(json(bot.connector.activities[1]?.body))?.[0] as string;
    await bot.worker.runOnce();
    const card = bot.connector.activities.find((a) => a.conversationId === COMMS && json(a.body).includes(`Escalatie ${id}`));
    expect(json(card?.body)).toContain('"type":"Action.Execute"');
    const before = posted().length;
    bot.connector.rosters.set(TEAM, [{ id: '29:comms-member', name: 'Chris Comms', aadObjectId: '6c1b2d1e-0000-4000-8000-00000000c0c0' }]);

    const chris = { from: { id: '29:comms-member', name: 'Chris Comms', aadObjectId: '6c1b2d1e-0000-4000-8000-00000000c0c0' } };
    const inChannel = { conversation: { id: `${COMMS};messageid=1700000000123`, conversationType: 'channel', isGroup: true, tenantId: TENANT } };
    const res = await bot.teams(execute({ command: `escalatie ${id} oppakken`, lang: 'nl' }, 'command', { ...chris, ...inChannel }));
    const body = (await res.json()) as InvokeBody;
    expect(body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: `Je hebt ${id} opgepakt. De melder weet het.` });
    expect(posted().length).toBe(before); // nothing new in the channel or anywhere
    await bot.worker.runOnce();
    const update = bot.connector.calls.find((c) => c.method === 'PUT');
    expect(json(update?.body)).toContain('Opgepakt door Chris Comms');
    expect(bot.connector.activities.some((a) => json(a.body).includes('een concept laat ik niet'))).toBe(false);
  });
});

describe('replies meant for one person, asked in a channel', () => {
  it('say "a draft I never show others" only for a draft; anything else just says where the answer went', async () => {
    await bot.teams(teamsActivity(bot.connector.url, 'check Wat een idioot is mijn baas', 'channel'));
    await bot.teams(teamsActivity(bot.connector.url, 'escalatie E-NOPE1 oppakken', 'channel'));
    await bot.connector.waitForActivities(4);
    const notes = bot.connector.activities.filter((a) => a.conversationId?.startsWith('19:general-channel')).map((a) => String(a.body.text));
    expect(notes).toEqual([
      'Ik heb je persoonlijk geantwoord, in je chat met mij: een concept laat ik niet aan anderen zien.',
      'Ik heb je persoonlijk geantwoord, in je chat met mij.',
    ]);
  });
});
