import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeEditor } from '../../src/core/knowledge/editor.js';
import type { ReviewQuestion } from '../../src/core/knowledge/review.js';
import type { KnowledgeSource } from '../../src/core/knowledge/source.js';
import { loadKnowledgeFolder } from '../../src/store/knowledge-files.js';
import { packagedLists } from '../../src/store/knowledge-parse.js';
import { knowledgeFormat, publishedKnowledge, reviewQuestions } from '../../src/store/knowledge-versions.js';
import { SqlVersionStore } from '../../src/store/version-store.js';
import { KNOWLEDGE_DIR } from '../support/bot.js';
import { testDb } from '../support/db.js';

let db: Awaited<ReturnType<typeof testDb>>;
const clock = { now: () => new Date('2026-12-01T10:00:00Z') };
const comms = { role: 'communicatie' };
const folder = loadKnowledgeFolder(KNOWLEDGE_DIR);

beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

/** A few labelled questions keep most tests fast; the review test uses the real set. */
const FEW = [
  { text: 'Mag ik een foto van een collega op Instagram zetten?', expect: ['regel-6'], from: 'training' as const },
  { text: 'Wat is het weer morgen?', expect: ['(fallback)'], from: 'training' as const },
];

async function editor(questions: Promise<readonly ReviewQuestion[]> = Promise.resolve(FEW)) {
  const versions = new SqlVersionStore(db);
  await publishedKnowledge(versions, await folder, clock);
  const list = await questions;
  return {
    versions,
    editor: new KnowledgeEditor({ versions, format: knowledgeFormat, packaged: packagedLists, org: 'CNV', questions: async () => list, clock }),
  };
}

const copy = (source: KnowledgeSource): KnowledgeSource => structuredClone(source);
const withAnswer = (source: KnowledgeSource, id: string, nl: string): KnowledgeSource => {
  const next = copy(source);
  const item = next.items.find((i) => i.id === id);
  if (item) item.answer.nl = nl;
  return next;
};

