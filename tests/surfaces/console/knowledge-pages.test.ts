import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ask, formOf, signedIn, startConsoleBot } from '../../support/console-form.js';
import type { Platforms } from '../../support/platform-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startConsoleBot();
});
afterEach(async () => {
  await bot.close();
});

const ITEM = '/console/kennis/item';
/** The item form as the page shows it, with `changes` typed over it. */
const itemForm = (html: string, changes: Record<string, string> = {}) => formOf(html, ITEM, changes);

describe('the knowledge pages', () => {
  it('edit an answer and the rule text with the error next to the field, review, publish, and show the history with its diff', async () => {
    const comms = await signedIn(bot, 'U0COMMS1');
    const edit = await comms.get('/console/kennis/item?id=regel-7');
    expect(edit.status).toBe(200);

    const empty = await comms.post('/console/kennis/item', itemForm(edit.html, { answer_nl: '   ' }));
    expect(empty.status).toBe(422);
    expect(empty.html).toMatch(/id="f-answer_nl"[^>]*aria-invalid="true" aria-describedby="e-answer_nl"/);
    expect(empty.html).toContain('<span class="field-error" id="e-answer_nl">is empty</span>');
    expect(empty.html).toContain('Niets opgeslagen');

    const emptyRule = await comms.post('/console/kennis/item', itemForm(edit.html, { source_nl: '' }));
    expect(emptyRule.html).toContain('<span class="field-error" id="e-source_nl">is empty</span>');

    const reviewed = await comms.post(
      '/console/kennis/item',
      itemForm(edit.html, { answer_nl: 'Een nieuw antwoord op regel zeven, uit de console.', source_nl: 'De regeltekst van regel zeven, uit de console.' }),
    );
    expect(reviewed.status).toBe(200);
    expect(reviewed.html).toContain('Effect op de antwoorden');
    expect(reviewed.html).toContain('items.regel-7.answer.nl');
    const draft = /name="concept" value="([^"]+)"/.exec(reviewed.html)?.[1] as string;
    const published = await comms.post('/console/kennis/publiceer', { concept: draft, toelichting: 'korter' });
    expect(published.status).toBe(303);
    expect(await ask(bot, 'regel 7')).toContain('Een nieuw antwoord op regel zeven, uit de console.');
    expect(await ask(bot, 'regel 7')).toContain('De regeltekst van regel zeven, uit de console.');

    const history = await comms.get('/console/kennis');
    expect(history.html).toContain('Versie 2 is gepubliceerd');
    expect(history.html).toMatch(/<td>2<\/td><td>publish<\/td><td>communicatie<\/td><td>korter<\/td>/);
    const diff = await comms.get('/console/kennis/verschil?from=1&to=2');
    expect(diff.html).toContain('<th scope="row">items.regel-7.answer.nl</th>');
    expect(diff.html).toContain('<ins>Een nieuw antwoord op regel zeven, uit de console.</ins>');

    expect((await comms.post('/console/kennis/terugzetten', { versie: '1' })).status).toBe(303);
    expect(await ask(bot, 'regel 7')).not.toContain('uit de console');
  }, 20_000);

  it('makes an unanswered question an example in one click; once published the bot answers it and it leaves the unanswered list', async () => {
    const question = 'Mag ik een podcast maken over mijn hobby?';
    const answeredBy = async () => {
      // The clock stands still in these tests: a minute on, so that this question's signal is the newest.
      bot.clock.advance(1);
      await ask(bot, question);
      await bot.signals.flush();
      return (await bot.db.kysely.selectFrom('question_signals').select('item_id').orderBy('at', 'desc').execute())[0]?.item_id;
    };
    expect(await answeredBy()).toBeNull();
    const comms = await signedIn(bot, 'U0COMMS1');
    const overview = await comms.get('/console/');
    const link = /<a href="(\/console\/kennis\/item\?id=[^"]+)">Maak voorbeeld van/.exec(overview.html)?.[1]?.replace(/&amp;/g, '&');
    expect(link).toMatch(/^\/console\/kennis\/item\?id=regel-1&voorbeeld=/);
    const edit = await comms.get(link as string);
    expect(edit.html).toContain(`${question}</textarea>`);
    const reviewed = await comms.post('/console/kennis/item', { ...itemForm(edit.html), vraag: question });
    const draft = /name="concept" value="([^"]+)"/.exec(reviewed.html)?.[1] as string;
    expect(reviewed.html).toContain(`name="vraag" value="${question}"`);
    expect((await comms.post('/console/kennis/publiceer', { concept: draft, vraag: question })).status).toBe(303);
    expect((await comms.get('/console/')).html).not.toContain(question);
    expect(await answeredBy()).toBe('regel-1');
  }, 20_000);

  it('shows a department member 403 and publishes nothing for them', async () => {
    await bot.command('afdeling koppel juridisch', 'U0COMMS1', 'C0JURIDISCH');
    const jurist = await signedIn(bot, 'U0JURIST');
    expect((await jurist.get('/console/kennis')).status).toBe(403);
    expect((await jurist.post('/console/kennis/terugzetten', { versie: '1' })).status).toBe(403);
    expect(await bot.db.kysely.selectFrom('knowledge_versions').select('number').execute()).toEqual([{ number: 1 }]);
  });
});
