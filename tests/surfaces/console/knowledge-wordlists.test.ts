import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERDICT_EMOJI } from '../../../src/core/reply-model.js';
import type { ConsoleClient } from '../../support/console-client.js';
import { ask, formOf, saveAndPublish, signedIn, startConsoleBot } from '../../support/console-form.js';
import type { Platforms } from '../../support/platform-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startConsoleBot();
});
afterEach(async () => {
  await bot.close();
});

const drafts = async () => (await bot.db.kysely.selectFrom('knowledge_drafts').select('id').execute()).length;
/** The verdict of a draft check as Slack shows it (its emoji, in bold before the summary): groen, oranje or rood. */
const verdictOf = async (draft: string) => {
  const reply = await ask(bot, `check ${draft}`);
  return Object.entries(VERDICT_EMOJI).find(([, emoji]) => reply.includes(`"${emoji} *`))?.[0];
};

describe("editing the draft check's word lists and allow-lists in the console", () => {
  it('an insult added to a word list is flagged once published; an emptied list the check needs is refused next to it', async () => {
    const draft = 'Wat een stelletje snoodaards zijn die lui van de overkant.';
    expect(await verdictOf(draft)).toBe('groen');
    const comms = await signedIn(bot, 'U0COMMS1');
    const action = '/console/kennis/woordenlijst';
    const page = await comms.get(`${action}?code=belediging`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<legend>Lijst: insult</legend>');

    const emptied = await comms.post(action, formOf(page.html, action, { list__insult__nl: '', list__insult__en: '' }));
    expect(emptied.status).toBe(422);
    expect(emptied.html).toMatch(/id="f-list__insult__nl"[^>]*aria-invalid="true" aria-describedby="e-list__insult__nl"/);
    expect(emptied.html).toContain('lists.insult is missing or empty');
    expect(await drafts()).toBe(0);

    const insults = formOf(page.html, action).list__insult__nl as string;
    await saveAndPublish(comms, action, formOf(page.html, action, { list__insult__nl: `${insults}\nsnoodaard*` }));
    expect(await verdictOf(draft)).not.toBe('groen');
  }, 30_000);

  it("the organisation's own number, once allowed, is no longer flagged; a new competitor is", async () => {
    const phone = 'Bel ons gerust op 030 123 45 67 voor vragen over de actie.';
    const rival = 'Wij doen het echt beter dan Acme Bond, zeker weten.';
    expect(await verdictOf(phone)).toBe('rood');
    expect(await verdictOf(rival)).toBe('groen');
    const comms = await signedIn(bot, 'U0COMMS1');
    const action = '/console/kennis/toegestaan';
    const page = await comms.get(action);
    const form = formOf(page.html, action);
    await saveAndPublish(comms, action, { ...form, allowed: `${form.allowed}\n030 123 45 67`, rel__competitors: `${form.rel__competitors}\nAcme Bond` });
    expect(await verdictOf(phone)).toBe('groen');
    expect(await verdictOf(rival)).not.toBe('groen');
  }, 30_000);

  it('a company added to the well-known companies is found where the post is about its staff', async () => {
    const staff = 'De medewerkers van Kwikstaart krijgen vanaf maart een nieuw rooster.';
    expect(await verdictOf(staff)).toBe('groen');
    const comms = await signedIn(bot, 'U0COMMS1');
    const action = '/console/kennis/toegestaan';
    const form = formOf((await comms.get(action)).html, action);
    expect(form.rel__companies).toContain('Albert Heijn');
    await saveAndPublish(comms, action, { ...form, rel__companies: `${form.rel__companies}\nKwikstaart` });
    expect(await verdictOf(staff)).toBe('oranje');
  }, 30_000);
});

/** A JSON call with the session's cookie and, for anything but GET, its CSRF token. */
async function api(client: ConsoleClient, method: string, path: string, body?: unknown, csrf = true) {
  const headers: Record<string, string> = { cookie: client.cookie };
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = ((await (await fetch(`${bot.url}/console/api/csrf`, { headers })).json()) as { csrf: string }).csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${bot.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  // biome-ignore lint/suspicious/noExplicitAny: the test reads the API's JSON as a client script would, field by field
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

describe('the JSON API for tips, departments and word lists', () => {
  it('reads each part, replaces one as a draft (422 with paths when invalid), publishes it, and lists and deletes drafts', async () => {
    const comms = await signedIn(bot, 'U0COMMS1');
    for (const part of ['items', 'tips', 'departments', 'lexicons', 'organisation', 'synonyms']) {
      const got = await api(comms, 'GET', `/console/api/knowledge/${part}`);
      expect(got.status, part).toBe(200);
      expect(got.json.version).toBe(1);
      expect(got.json[part], part).toBeDefined();
    }
    const { tips } = (await api(comms, 'GET', '/console/api/knowledge/tips')).json;
    const first = tips.tips[0];
    const broken = { tips: [{ ...first, text: { nl: '', en: first.text.en } }, ...tips.tips.slice(1)] };
    const invalid = await api(comms, 'PUT', '/console/api/knowledge/tips', { tips: broken });
    expect(invalid.status).toBe(422);
    expect(invalid.json.errors).toContainEqual({ path: 'tips.tips[0].text.nl', message: 'is empty' });
    expect((await api(comms, 'PUT', '/console/api/knowledge/tips', { tips }, false)).status).toBe(403);
    expect((await api(comms, 'PUT', '/console/api/knowledge/tips', { nothing: 1 })).status).toBe(422);

    const edited = { tips: [{ ...first, text: { ...first.text, nl: 'Een tip uit de API.' } }, ...tips.tips.slice(1)] };
    const saved = await api(comms, 'PUT', '/console/api/knowledge/tips', { tips: edited, message: 'tip via de API' });
    expect(saved.status).toBe(201);
    expect(saved.json.changes).toEqual([{ path: `tips.tips.${first.id}.text.nl`, before: first.text.nl, after: 'Een tip uit de API.' }]);
    const { departments } = (await api(comms, 'GET', '/console/api/knowledge/departments')).json;
    departments.departments[0].contact = { ...departments.departments[0].contact, email: 'nieuw@example.org' };
    const other = await api(comms, 'PUT', '/console/api/knowledge/departments', { departments });
    expect(other.status).toBe(201);
    expect((await api(comms, 'GET', '/console/api/knowledge/drafts')).json.drafts.map((d: { id: string }) => d.id).sort()).toEqual(
      [saved.json.draft.id, other.json.draft.id].sort(),
    );

    const published = await api(comms, 'POST', '/console/api/knowledge/publish', { draft: saved.json.draft.id, message: 'tip' });
    expect(published.status).toBe(201);
    expect((await api(comms, 'GET', '/console/api/knowledge/tips')).json.tips.tips[0].text.nl).toBe('Een tip uit de API.');
    expect((await api(comms, 'DELETE', `/console/api/knowledge/draft?id=${other.json.draft.id}`)).status).toBe(200);
    expect((await api(comms, 'DELETE', `/console/api/knowledge/draft?id=${other.json.draft.id}`)).status).toBe(404);
    expect((await api(comms, 'GET', '/console/api/knowledge/drafts')).json.drafts).toEqual([]);
    const listed = (await api(comms, 'GET', '/console/api/')).json.endpoints;
    expect(listed).toContainEqual(expect.objectContaining({ method: 'PUT', path: '/console/api/knowledge/lexicons' }));
  }, 30_000);
});
