import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/core/answer/answer.js';
import { BotError } from '../../src/core/errors.js';
import { createKnowledgeBase } from '../../src/core/knowledge/knowledge-base.js';
import { KNOWLEDGE_IDS } from '../../src/core/ids.js';
import { loadKnowledgeFiles, parseIntoCache } from '../../src/store/knowledge-files.js';
import { KNOWLEDGE_DIR, knowledgeData } from '../support/bot.js';

const BROKEN = resolve(import.meta.dirname, '../fixtures/knowledge-broken');
const temps: string[] = [];

/** A copy of the real knowledge folder to break. */
async function copyKnowledge(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'knowledge-'));
  temps.push(dir);
  await cp(KNOWLEDGE_DIR, join(dir, 'knowledge'), { recursive: true });
  return join(dir, 'knowledge');
}

async function problemsOf(dir: string): Promise<string> {
  try {
    await loadKnowledgeFiles(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe('knowledge_invalid');
    return (error as BotError).message;
  }
  throw new Error('the broken knowledge was accepted');
}

afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the knowledge folder', () => {
  it('has every contract id, each valid, with Dutch and English text', async () => {
    const { items } = await knowledgeData();
    const ids = items.map((i) => i.id);
    for (const id of KNOWLEDGE_IDS) expect(ids).toContain(id);
    for (const item of items) {
      for (const lang of ['nl', 'en'] as const) {
        expect(item.answer[lang].length, `${item.id} answer.${lang}`).toBeGreaterThan(20);
        expect(item.source[lang].length, `${item.id} source.${lang}`).toBeGreaterThan(20);
        expect(item.examples[lang].length, `${item.id} examples.${lang}`).toBeGreaterThan(2);
      }
    }
  });

  it('numbers the eight rules 1 to 8', async () => {
    const { items } = await knowledgeData();
    for (let n = 1; n <= 8; n++) expect(items.find((i) => i.number === n)?.id).toBe(`regel-${n}`);
  });

  it('keeps the Dutch source faithful to the seed text', async () => {
    const seed = (await readFile(resolve(import.meta.dirname, '../../../shared/seed/richtlijnen-social-media.txt'), 'utf8').catch(() => '')).replace(
      /\s+/g,
      ' ',
    );
    if (seed === '') return; // the seed lives outside the repository; CI clones have it beside them
    const { items } = await knowledgeData();
    for (const item of items.filter((i) => i.kind === 'rule' && i.number !== undefined)) {
      const sentence = item.source.nl
        .replace(/\{the org\}/g, 'het CNV')
        .replace(/\{org\}/g, 'CNV')
        .replace(/\s+/g, ' ')
        .slice(0, 60);
      expect(seed, item.id).toContain(sentence);
    }
  });

  it('uses the {org} placeholder instead of a literal organisation name', async () => {
    const { items } = await knowledgeData();
    for (const item of items) expect(JSON.stringify(item), item.id).not.toMatch(/\bCNV\b/);
  });
});

describe('a broken knowledge file stops start-up with the file, the field and what is wrong', () => {
  it.each([
    ['regel-7.missing-answer-en.yaml', /knowledge\/items\/regel-7\.yaml: answer\.en is missing/],
    ['regel-7.wrong-id.yaml', /knowledge\/items\/regel-7\.yaml: id "regel-77" does not match the file name/],
    ['regel-7.bad-yaml.yaml', /knowledge\/items\/regel-7\.yaml:\d+: the YAML is not valid/],
    ['regel-7.unknown-field.yaml', /knowledge\/items\/regel-7\.yaml: \(top level\) has unknown field "anwser"/],
    ['regel-7.bad-kind.yaml', /knowledge\/items\/regel-7\.yaml: kind must be one of "intro", "scope", "rule"/],
    ['regel-7.dangling-related.yaml', /knowledge\/items\/regel-7\.yaml: related refers to "regel-99", which does not exist/],
    ['regel-7.number-text.yaml', /knowledge\/items\/regel-7\.yaml: number should be a number, not a string/],
    [
      'regel-7.raw-command.yaml',
      /regel-7\.yaml: answer\.nl names "\/socialmedia"[\s\S]*answer\.nl has a backtick[\s\S]*answer\.en names \{cmd:escalate-now\}, which is not a command/,
    ],
  ])('%s', async (fixture, expected) => {
    const dir = await copyKnowledge();
    await writeFile(join(dir, 'items', 'regel-7.yaml'), await readFile(join(BROKEN, fixture)));
    expect(await problemsOf(dir)).toMatch(expected);
  });

  it('names a contract item whose file was deleted', async () => {
    const dir = await copyKnowledge();
    await rm(join(dir, 'items', 'tip-realtime.yaml'));
    expect(await problemsOf(dir)).toMatch(/knowledge\/items\/tip-realtime\.yaml: id is missing/);
  });

  it('reports every problem at once, not only the first', async () => {
    const dir = await copyKnowledge();
    await writeFile(join(dir, 'items', 'regel-7.yaml'), await readFile(join(BROKEN, 'regel-7.missing-answer-en.yaml')));
    await writeFile(join(dir, 'items', 'regel-3.yaml'), (await readFile(join(dir, 'items', 'regel-3.yaml'), 'utf8')).replace('kind: rule', 'kind: nonsense'));
    const message = await problemsOf(dir);
    expect(message).toMatch(/regel-7\.yaml: answer\.en is missing/);
    expect(message).toMatch(/regel-3\.yaml: kind must be one of/);
  });

  it('accepts an item an organisation adds, and the bot can find it', async () => {
    const dir = await copyKnowledge();
    await writeFile(
      join(dir, 'items', 'eigen-ai.yaml'),
      [
        'id: eigen-ai',
        'kind: custom',
        'title: { nl: AI-plaatjes, en: AI images }',
        'source: { nl: Zet bij een AI-plaatje dat het met AI gemaakt is., en: Say that an AI image was made with AI. }',
        'answer: { nl: Vermeld dat het beeld met AI is gemaakt., en: Mention that the image was made with AI. }',
        'keywords: { nl: [kunstmatige intelligentie, midjourney, chatgpt], en: [artificial intelligence, midjourney] }',
        'examples: { nl: [Mag ik een plaatje van Midjourney posten?], en: [] }',
      ].join('\n'),
    );
    const engine = new AnswerEngine(createKnowledgeBase(await loadKnowledgeFiles(dir), 'CNV'));
    const result = engine.answer('mag ik een plaatje van midjourney op linkedin zetten?');
    expect(result.kind === 'answer' && result.matches[0]?.id).toBe('eigen-ai');
  });
});

describe('the knowledge cache on a data folder that replicas share', () => {
  it('is never seen half-written while others write it', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'knowledge-cache-'));
    temps.push(cacheDir);
    const file = join(cacheDir, 'knowledge-cache.json');
    await parseIntoCache(KNOWLEDGE_DIR, 'first', file);
    let writing = true;
    const writers = Promise.all(Array.from({ length: 16 }, (_, i) => parseIntoCache(KNOWLEDGE_DIR, `key-${i}`, file))).finally(() => {
      writing = false;
    });
    let reads = 0;
    const broken: string[] = [];
    while (writing) {
      const text = await readFile(file, 'utf8');
      reads++;
      try {
        JSON.parse(text);
      } catch {
        broken.push(`${text.length} characters`);
      }
    }
    await writers;
    expect(reads).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});
