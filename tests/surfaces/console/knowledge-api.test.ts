import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KnowledgeSource } from '../../../src/core/knowledge/source.js';
import { ConsoleClient } from '../../support/console-client.js';
import { ask, signedIn, startConsoleBot } from '../../support/console-form.js';
import type { Platforms } from '../../support/platform-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startConsoleBot({ ADMIN_SLACK_USERS: 'U0ADMIN01' });
});
afterEach(async () => {
  await bot.close();
});

/** A JSON call with the session's cookie and, for a POST, its CSRF token in X-CSRF-Token. */
async function api(client: ConsoleClient, path: string, body?: unknown, options: { csrf?: boolean } = {}) {
  const headers: Record<string, string> = { cookie: client.cookie };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    if (options.csrf !== false)
      headers['x-csrf-token'] = ((await (await fetch(`${bot.url}/console/api/csrf`, { headers: { cookie: client.cookie } })).json()) as { csrf: string }).csrf;
  }
  const response = await fetch(`${bot.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the test reads the API's JSON as a client script would, field by field
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

/** What the bot answers in Slack to `text`, as plain text. */
const withAnswer = (source: KnowledgeSource, id: string, nl: string): KnowledgeSource => ({
  ...source,
  items: source.items.map((i) => (i.id === id ? { ...i, answer: { ...i.answer, nl } } : i)),
});

describe('the knowledge API', () => {
  it('lists its endpoints', async () => {
    const { status, json } = await api(new ConsoleClient(bot.url), '/console/api/');
    expect(status).toBe(200);
    expect(json.endpoints.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['/console/api/csrf', '/console/api/knowledge/publish', '/console/api/knowledge/rollback', '/console/api/knowledge/import']),
    );
  });

  it('publishes an edited answer that the bot answers at once; an invalid edit changes nothing and says why', async () => {
    const comms = await signedIn(bot, 'U0COMMS1');
    const current = await api(comms, '/console/api/knowledge');
    expect(current.json.version).toBe(1);
    const before = await ask(bot, 'regel 7');
    const invalid = structuredClone(current.json.knowledge);
    invalid.items.find((i: { id: string }) => i.id === 'regel-7').answer.nl = '';
    const refused = await api(comms, '/console/api/knowledge/publish', { knowledge: invalid, message: 'leeg', confirm: true });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([{ path: expect.stringMatching(/^items\[\d+\]\.answer\.nl$/), message: 'is empty' }]);
    expect(await ask(bot, 'regel 7')).toBe(before);

    const edited = withAnswer(current.json.knowledge, 'regel-7', 'Schrijf nooit over collega’s zonder hun toestemming: nieuw antwoord.');
    const published = await api(comms, '/console/api/knowledge/publish', { knowledge: edited, message: 'regel 7 aangescherpt' });
    expect(published.status).toBe(201);
    expect(published.json.version).toMatchObject({ number: 2, kind: 'publish', author: 'communicatie', message: 'regel 7 aangescherpt' });
    expect(await ask(bot, 'regel 7')).toContain('nieuw antwoord');
    const diff = await api(comms, '/console/api/knowledge/diff?from=1&to=2');
    expect(diff.json.changes.map((c: { path: string }) => c.path)).toEqual(['items.regel-7.answer.nl']);
  });

  it('rolls back as a new version that answers exactly as before', async () => {
    const comms = await signedIn(bot, 'U0ADMIN01');
    const before = await ask(bot, 'regel 3');
    const { json } = await api(comms, '/console/api/knowledge');
    expect(
      (await api(comms, '/console/api/knowledge/publish', { knowledge: withAnswer(json.knowledge, 'regel-3', 'Tijdelijk anders.'), confirm: true })).status,
    ).toBe(201);
    expect(await ask(bot, 'regel 3')).toContain('Tijdelijk anders.');
    const back = await api(comms, '/console/api/knowledge/rollback', { version: 1, message: 'terug' });
    expect(back.status).toBe(201);
    expect(back.json.version).toMatchObject({ number: 3, kind: 'rollback', basedOn: 1, author: 'admin' });
    expect(await ask(bot, 'regel 3')).toBe(before);
    const versions = await api(comms, '/console/api/knowledge/versions');
    expect(versions.json.versions.map((v: { number: number; kind: string }) => `${v.number} ${v.kind}`)).toEqual(['3 rollback', '2 publish', '1 folder']);
  });

  it('exports a version as YAML that imports as an equal version; a broken file is refused with its path', async () => {
    const comms = await signedIn(bot, 'U0COMMS1');
    const exported = await api(comms, '/console/api/knowledge/export?version=1');
    expect(exported.json.files['items/regel-1.yaml']).toMatch(/^id: regel-1$/m);
    const imported = await api(comms, '/console/api/knowledge/import', { files: exported.json.files, message: 'uit git' });
    expect(imported.status).toBe(201);
    expect((await api(comms, '/console/api/knowledge/diff?from=1&to=2')).json.changes).toEqual([]);
    const broken = await api(comms, '/console/api/knowledge/import', { files: { ...exported.json.files, 'tips.yaml': 'tips: [' } });
    expect(broken.status).toBe(422);
    expect(broken.json.errors[0].path).toMatch(/^tips\.yaml:\d+$/);
    expect((await api(comms, '/console/api/knowledge/versions')).json.versions).toHaveLength(2);
  }, 20_000);

  it('asks for a confirmation (409) when the review shows a draft makes answers worse', async () => {
    await bot.db.kysely
      .insertInto('question_signals')
      .values({ at: '2026-11-20T10:00:00.000Z', platform: 'slack', lang: 'nl', item_id: 'regel-3', masked_text: 'Mag ik over een klant tweeten?' })
      .execute();
    const comms = await signedIn(bot, 'U0COMMS1');
    const { json } = await api(comms, '/console/api/knowledge');
    const draft = await api(comms, '/console/api/knowledge/drafts', {
      knowledge: { ...json.knowledge, synonyms: { ...json.knowledge.synonyms, topic: [], topic_weak: [] } },
      message: 'zonder onderwerpwoorden',
    });
    expect(draft.status).toBe(201);
    const review = await api(comms, '/console/api/knowledge/review', { draft: draft.json.draft.id });
    expect(review.json.changes.map((c: { path: string }) => c.path)).toEqual(['synonyms.topic', 'synonyms.topic_weak']);
    expect(review.json.review.nowFallback).toEqual([
      { text: 'Mag ik over een klant tweeten?', from: 'asked', before: expect.any(String), after: '(fallback)' },
    ]);
    const refused = await api(comms, '/console/api/knowledge/publish', { draft: draft.json.draft.id });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toContain('"confirm": true');
    expect((await api(comms, '/console/api/knowledge/publish', { draft: draft.json.draft.id, confirm: true })).status).toBe(201);
  }, 20_000);

  it('refuses no session (401), a department member (403), a POST without the CSRF token (403) and a body that is no JSON (422)', async () => {
    expect((await api(new ConsoleClient(bot.url), '/console/api/knowledge')).status).toBe(401);
    await bot.command('afdeling koppel juridisch', 'U0COMMS1', 'C0JURIDISCH');
    const jurist = await signedIn(bot, 'U0JURIST');
    const { status, json } = await api(jurist, '/console/api/knowledge/rollback', { version: 1 });
    expect(status).toBe(403);
    expect(json.error).toContain('Alleen de afdeling die de richtlijnen beheert');
    const comms = await signedIn(bot, 'U0COMMS1');
    expect((await api(comms, '/console/api/knowledge/rollback', { version: 1 }, { csrf: false })).status).toBe(403);
    expect((await api(comms, '/console/api/knowledge/rollback', '{nope')).json).toEqual({
      errors: [{ path: '(body)', message: 'is not valid JSON / is geen geldige JSON' }],
    });
    expect((await api(comms, '/console/api/knowledge/versions')).json.versions).toHaveLength(1);
  });
});
