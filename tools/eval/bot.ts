/**
 * The bot as `npm run eval` and `npm run agreement` score it: the knowledge and trained model of a
 * folder, the contract's default organisation name (the labelled sets are written for CNV), no
 * logging. `ask` gives the ids the bot answers with (none for a declined question); `check` the
 * verdict and the codes found.
 */
import { asDraft } from '../../src/core/check/draft.js';
import { Bot } from '../../src/core/bot.js';
import { createKnowledgeBase } from '../../src/core/knowledge/knowledge-base.js';
import { detectLang } from '../../src/core/lang.js';
import { loadKnowledgeFiles } from '../../src/store/knowledge-files.js';
import { loadModels } from '../../src/store/model-files.js';

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export async function evaluationBot(knowledgeDir: string) {
  const [data, models] = await Promise.all([loadKnowledgeFiles(knowledgeDir), loadModels(knowledgeDir)]);
  const bot = new Bot({
    kb: createKnowledgeBase(data, 'CNV'),
    clock: { now: () => new Date() },
    random: Math.random,
    logger: silent,
    defaultLang: 'nl',
    models,
  });
  const ask = (text: string): string[] => {
    const result = bot.engine.answer(text);
    return result.kind === 'answer' ? result.matches.map((m) => m.id) : [];
  };
  const check = (text: string) => {
    const result = bot.checker.check(asDraft(text), detectLang(text));
    return { verdict: result.verdict as string, codes: [...new Set(result.findings.map((f) => f.code as string))] };
  };
  return { models, ask, check };
}
