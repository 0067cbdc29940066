import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formOf, saveAndPublish, signedIn, startConsoleBot } from '../../support/console-form.js';
import type { Platforms } from '../../support/platform-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startConsoleBot();
});
afterEach(async () => {
  await bot.close();
});

const drafts = async () => (await bot.db.kysely.selectFrom('knowledge_drafts').select('id').execute()).length;
const versions = async () => (await bot.db.kysely.selectFrom('knowledge_versions').select('number').execute()).length;
const postedIn = (channel: string) => bot.slackApi.callsOf('chat.postMessage').filter((c) => c.body.channel === channel);

describe('editing the tips in the console', () => {
  it('refuses an empty tip with the error next to its field and saves nothing; a published edit is the tip the daily job posts', async () => {
    const comms = await signedIn(bot, 'U0COMMS1');
    const tips = await comms.get('/console/kennis/tips');
    expect(tips.status).toBe(200);
    expect(tips.html).toContain('<label for="f-tip0_nl">Tekst (Nederlands)</label>');

    const empty = await comms.post('/console/kennis/tips', formOf(tips.html, '/console/kennis/tips', { tip0_nl: '  ' }));
    expect(empty.status).toBe(422);
    expect(empty.html).toMatch(/id="f-tip0_nl"[^>]*aria-invalid="true" aria-describedby="e-tip0_nl"/);
    expect(empty.html).toContain('<span class="field-error" id="e-tip0_nl">is empty</span>');
    expect(empty.html).toContain('Niets opgeslagen');
    expect(await drafts()).toBe(0);

    // One tip left, with a new text: whatever the rotation picks, it is this one.
    const count = [...tips.html.matchAll(/name="tip(\d+)_weg"/g)].length;
    const onlyOne: Record<string, string | undefined> = { tip0_nl: 'Lees je bericht twee keer voor je het plaatst: tip uit de console.' };
    for (let i = 1; i < count; i++) onlyOne[`tip${i}_weg`] = 'ja';
    const reviewed = await saveAndPublish(comms, '/console/kennis/tips', formOf(tips.html, '/console/kennis/tips', onlyOne));
    expect(reviewed).toContain('.text.nl');
    expect(await drafts()).toBe(0); // published: no longer a draft

    await bot.command('dagtip aan', 'U0TEAMLEAD', 'C0TIPS');
    await bot.slackApi.waitFor('response_url');
    bot.clock.set('2026-11-24T08:00:10Z'); // Tuesday 09:00:10 in Amsterdam
    expect(await bot.dailyTips.tick()).toBe(1);
    expect(JSON.stringify(postedIn('C0TIPS')[0]?.body.blocks)).toContain('tip uit de console');
  }, 30_000);
});

describe('editing a department in the console', () => {
  it('binds a channel (a wrong id refused by its field); a wrong e-mail address is refused by its field; moving a category sends the next escalation to another channel; unbinds', async () => {
    const report = async () => {
      await bot.command('escaleer https://x.com/1 iemand zet mijn adres online, een privacy kwestie', 'U0CAROL');
      await bot.worker.runOnce();
    };
    const comms = await signedIn(bot, 'U0COMMS1');
    const url = '/console/kennis/afdeling?id=juridisch';
    const page = await comms.get(url);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Nog geen kanaal');

    const junk = await comms.post('/console/kennis/afdeling/koppel', { id: 'juridisch', platform: 'slack', kanaal: 'ons kanaal!' });
    expect(junk.status).toBe(422);
    expect(junk.html).toMatch(/id="f-kanaal" name="kanaal" value="ons kanaal!" aria-invalid="true" aria-describedby="e-kanaal"/);
    expect(junk.html).toContain('<span class="field-error" id="e-kanaal">Dat is geen kanaal-ID');
    const bound = await comms.post('/console/kennis/afdeling/koppel', { id: 'juridisch', platform: 'slack', kanaal: 'C0JURIDISCH' });
    expect(bound.status).toBe(303);
    const withChannel = await comms.get(url);
    expect(withChannel.html).toContain('C0JURIDISCH: Dit kanaal ontvangt vanaf nu de escalaties van Juridische zaken.');
    expect(withChannel.html).toContain('Slack: <code>C0JURIDISCH</code>');
    await report();
    expect(postedIn('C0JURIDISCH')).toHaveLength(1);
    expect(postedIn('C0COMMS')).toHaveLength(0);

    const action = '/console/kennis/afdeling';
    const wrong = await comms.post(action, formOf(page.html, action, { contact_email: 'geen adres' }));
    expect(wrong.status).toBe(422);
    expect(wrong.html).toMatch(/id="f-contact_email"[^>]*aria-invalid="true" aria-describedby="e-contact_email"/);
    expect(wrong.html).toContain('<span class="field-error" id="e-contact_email">is not an e-mail address');
    const late = await comms.post(action, formOf(page.html, action, { hours_to: '25:00' }));
    expect(late.html).toContain('<span class="field-error" id="e-hours_to">must be a time like 08:30</span>');
    expect(await drafts()).toBe(0);

    // Privacy no longer with Legal: a category without a department goes to the default one.
    await saveAndPublish(comms, action, formOf(page.html, action, { cat__privacy: undefined, contact_phone: '030 123 45 67' }));
    expect(await versions()).toBe(2);
    await report();
    expect(postedIn('C0JURIDISCH')).toHaveLength(1);
    expect(postedIn('C0COMMS')).toHaveLength(1);
    expect((await comms.get(url)).html).toContain('value="030 123 45 67"');

    expect((await comms.post('/console/kennis/afdeling/ontkoppel', { id: 'juridisch', platform: 'slack', kanaal: 'C0JURIDISCH' })).status).toBe(303);
    const unbound = await comms.get(url);
    expect(unbound.html).toContain('C0JURIDISCH: Dit kanaal ontvangt geen escalaties van Juridische zaken meer.');
    expect(unbound.html).toContain('Nog geen kanaal');
  }, 30_000);
});

