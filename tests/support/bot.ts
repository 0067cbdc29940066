import { resolve } from 'node:path';
import { Bot } from '../../src/core/bot.js';
import type { Inbound } from '../../src/core/inbound.js';
import { createKnowledgeBase, type KnowledgeBase, type KnowledgeData } from '../../src/core/knowledge/knowledge-base.js';
import type { Logger } from '../../src/core/ports.js';
import type { Lang } from '../../src/core/lang.js';
import { loadKnowledgeFolder, type KnowledgeFolder } from '../../src/store/knowledge-files.js';
import { loadModels } from '../../src/store/model-files.js';
import { AnswerEngine, type AnswerResult, type LearnedModels } from '../../src/core/answer/answer.js';

export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../../knowledge');

let folder: Promise<KnowledgeFolder> | undefined;

/** The real knowledge folder (its source, resolved data and fingerprint), read once per test file. */
export function knowledgeFolder(): Promise<KnowledgeFolder> {
  folder ??= loadKnowledgeFolder(KNOWLEDGE_DIR);
  return folder;
}

/** The real knowledge folder, read once per test file. */
export async function knowledgeData(): Promise<KnowledgeData> {
  return (await knowledgeFolder()).data;
}

let models: Promise<LearnedModels | undefined> | undefined;

/** The trained models of the real knowledge folder, read once per test file. */
export function learnedModels(): Promise<LearnedModels | undefined> {
  models ??= loadModels(KNOWLEDGE_DIR);
  return models;
}

export async function knowledgeBase(orgName = 'CNV'): Promise<KnowledgeBase> {
  return createKnowledgeBase(await knowledgeData(), orgName);
}

/** The answer engine over the repository's knowledge and model, as the bot builds it. */
export async function answerEngine(): Promise<AnswerEngine> {
  return new AnswerEngine(await knowledgeBase(), await learnedModels());
}

/** The id of the first answer, or undefined when the engine declined or replied with small talk. */
export const topAnswer = (result: AnswerResult): string | undefined => (result.kind === 'answer' ? result.matches[0]?.id : undefined);

/** A logger that keeps every line, to assert on what was (not) logged. */
export function captureLogger(): Logger & { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const keep = (level: string) => (fields: Readonly<Record<string, unknown>>, message?: string) => {
    lines.push({ level, ...fields, ...(message ? { msg: message } : {}) });
  };
  return { lines, debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') };
}

export interface TestBotOptions {
  orgName?: string;
  year?: number;
  random?: () => number;
  defaultLang?: Lang;
}

/** The real bot over the real knowledge, with a fixed clock and a captured logger. */
export async function testBot(options: TestBotOptions = {}) {
  const logger = captureLogger();
  const bot = new Bot({
    kb: await knowledgeBase(options.orgName),
    clock: { now: () => new Date(`${options.year ?? 2026}-11-24T09:00:00Z`) },
    random: options.random ?? (() => 0),
    logger,
    defaultLang: options.defaultLang ?? 'nl',
    models: await learnedModels(),
  });
  return { bot, logger };
}

/** An inbound message as the terminal would send it. */
export function message(text: string, extra: Partial<Inbound> = {}): Inbound {
  return {
    text,
    platform: 'terminal',
    user: { id: 'U1' },
    conversation: { id: 'C1', kind: 'personal' },
    ...extra,
  };
}
