import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { BotError } from '../core/errors.js';
import { findKnowledgeProblems, type KnowledgeData } from '../core/knowledge/knowledge-base.js';
import { itemSchema, synonymsSchema, type KnowledgeItem } from '../core/knowledge/schema.js';
import { validate } from '../core/validation.js';

const HELP = 'see knowledge/README.md';

/** Reads one YAML file; syntax errors become problems with the line number. */
async function readYaml(file: string, shown: string, problems: string[]): Promise<unknown> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    problems.push(`${shown}: the file is missing or unreadable (${HELP})`);
    return undefined;
  }
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      problems.push(`${shown}${line ? `:${line}` : ''}: the YAML is not valid: ${error.message.split('\n')[0]}`);
    }
    return undefined;
  }
  return doc.toJS();
}

async function readValidated<S extends z.ZodType>(
  file: string,
  root: string,
  schema: S,
  problems: string[],
): Promise<z.output<S> | undefined> {
  const shown = relative(root, file) || file;
  const raw = await readYaml(file, shown, problems);
  if (raw === undefined) return undefined;
  const result = validate(schema, raw);
  if (result.ok) return result.value;
  for (const p of result.problems) problems.push(`${shown}: ${p.field} ${p.message} (${HELP})`);
  return undefined;
}

async function yamlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(dir, n));
}

/**
 * Reads and validates everything under `dir` (the `knowledge/` folder). Throws a
 * `knowledge_invalid` BotError listing every problem as "file: field what is wrong".
 */
export async function loadKnowledgeFiles(dir: string): Promise<KnowledgeData> {
  const problems: string[] = [];
  const root = join(dir, '..');
  const items: KnowledgeItem[] = [];
  let files: string[] = [];
  try {
    files = await yamlFiles(join(dir, 'items'));
  } catch {
    throw new BotError('knowledge_invalid', `The knowledge folder ${dir} has no items/ folder.`);
  }
  for (const file of files) {
    const item = await readValidated(file, root, itemSchema, problems);
    if (!item) continue;
    const expected = basename(file).replace(/\.ya?ml$/, '');
    if (item.id !== expected) {
      problems.push(`${relative(root, file)}: id "${item.id}" does not match the file name: rename the file or the id`);
      continue;
    }
    items.push(item);
  }
  const synonyms = (await readValidated(join(dir, 'synonyms.yaml'), root, synonymsSchema, problems)) ?? { groups: [], topic: [] };
  if (problems.length === 0) {
    for (const p of findKnowledgeProblems(items)) {
      problems.push(`${relative(root, join(dir, 'items', `${p.itemId}.yaml`))}: ${p.field} ${p.message} (${HELP})`);
    }
  }
  if (problems.length > 0) {
    throw new BotError('knowledge_invalid', 'The knowledge files have problems; the bot cannot start:', problems);
  }
  return { items, synonyms };
}