describe('drafts and who may edit', () => {
  it('refuses a form without the CSRF token; keeps one draft per edit, lists it unpublished, opens it with its review, and deletes it', async () => {
    const comms = await signedIn(bot, 'U0COMMS1');
    const index = (await comms.get('/console/kennis')).html;
    for (const link of [
      '/console/kennis/tips',
      '/console/kennis/afdeling?id=juridisch',
      '/console/kennis/woordenlijst?code=belediging',
      '/console/kennis/toegestaan',
    ])
      expect(index).toContain(`href="${link}"`);
    expect(index).toContain('href="/console/kennis/concepten"');
    const tips = await comms.get('/console/kennis/tips');
    expect((await comms.post('/console/kennis/tips', formOf(tips.html, '/console/kennis/tips', { csrf: undefined }), { csrf: false })).status).toBe(403);
    expect(await drafts()).toBe(0);
    const reviewed = await comms.post('/console/kennis/tips', formOf(tips.html, '/console/kennis/tips', { tip0_en: 'A first try.' }));
    expect(reviewed.status).toBe(200);
    // Trying another wording replaces that draft: one edit, one draft.
    // The empty row at the bottom adds a tip; a name used twice is refused next to it.
    const added = [...reviewed.html.matchAll(/name="tip(\d+)_id"/g)].length - 1;
    const newTip = { [`tip${added}_nl`]: 'Een nieuwe tip.', [`tip${added}_en`]: 'A new tip.', [`tip${added}_item`]: 'regel-8' };
    const twice = await comms.post('/console/kennis/tips', formOf(reviewed.html, '/console/kennis/tips', { ...newTip, [`tip${added}_id`]: 'realtime' }));
    expect(twice.status).toBe(422);
    expect(twice.html).toContain(`<span class="field-error" id="e-tip${added}_id">&quot;realtime&quot; is used twice</span>`);
    const again = await comms.post(
      '/console/kennis/tips',
      formOf(reviewed.html, '/console/kennis/tips', { tip0_en: 'A tip in English, left as a draft.', ...newTip, [`tip${added}_id`]: 'nieuw' }),
    );
    expect(again.status).toBe(200);
    expect(await drafts()).toBe(1);
    const id = /name="concept" value="([^"]+)"/.exec(again.html)?.[1] as string;
    const list = await comms.get('/console/kennis/concepten');
    expect(list.html).toContain(`href="/console/kennis/concept?id=${id}"`);
    const open = await comms.get(`/console/kennis/concept?id=${id}`);
    expect(open.html).toContain('Effect op de antwoorden');
    expect(open.html).toMatch(/tips\.tips\.[a-z-]+\.text\.en/);
    expect(open.html).toContain('tips.tips.nieuw.text.nl');

    const deleted = await comms.post('/console/kennis/concept/verwijderen', { id });
    expect(deleted.status).toBe(303);
    const after = await comms.get('/console/kennis/concepten');
    expect(after.html).toContain('Het concept is verwijderd.');
    expect(after.html).toContain('Er zijn geen concepten.');
    expect(await drafts()).toBe(0);
    expect((await comms.post('/console/kennis/concept/verwijderen', { id })).status).toBe(404);

    // In English by choice: the same forms, English labels.
    expect((await comms.post('/console/taal', { lang: 'en', terug: '/console/kennis' })).status).toBe(303);
    const english = await comms.get('/console/kennis/afdeling?id=juridisch');
    expect(english.html).toContain('<label for="f-contact_email">E-mail address</label>');
    expect(english.html).toContain('<legend>Working hours (empty: always)</legend>');
  }, 20_000);

  it('shows a department member 403 on every editing page and saves nothing for them', async () => {
    await bot.command('afdeling koppel juridisch', 'U0COMMS1', 'C0JURIDISCH');
    const jurist = await signedIn(bot, 'U0JURIST');
    const pages = [
      '/console/kennis/tips',
      '/console/kennis/afdeling?id=juridisch',
      '/console/kennis/woordenlijst?code=belediging',
      '/console/kennis/toegestaan',
    ];
    for (const path of [...pages, '/console/kennis/concepten']) expect((await jurist.get(path)).status, path).toBe(403);
    for (const path of pages)
      expect((await jurist.post(path.split('?')[0] as string, { id: 'juridisch', code: 'belediging', tip0_id: 'x' })).status, path).toBe(403);
    expect((await jurist.post('/console/kennis/concept/verwijderen', { id: 'x' })).status).toBe(403);
    expect(await drafts()).toBe(0);
    expect(await versions()).toBe(1);
  });
});
