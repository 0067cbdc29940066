import type { KnowledgeItem } from '../knowledge/schema.js';
import type { Lang } from '../lang.js';

/** How much a match in each field counts; keywords and example questions are written for search. */
export const FIELD_WEIGHTS = {
  keywords: 3,
  title: 2,
  examples: 1.6,
  answer: 0.8,
  source: 0.6,
} as const;
export type Field = keyof typeof FIELD_WEIGHTS;
export const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** One field of an item in one language: its terms' counts and its length. */
export interface FieldDoc {
  tf: Map<string, number>;
  length: number;
}

export function countTerms(terms: readonly string[]): FieldDoc {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return { tf, length: terms.length };
}

/** The texts of each field of an item in one language. */
export function fieldTexts(item: KnowledgeItem, lang: Lang): Record<Field, string[]> {
  return {
    keywords: item.keywords[lang],
    title: [item.title[lang]],
    examples: item.examples[lang],
    answer: [item.answer[lang]],
    source: [item.source[lang]],
  };
}
