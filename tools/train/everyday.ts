import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSetLines } from '../eval/unopened.js';
import type { LabelledDraft } from './check.js';

/**
 * The everyday drafts of a knowledge folder (training/drafts-everyday.jsonl, none when it is missing):
 * posts written to the evaluation sets' brief, each with the codes a reviewer must raise and those
 * one may (`optional`, which the draft teaches nothing about).
 */
export function everydayDrafts(knowledgeDir: string): LabelledDraft[] {
  const file = join(knowledgeDir, 'training/drafts-everyday.jsonl');
  if (!existsSync(file)) return [];
  return readSetLines<LabelledDraft>(file).map((d) => ({ ...d, everyday: true }));
}

/** Every training draft of a knowledge folder: training/drafts.jsonl, then the everyday drafts. */
export function trainingDrafts(knowledgeDir: string): LabelledDraft[] {
  return [...readSetLines<LabelledDraft>(join(knowledgeDir, 'training/drafts.jsonl')), ...everydayDrafts(knowledgeDir)];
}
