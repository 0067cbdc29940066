import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { BotError } from '../core/errors.js';
import type { KnowledgeData } from '../core/knowledge/knowledge-base.js';
import {
  departmentsSchema,
  itemSchema,
  lexiconSchema,
  organisationSchema,
  synonymsSchema,
  tipsSchema,
  type KnowledgeItem,
  type LexiconFile,
} from '../core/knowledge/schema.js';
import { crossProblems, normaliseSource, resolveSource, type KnowledgeSource, type PackagedLists } from '../core/knowledge/source.js';
import { validate } from '../core/validation.js';
import { packagedLists } from './packaged-lists.js';

const HELP = 'see knowledge/README.md';

/** The knowledge's files by path inside the folder (`items/regel-1.yaml`), as text. */
export type KnowledgeTexts = Readonly<Record<string, string>>;

/** One problem of a file: `file` is the path inside the folder, `field` the YAML path, when known. */
export interface FileProblem {
  file: string;
  field?: string | undefined;
  message: string;
}

export { packagedLists };

/** Parses one YAML text; syntax errors become problems with the line number. */
function readYaml(texts: KnowledgeTexts, file: string, problems: FileProblem[]): unknown {
  const source = texts[file];
  if (source === undefined) {
    problems.push({ file, message: `the file is missing or unreadable (${HELP})` });
    return undefined;
  }
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      problems.push({ file: `${file}${line ? `:${line}` : ''}`, message: `the YAML is not valid: ${error.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return doc.toJS();
}

function readValidated<S extends z.ZodType>(texts: KnowledgeTexts, file: string, schema: S, problems: FileProblem[]): z.output<S> | undefined {
  const raw = readYaml(texts, file, problems);
  if (raw === undefined) return undefined;
  const result = validate(schema, raw);
  if (result.ok) return result.value;
  for (const p of result.problems) problems.push({ file, field: p.field, message: `${p.message} (${HELP})` });
  return undefined;
}

const stem = (file: string) => basename(file).replace(/\.ya?ml$/, '');
const under = (texts: KnowledgeTexts, folder: string) =>
  Object.keys(texts)
    .filter((f) => f.startsWith(`${folder}/`) && /\.ya?ml$/.test(f))
    .sort();

/**
 * Parses and validates the knowledge's files, given as texts: the folder at start-up, or an
 * import. Either the source (the files' validated content) or every problem, with its file.
 */
export function parseKnowledgeTexts(
  texts: KnowledgeTexts,
  packaged: PackagedLists = packagedLists,
): { ok: true; source: KnowledgeSource } | { ok: false; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const items: KnowledgeItem[] = [];
  const itemFiles = under(texts, 'items');
  if (itemFiles.length === 0) return { ok: false, problems: [{ file: 'items/', message: 'there is no items/ folder, or it holds no YAML files' }] };
  for (const file of itemFiles) {
    const item = readValidated(texts, file, itemSchema, problems);
    if (!item) continue;
    if (item.id !== stem(file)) problems.push({ file, message: `id "${item.id}" does not match the file name: rename the file or the id` });
    else items.push(item);
  }
  const itemProblems = problems.length;
  const synonyms =
    texts['synonyms.yaml'] === undefined ? { groups: [], topic: [], topic_weak: [] } : readValidated(texts, 'synonyms.yaml', synonymsSchema, problems);
  const lexicons: LexiconFile[] = [];
  for (const file of under(texts, 'lexicon')) {
    const lexicon = readValidated(texts, file, lexiconSchema, problems);
    if (!lexicon) continue;
    if (lexicon.code !== stem(file)) problems.push({ file, message: `code "${lexicon.code}" does not match the file name: rename the file or the code` });
    else lexicons.push(lexicon);
  }
  const organisation =
    texts['organisation.yaml'] === undefined ? organisationSchema.parse({}) : readValidated(texts, 'organisation.yaml', organisationSchema, problems);
  const departments = readValidated(texts, 'departments.yaml', departmentsSchema, problems);
  const tips = readValidated(texts, 'tips.yaml', tipsSchema, problems);
  if (!synonyms || !organisation || !departments || !tips) return { ok: false, problems };
  const source = { items, synonyms, lexicons, organisation, departments, tips };
  for (const p of crossProblems(source, packaged)) {
    // Problems of the contract's items only make sense once every item file read well.
    if (p.path.startsWith('items') && itemProblems > 0) continue;
    problems.push({ file: fileOf(source, p.path), field: fieldOf(p.path), message: `${p.message} (${HELP})` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, source: normaliseSource(source) };
}

/** The file a source path is in: `items[3].answer` → `items/<id>.yaml`. */
function fileOf(source: KnowledgeSource, path: string): string {
  const item = /^items\[(\d+)\]/.exec(path);
  if (item) return `items/${source.items[Number(item[1])]?.id}.yaml`;
  const missing = /^items \((.+)\)$/.exec(path) ?? /^lexicons \((.+)\)$/.exec(path);
  if (missing) return `${path.startsWith('items') ? 'items' : 'lexicon'}/${missing[1]}.yaml`;
  const lexicon = /^lexicons\[(\d+)\]/.exec(path);
  if (lexicon) return `lexicon/${source.lexicons[Number(lexicon[1])]?.code}.yaml`;
  return 'tips.yaml';
}

function fieldOf(path: string): string | undefined {
  const rest = path
    .replace(/^(items|lexicons)\[\d+\]\.?/, '')
    .replace(/^(items|lexicons) \(.+\)$/, 'id')
    .replace(/^tips\./, '');
  return rest === '' ? undefined : rest;
}

/** "knowledge/items/regel-7.yaml: answer.en is missing": one line per problem, as the start-up error shows them. */
export function describeProblems(folder: string, problems: readonly FileProblem[]): string[] {
  return problems.map((p) => `${folder}/${p.file}: ${p.field ? `${p.field} ` : ''}${p.message}`);
}

/** Every YAML file under `dir`, by its path inside the folder. */
export async function readKnowledgeTexts(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true })).filter((n) => /\.ya?ml$/.test(n)).sort();
  const contents = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
  return Object.fromEntries(names.map((n, i) => [n.split('\\').join('/'), contents[i] as string]));
}

/** Reads and validates the folder; throws a `knowledge_invalid` BotError listing every problem. */
export async function parseKnowledgeSource(dir: string): Promise<KnowledgeSource> {
  let texts: Record<string, string>;
  try {
    texts = await readKnowledgeTexts(dir);
  } catch {
    throw new BotError('knowledge_invalid', `The knowledge folder ${dir} has no items/ folder.`);
  }
  const result = parseKnowledgeTexts(texts);
  if (!result.ok) {
    if (result.problems[0]?.file === 'items/') throw new BotError('knowledge_invalid', `The knowledge folder ${dir} has no items/ folder.`);
    throw new BotError('knowledge_invalid', 'The knowledge files have problems; the bot cannot start:', describeProblems(basename(dir), result.problems));
  }
  return result.source;
}

/** Reads, parses and validates every knowledge file; throws a `knowledge_invalid` BotError listing every problem. */
export async function parseKnowledgeFiles(dir: string): Promise<KnowledgeData> {
  return resolveSource(await parseKnowledgeSource(dir), packagedLists);
}
