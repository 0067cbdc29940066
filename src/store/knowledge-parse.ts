import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { BotError } from '../core/errors.js';
import { findKnowledgeProblems, type KnowledgeData } from '../core/knowledge/knowledge-base.js';
import { findLexiconProblems } from '../core/check/lexicon-problems.js';
import {
  departmentsSchema,
  itemSchema,
  lexiconSchema,
  organisationSchema,
  synonymsSchema,
  tipsSchema,
  type KnowledgeItem,
  type Lexicon,
  type LexiconFile,
} from '../core/knowledge/schema.js';
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

const require = createRequire(import.meta.url);

/** The word lists of the maintained packages a lexicon may include. */
function packagedList(from: LexiconFile['include'][number]['from']): string[] {
  const [pkg, lang] = from.split('/') as [string, string];
  return (require(pkg) as Record<string, string[]>)[lang] ?? [];
}

/** A lexicon file with its includes resolved: every list as one array of terms. */
function resolveLexicon(file: LexiconFile): Lexicon {
  const lists: Record<string, string[]> = {};
  for (const [name, terms] of Object.entries(file.lists)) lists[name] = [...terms.nl, ...terms.en];
  for (const include of file.include) {
    const except = new Set(include.except.map((e) => e.toLowerCase()));
    const extra = packagedList(include.from).filter((w) => !except.has(w.toLowerCase()));
    lists[include.list] = [...(lists[include.list] ?? []), ...extra];
  }
  return { code: file.code, lists, never: file.never };
}

async function loadLexicons(dir: string, root: string, problems: string[]): Promise<Lexicon[]> {
  const lexicons: Lexicon[] = [];
  for (const file of await yamlFiles(join(dir, 'lexicon')).catch(() => [])) {
    const lexicon = await readValidated(file, root, lexiconSchema, problems);
    if (!lexicon) continue;
    if (lexicon.code !== basename(file).replace(/\.ya?ml$/, '')) {
      problems.push(`${relative(root, file)}: code "${lexicon.code}" does not match the file name: rename the file or the code`);
      continue;
    }
    lexicons.push(resolveLexicon(lexicon));
  }
  for (const p of findLexiconProblems(lexicons)) problems.push(`${relative(root, join(dir, 'lexicon', `${p.code}.yaml`))}: ${p.message}`);
  return lexicons;
}

/** Reads, parses and validates every knowledge file; throws a `knowledge_invalid` BotError listing every problem. */
export async function parseKnowledgeFiles(dir: string): Promise<KnowledgeData> {
  const problems: string[] = [];
  const root = join(dir, '..');
  const items: KnowledgeItem[] = [];
  let files: string[] = [];
  try {
    files = await yamlFiles(join(dir, 'items'));
  } catch {
    throw new BotError('knowledge_invalid', `The knowledge folder ${dir} has no items/ folder.`);
  }
  const parsed = await Promise.all(files.map((file) => readValidated(file, root, itemSchema, problems)));
  for (const [i, file] of files.entries()) {
    const item = parsed[i];
    if (!item) continue;
    const expected = basename(file).replace(/\.ya?ml$/, '');
    if (item.id !== expected) {
      problems.push(`${relative(root, file)}: id "${item.id}" does not match the file name: rename the file or the id`);
      continue;
    }
    items.push(item);
  }
  const itemProblems = problems.length;
  const synonyms = (await readValidated(join(dir, 'synonyms.yaml'), root, synonymsSchema, problems)) ?? { groups: [], topic: [], topic_weak: [] };
  const lexicons = await loadLexicons(dir, root, problems);
  const organisation = await readValidated(join(dir, 'organisation.yaml'), root, organisationSchema, problems);
  const departments = await readValidated(join(dir, 'departments.yaml'), root, departmentsSchema, problems);
  const tips = await readValidated(join(dir, 'tips.yaml'), root, tipsSchema, problems);
  if (tips) {
    const ids = new Set(items.map((i) => i.id));
    tips.tips.forEach((tip, i) => {
      if (!ids.has(tip.item)) problems.push(`knowledge/tips.yaml: tips[${i}].item refers to "${tip.item}", which does not exist (${HELP})`);
    });
  }
  if (itemProblems === 0) {
    for (const p of findKnowledgeProblems(items)) {
      problems.push(`${relative(root, join(dir, 'items', `${p.itemId}.yaml`))}: ${p.field} ${p.message} (${HELP})`);
    }
  }
  if (problems.length > 0) {
    throw new BotError('knowledge_invalid', 'The knowledge files have problems; the bot cannot start:', problems);
  }
  if (!departments || !tips || problems.length > 0) throw new BotError('knowledge_invalid', 'The knowledge files have problems; the bot cannot start:', problems);
  return { items, synonyms, lexicons, organisation: organisation ?? organisationSchema.parse({}), departments, tips: tips.tips };
}
