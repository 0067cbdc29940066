import type { KnowledgeData } from './knowledge-base.js';
import type { Lexicon, LexiconFile } from './schema.js';

// Resolving a validated source needs no schema: this module is what start-up loads (the
// schemas, and zod with them, load only when something is validated: an edit, an import).

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

/** The parts of a validated source (`KnowledgeSource`) that resolving reads. */
export interface ResolvableSource {
  items: KnowledgeData['items'];
  synonyms: KnowledgeData['synonyms'];
  lexicons: readonly LexiconFile[];
  organisation: KnowledgeData['organisation'];
  departments: KnowledgeData['departments'];
  tips: { tips: KnowledgeData['tips'] };
}

/** What the bot runs on, from a validated source. */
export function resolveSource(source: ResolvableSource, packaged: PackagedLists): KnowledgeData {
  return {
    items: source.items,
    synonyms: source.synonyms,
    lexicons: source.lexicons.map((l) => resolveLexicon(l, packaged)),
    organisation: source.organisation,
    departments: source.departments,
    tips: source.tips.tips,
  };
}
