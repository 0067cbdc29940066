import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formOf, signedIn, startConsoleBot } from '../../support/console-form.js';
import { type Platforms, slackClick } from '../../support/platform-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startConsoleBot();
});
afterEach(async () => {
  await bot.close();
});

type Block = { elements?: Array<{ action_id?: string; value?: string }> };

/** Asks in Slack; the answer's item (its first citation) and the value of its 👎 button. */
async function ask(text: string): Promise<{ body: string; down: string | undefined }> {
  const before = bot.slackApi.callsOf('response_url').length;
  await bot.command(text, 'U0CAROL');
  const answer = (await bot.slackApi.waitFor('response_url', before + 1))[before]?.body as { blocks?: Block[] };
  const down = (answer.blocks ?? []).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'feedback_down')?.value;
  return { body: JSON.stringify(answer), down };
}

/** A click on a button of a private answer in Slack, signed as Slack signs it. */
async function click(actionId: string, value: string): Promise<void> {
  const before = bot.slackApi.callsOf('response_url').length;
  await bot.interact(slackClick(bot, { actionId, value, user: 'U0CAROL', channel: 'C0GENERAL', ephemeral: true }));
  await bot.slackApi.waitFor('response_url', before + 1);
}

describe('a 👎 in the console overview', () => {
  it('becomes an example of another item in one click; once published the bot answers with that item and the 👎 leaves the list', async () => {
    const question = 'Mag ik op LinkedIn reageren op een vacature van een concurrent, bel me op 0612345678?';
    const asked = await ask(question);
    expect(asked.down).toMatch(/^nl:regel-\d:[^:]*:.*\[telefoon\]/); // the button carries the question back, masked
    const voted = /^nl:([\w-]+):/.exec(asked.down as string)?.[1] as string;
    await click('feedback_down', asked.down as string);

    const comms = await signedIn(bot, 'U0COMMS1');
    const overview = (await comms.get('/console/')).html;
    const masked = 'Mag ik op LinkedIn reageren op een vacature van een concurrent, bel me op [telefoon]?';
    expect(overview).toContain('Antwoorden met een 👎 (vragen gemaskeerd)');
    expect(overview).toContain(masked);
    expect(overview).not.toContain('0612345678');
    const link = /<li>Mag ik op LinkedIn[^<]*<span class="muted">\(👎 op [^)]+\)<\/span> · <a href="(\/console\/kennis\/item\?id=[^"]+)">Maak voorbeeld van/
      .exec(overview)?.[1]
      ?.replace(/&amp;/g, '&');
    expect(link).toBeDefined();
    const target = new URL(link as string, bot.url).searchParams.get('id') as string;
    expect(target).not.toBe(voted);

    const edit = await comms.get(link as string);
    expect(edit.html).toContain(`${masked}</textarea>`);
    const reviewed = await comms.post('/console/kennis/item', { ...formOf(edit.html, '/console/kennis/item'), vraag: masked });
    const draft = /name="concept" value="([^"]+)"/.exec(reviewed.html)?.[1] as string;
    expect((await comms.post('/console/kennis/publiceer', { concept: draft, vraag: masked, bevestig: 'ja' })).status).toBe(303);

    expect((await comms.get('/console/')).html).not.toContain(masked);
    expect(await bot.db.kysely.selectFrom('feedback').select(['item_id', 'vote', 'masked_text']).execute()).toEqual([
      { item_id: voted, vote: 'down', masked_text: null },
    ]);
    expect((await ask(question)).down).toMatch(new RegExp(`^nl:${target}:`));
  }, 20_000);

  it('keeps no question with a 👍', async () => {
    const asked = await ask('Mag ik een foto van een collega posten?');
    await click('feedback_up', asked.down as string);
    expect(await bot.db.kysely.selectFrom('feedback').select(['vote', 'masked_text']).execute()).toEqual([{ vote: 'up', masked_text: null }]);
  });
});
