import { z } from 'zod';
import { findLexiconProblems } from '../check/lexicon-problems.js';
import { validate } from '../validation.js';
import { findKnowledgeProblems, type KnowledgeData } from './knowledge-base.js';
import { departmentsSchema, itemSchema, lexiconSchema, organisationSchema, synonymsSchema, tipsSchema, type Lexicon, type LexiconFile } from './schema.js';

/**
 * The whole knowledge as the files hold it, validated: what a version in the database is, what
 * the console edits and what export writes back as the same YAML files. Lexicons keep their
 * `include`s here; `resolveSource` fills them in for the matcher.
 */
export const sourceSchema = z.strictObject({
  items: z.array(itemSchema),
  synonyms: synonymsSchema,
  lexicons: z.array(lexiconSchema),
  organisation: organisationSchema,
  departments: departmentsSchema,
  tips: tipsSchema,
});

export type KnowledgeSource = z.infer<typeof sourceSchema>;

/** One problem, at the path of the field in the source (`items[3].answer.nl`). */
export interface SourceError {
  path: string;
  message: string;
}

/** The word lists of a maintained package (`naughty-words/nl`); the store reads them. */
export type PackagedLists = (from: LexiconFile['include'][number]['from']) => readonly string[];

/** A lexicon file with its includes resolved: every list as one array of terms. */
export function resolveLexicon(file: LexiconFile, packaged: PackagedLists): Lexicon {
  const lists: Record<string, string[]> = {};
  for (const [name, terms] of Object.entries(file.lists)) lists[name] = [...terms.nl, ...terms.en];
  for (const include of file.include) {
    const except = new Set(include.except.map((e) => e.toLowerCase()));
    const extra = packaged(include.from).filter((w) => !except.has(w.toLowerCase()));
    lists[include.list] = [...(lists[include.list] ?? []), ...extra];
  }
  return { code: file.code, lists, never: file.never };
}

/** What the bot runs on, from a validated source. */
export function resolveSource(source: KnowledgeSource, packaged: PackagedLists): KnowledgeData {
  return {
    items: source.items,
    synonyms: source.synonyms,
    lexicons: source.lexicons.map((l) => resolveLexicon(l, packaged)),
    organisation: source.organisation,
    departments: source.departments,
    tips: source.tips.tips,
  };
}

/** Items sorted by id and lexicons by code: the same knowledge always reads (and compares) the same. */
export function normaliseSource(source: KnowledgeSource): KnowledgeSource {
  // Code-unit order, as the files sort: the order the search saw the items in before versions.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { ...source, items: [...source.items].sort((a, b) => order(a.id, b.id)), lexicons: [...source.lexicons].sort((a, b) => order(a.code, b.code)) };
}

/** Problems no single schema sees: contract ids, references, tips pointing nowhere, lexicons a rule needs. */
export function crossProblems(source: KnowledgeSource, packaged: PackagedLists): SourceError[] {
  const errors: SourceError[] = [];
  const at = (id: string) => source.items.findIndex((i) => i.id === id);
  for (const p of findKnowledgeProblems(source.items)) {
    const index = at(p.itemId);
    errors.push({ path: index >= 0 ? `items[${index}].${p.field}` : `items (${p.itemId})`, message: p.message });
  }
  const ids = new Set(source.items.map((i) => i.id));
  source.tips.tips.forEach((tip, i) => {
    if (!ids.has(tip.item)) errors.push({ path: `tips.tips[${i}].item`, message: `refers to "${tip.item}", which does not exist` });
  });
  const lexicons = source.lexicons.map((l) => resolveLexicon(l, packaged));
  for (const p of findLexiconProblems(lexicons)) {
    const index = source.lexicons.findIndex((l) => l.code === p.code);
    const where = p.list ? `lexicons[${index}].lists.${p.list}` : `lexicons[${index}]`;
    errors.push({ path: index >= 0 ? where : `lexicons (${p.code})`, message: p.message });
  }
  return errors;
}

/**
 * The same validation as the YAML files get: the schemas, then what spans files. Either the
 * source, normalised, or every problem with its path; nothing half-valid.
 */
export function validateSource(input: unknown, packaged: PackagedLists): { ok: true; source: KnowledgeSource } | { ok: false; errors: SourceError[] } {
  const result = validate(sourceSchema, input);
  if (!result.ok) return { ok: false, errors: result.problems.map((p) => ({ path: p.field, message: p.message })) };
  const errors = crossProblems(result.value, packaged);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, source: normaliseSource(result.value) };
}