describe('knowledge versions in the database', () => {
  it('makes the knowledge/ folder version 1, once; a changed folder becomes the next version', async () => {
    const versions = new SqlVersionStore(db);
    const first = await publishedKnowledge(versions, await folder, clock);
    expect(first.number).toBe(1);
    expect((await publishedKnowledge(versions, await folder, clock)).number).toBe(1);
    const changed = { ...(await folder), key: 'other-files' };
    expect((await publishedKnowledge(versions, changed, clock)).number).toBe(2);
    expect((await versions.list()).map((v) => [v.number, v.kind, v.author])).toEqual([
      [2, 'folder', 'knowledge/'],
      [1, 'folder', 'knowledge/'],
    ]);
  });

  it('publishes an edit as the next version, with the role as author, and shows the diff', async () => {
    const { editor: e, versions } = await editor();
    const v1 = (await versions.get(1))?.source as KnowledgeSource;
    const result = await e.publish(withAnswer(v1, 'regel-7', 'Nieuw antwoord op regel 7.'), comms, 'regel 7 korter', { confirm: false });
    expect(result.kind).toBe('published');
    expect((await versions.list())[0]).toMatchObject({ number: 2, kind: 'publish', author: 'communicatie', message: 'regel 7 korter' });
    expect(await e.diff(1, 2)).toEqual([
      { path: 'items.regel-7.answer.nl', before: v1.items.find((i) => i.id === 'regel-7')?.answer.nl, after: 'Nieuw antwoord op regel 7.' },
    ]);
  });

  it('refuses an invalid edit with every problem at its path, and changes nothing', async () => {
    const { editor: e, versions } = await editor();
    const bad = copy((await versions.get(1))?.source as KnowledgeSource) as unknown as {
      items: Array<Record<string, unknown>>;
      tips: { tips: Array<Record<string, unknown>> };
    };
    (bad.items[0] as { answer: { nl: string } }).answer.nl = '   ';
    (bad.tips.tips[0] as { item: string }).item = 'bestaat-niet';
    const result = await e.publish(bad, comms, 'kapot', { confirm: true });
    expect(result).toEqual({ kind: 'invalid', errors: [{ path: 'items[0].answer.nl', message: 'is empty' }] });
    bad.items[0] = { ...(bad.items[0] as object), answer: { nl: 'goed', en: 'good' } };
    const cross = await e.publish(bad, comms, 'kapot', { confirm: true });
    expect(cross).toEqual({ kind: 'invalid', errors: [{ path: 'tips.tips[0].item', message: 'refers to "bestaat-niet", which does not exist' }] });
    expect(await versions.latestNumber()).toBe(1);
  });

  it('rolls back as a new version with exactly the earlier content', async () => {
    const { editor: e, versions } = await editor();
    const v1 = (await versions.get(1))?.source as KnowledgeSource;
    await e.publish(withAnswer(v1, 'regel-2', 'Anders.'), comms, 'test', { confirm: true });
    const back = await e.rollback(1, comms, 'terug');
    expect(back).toMatchObject({ number: 3, kind: 'rollback', basedOn: 1 });
    expect((await versions.get(3))?.source).toEqual(v1);
    expect(await e.diff(1, 3)).toEqual([]);
  });

  it('exports a version as YAML files that import to an equal version', async () => {
    const { editor: e, versions } = await editor();
    const exported = await e.export(1);
    expect(Object.keys(exported?.files ?? {})).toContain('items/regel-7.yaml');
    expect(exported?.files['items/regel-7.yaml']).toContain('id: regel-7');
    const result = await e.import(exported?.files ?? {}, comms, 'import', false);
    expect(result.kind).toBe('published');
    expect((await versions.get(2))?.source).toEqual((await versions.get(1))?.source);
  });

  it('refuses an import with a broken file, naming the file and field', async () => {
    const { editor: e, versions } = await editor();
    const files = { ...(await e.export(1))?.files, 'items/regel-7.yaml': 'id: regel-7\nkind: rule\n' };
    const result = await e.import(files, comms, 'import', true);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.errors).toContainEqual({ path: 'items/regel-7.yaml: title', message: 'is missing (see knowledge/README.md)' });
    expect(await versions.latestNumber()).toBe(1);
  });

  it('reviews an unchanged draft as unchanged: nothing worse', async () => {
    const { editor: e, versions } = await editor();
    const v1 = (await versions.get(1))?.source as KnowledgeSource;
    const { review } = await e.review(v1);
    expect(review).toMatchObject({ questions: 2, labelled: 2, changedCount: 0, isWorse: false });
    expect(review.rightAfter).toBe(review.rightBefore);
  });

  it('reviews on every 6th training question and the masked questions people asked', async () => {
    await db.kysely
      .insertInto('question_signals')
      .values({ at: '2026-11-30T10:00:00.000Z', platform: 'slack', lang: 'nl', item_id: null, masked_text: 'Mag ik een foto van [naam] op Instagram zetten?' })
      .execute();
    const questions = await reviewQuestions(KNOWLEDGE_DIR, db);
    // An even sample of the corpus, at most 300 questions, from its first line on.
    const corpus = readFileSync(join(KNOWLEDGE_DIR, 'training/questions.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const training = questions.filter((q) => q.from === 'training');
    expect(training.length).toBeGreaterThan(250);
    expect(training.length).toBeLessThanOrEqual(300);
    expect(training[0]?.text).toBe((JSON.parse(corpus[0] as string) as { text: string }).text);
    expect(questions).toContainEqual({ text: 'Mag ik een foto van [naam] op Instagram zetten?', from: 'asked' });
    // Off-topic training questions are answered right by the fallback.
    expect(questions).toContainEqual(expect.objectContaining({ expect: ['(fallback)'] }));
  });

  it('asks for a confirmation when a draft makes answers worse, and publishes when confirmed', async () => {
    const tweet = { text: 'Mag ik over een klant tweeten?', expect: ['regel-3'], from: 'training' as const };
    const { editor: e, versions } = await editor(Promise.resolve([...FEW, tweet]));
    const v1 = (await versions.get(1))?.source as KnowledgeSource;
    // Without the words that say a question is about social media, this one falls back.
    const worse = { ...copy(v1), synonyms: { ...v1.synonyms, topic: [], topic_weak: [] } };
    const refused = await e.publish(worse, comms, 'zonder onderwerpwoorden', { confirm: false });
    expect(refused.kind).toBe('needs-confirmation');
    const review = refused.kind === 'needs-confirmation' ? refused.review : undefined;
    expect(review?.worse).toEqual([{ text: tweet.text, from: 'training', before: 'regel-3', after: '(fallback)' }]);
    expect(review?.rightAfter).toBe((review?.rightBefore ?? 0) - 1);
    expect(await versions.latestNumber()).toBe(1);
    expect((await e.publish(worse, comms, 'toch', { confirm: true })).kind).toBe('published');
  });

  it('lists the drafts newest first without their content, and deletes one so it is gone for every process', async () => {
    const { editor: e } = await editor();
    const { source } = await e.published();
    const later = { now: () => new Date('2026-12-01T11:00:00Z') };
    const first = await e.saveDraft(withAnswer(source, 'regel-7', 'Eerste concept.'), comms, 'een');
    const second = await new KnowledgeEditor({
      versions: new SqlVersionStore(db),
      format: knowledgeFormat,
      packaged: packagedLists,
      org: 'CNV',
      questions: async () => FEW,
      clock: later,
    }).saveDraft(withAnswer(source, 'regel-7', 'Tweede concept.'), comms, 'twee');
    if (first.kind !== 'saved' || second.kind !== 'saved') throw new Error('not saved');
    expect(await e.drafts()).toEqual([
      { id: second.draft.id, author: 'communicatie', message: 'twee', at: new Date('2026-12-01T11:00:00Z'), base: 1 },
      { id: first.draft.id, author: 'communicatie', message: 'een', at: new Date('2026-12-01T10:00:00Z'), base: 1 },
    ]);
    expect(await e.deleteDraft(first.draft.id)).toBe(true);
    expect(await e.deleteDraft(first.draft.id)).toBe(false);
    expect(await e.deleteDraft('no-such-draft')).toBe(false);
    expect(await new SqlVersionStore(db).draft(first.draft.id)).toBeUndefined();
    expect((await e.drafts()).map((d) => d.id)).toEqual([second.draft.id]);
  });
});
