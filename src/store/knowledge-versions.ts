import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LearnedModels } from '../core/answer/answer.js';
import { KnowledgeEditor, type KnowledgeFormat } from '../core/knowledge/editor.js';
import { createKnowledgeBase, type KnowledgeBase, type KnowledgeData } from '../core/knowledge/knowledge-base.js';
import { LiveKnowledge } from '../core/knowledge/live.js';
import { FALLBACK, type ReviewQuestion } from '../core/knowledge/review.js';
import { resolveSource } from '../core/knowledge/resolve.js';
import type { KnowledgeSource } from '../core/knowledge/source.js';
import type { VersionStore } from '../core/knowledge/versions.js';
import type { OrgNaming } from '../core/org.js';
import type { Clock } from '../core/ports.js';
import type { Db } from './db.js';
import type { KnowledgeFolder } from './knowledge-files.js';
import { packagedLists } from './packaged-lists.js';
import { KNOWLEDGE_CHANNEL } from './pg-listen.js';
import { SqlVersionStore } from './version-store.js';

/** The YAML files of an import parsed as the folder is; export writes the same files (the YAML library loads only when used). */
export const knowledgeFormat: KnowledgeFormat = {
  async parse(texts) {
    const { parseKnowledgeTexts } = await import('./knowledge-parse.js');
    const result = parseKnowledgeTexts(texts);
    if (result.ok) return result;
    return { ok: false, errors: result.problems.map((p) => ({ path: p.field ? `${p.file}: ${p.field}` : p.file, message: p.message })) };
  },
  async write(source) {
    const { exportKnowledgeTexts } = await import('./knowledge-yaml.js');
    return exportKnowledgeTexts(source);
  },
};

/** A version resolved for the bot: includes of maintained word lists filled in. */
export async function resolveVersion(source: KnowledgeSource): Promise<KnowledgeData> {
  return resolveSource(source, packagedLists);
}

/**
 * The published knowledge, at start-up: the `knowledge/` folder is version 1; a folder that
 * changed since its last version (a deploy of edited YAML) becomes a new version; otherwise
 * the newest version in the database (an edit published in the console) is what is answered.
 */
export async function publishedKnowledge(versions: VersionStore, folder: KnowledgeFolder, clock: Clock): Promise<{ number: number; data: KnowledgeData }> {
  if ((await versions.latestFolderKey()) !== folder.key) {
    const added = await versions.add({
      kind: 'folder',
      source: folder.source,
      author: 'knowledge/',
      message: 'knowledge/ folder',
      at: clock.now(),
      folderKey: folder.key,
    });
    if ((await versions.latestNumber()) === added.number) return { number: added.number, data: folder.data };
  }
  const number = (await versions.latestNumber()) as number;
  const version = await versions.get(number);
  if (!version) throw new Error(`knowledge version ${number} is missing`);
  // A restart on an unchanged folder whose version is still the newest: the folder's own data
  // (from its cache) is that version resolved; no word list need be read again.
  if (version.kind === 'folder' && (await versions.latestFolderKey()) === folder.key) return { number, data: folder.data };
  return { number, data: await resolveVersion(version.source) };
}

/**
 * How many questions the review answers with the draft: an answer takes a few milliseconds,
 * so every tenth or so of the 1,715 training questions (each intent still covered) and the
 * latest masked questions people asked keep a review within seconds.
 */
const TRAINING_LIMIT = 300;
const ASKED_LIMIT = 200;

/** The review's questions: the labelled training questions of `knowledge/training/` and the latest masked questions asked. */
export async function reviewQuestions(knowledgeDir: string, db: Pick<Db, 'kysely'>): Promise<ReviewQuestion[]> {
  const file = join(knowledgeDir, 'training/questions.jsonl');
  const lines = existsSync(file) ? (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()) : [];
  const step = Math.max(1, Math.ceil(lines.length / TRAINING_LIMIT));
  const training = lines
    .filter((_, i) => i % step === 0)
    .map((line) => {
      const { text, label } = JSON.parse(line) as { text: string; label: string };
      // Off-topic questions and small talk are answered right when no guideline is given.
      return { text, expect: [label === 'none' || label === 'smalltalk' ? FALLBACK : label], from: 'training' as const };
    });
  const rows = await db.kysely
    .selectFrom('question_signals')
    .select('masked_text')
    .where('masked_text', 'is not', null)
    .orderBy('at', 'desc')
    .limit(ASKED_LIMIT)
    .execute();
  const asked = [...new Set(rows.map((r) => r.masked_text as string))].map((text) => ({ text, from: 'asked' as const }));
  return [...training, ...asked];
}

export interface OpenKnowledgeDeps {
  org: OrgNaming;
  models?: LearnedModels | undefined;
  knowledgeDir: string;
  clock: Clock;
}

/**
 * The published knowledge of the database (version 1 the folder), as a live view for the
 * services, the editor over the versions, how to load another version for the bot, and (on
 * PostgreSQL) how to hear of a new version at once.
 */
export async function openKnowledge(db: Pick<Db, 'kysely'> & Partial<Pick<Db, 'engine' | 'listen'>>, folder: KnowledgeFolder, deps: OpenKnowledgeDeps) {
  const versions = new SqlVersionStore(db);
  const published = await publishedKnowledge(versions, folder, deps.clock);
  const live = new LiveKnowledge(createKnowledgeBase(published.data, deps.org), published.number);
  const questions = () => reviewQuestions(deps.knowledgeDir, db);
  const editor = new KnowledgeEditor({
    versions,
    format: knowledgeFormat,
    packaged: packagedLists,
    org: deps.org,
    models: deps.models,
    questions,
    clock: deps.clock,
  });
  const load = async (number: number): Promise<KnowledgeBase> => {
    const version = await versions.get(number);
    if (!version) throw new Error(`knowledge version ${number} is missing`);
    return createKnowledgeBase(await resolveVersion(version.source), deps.org);
  };
  // PostgreSQL: a publish by any process is pushed to this one (NOTIFY in SqlVersionStore.add).
  const { listen } = db;
  const listenForVersions = listen
    ? (onVersion: () => void, onLost: (error: unknown) => void) => listen(KNOWLEDGE_CHANNEL, { onNotify: onVersion, onLost })
    : undefined;
  return { versions, live, editor, load, listen: listenForVersions };
}
