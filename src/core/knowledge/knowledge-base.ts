import { KNOWLEDGE_IDS, type KnowledgeId } from '../ids.js';
import type { Citation } from '../reply-model.js';
import type { Lang } from '../lang.js';
import type { Departments, KnowledgeItem, Lexicon, OrganisationSettings, Synonyms, Tip } from './schema.js';

/** Validated knowledge as read from `knowledge/`, before the organisation's name is filled in. */
export interface KnowledgeData {
  items: readonly KnowledgeItem[];
  synonyms: Synonyms;
  lexicons: readonly Lexicon[];
  organisation: OrganisationSettings;
  departments: Departments;
  tips: readonly Tip[];
}

/** Typed, read-only lookup over the knowledge, with `{org}` replaced by the organisation's name. */
export interface KnowledgeBase {
  readonly orgName: string;
  readonly items: readonly KnowledgeItem[];
  readonly synonyms: Synonyms;
  readonly lexicons: readonly Lexicon[];
  readonly organisation: OrganisationSettings;
  readonly departments: Departments;
  readonly tips: readonly Tip[];
  byId(id: KnowledgeId): KnowledgeItem | undefined;
  has(id: KnowledgeId): boolean;
  /** The rule with this number ("regel 7"), if any. */
  rule(number: number): KnowledgeItem | undefined;
}

/** A problem that spans files: a missing contract id, a dangling reference, a duplicate. */
export interface KnowledgeProblem {
  /** The item id the problem is about (its file is `items/<id>.yaml`). */
  itemId: string;
  field: string;
  message: string;
}

/** Checks what no single file can: every contract id present, references resolve, no duplicates. */
export function findKnowledgeProblems(items: readonly KnowledgeItem[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const ids = new Set(items.map((i) => i.id));
  for (const id of KNOWLEDGE_IDS) {
    if (!ids.has(id)) {
      problems.push({ itemId: id, field: 'id', message: 'is missing: every guideline id of the contract needs its file' });
    }
  }
  const numbers = new Map<number, string>();
  for (const item of items) {
    for (const ref of item.related) {
      if (!ids.has(ref)) problems.push({ itemId: item.id, field: 'related', message: `refers to "${ref}", which does not exist` });
    }
    if (item.number === undefined) continue;
    const other = numbers.get(item.number);
    if (other) problems.push({ itemId: item.id, field: 'number', message: `${item.number} is also used by "${other}"` });
    numbers.set(item.number, item.id);
  }
  return problems;
}

const ORG_PLACEHOLDER = /\{org\}/g;

function fillOrg<T>(value: T, orgName: string): T {
  if (typeof value === 'string') return value.replace(ORG_PLACEHOLDER, orgName) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => fillOrg(v, orgName)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillOrg(v, orgName)])) as T;
  }
  return value;
}

/** Builds the lookup; `{org}` in any text becomes `orgName`. Templates keep {year} and {name}. */
export function createKnowledgeBase(data: KnowledgeData, orgName: string): KnowledgeBase {
  const items = Object.freeze(data.items.map((item) => Object.freeze(fillOrg(item, orgName))));
  const byId = new Map(items.map((i) => [i.id, i]));
  const byNumber = new Map(items.filter((i) => i.number !== undefined).map((i) => [i.number as number, i]));
  return Object.freeze({
    orgName,
    items,
    synonyms: data.synonyms,
    lexicons: data.lexicons,
    organisation: data.organisation,
    departments: fillOrg(data.departments, orgName),
    tips: fillOrg(data.tips, orgName),
    byId: (id: KnowledgeId) => byId.get(id),
    has: (id: KnowledgeId) => byId.has(id),
    rule: (n: number) => byNumber.get(n),
  });
}

/** How an item is cited: "Regel 7" / "Rule 7" for rules, the item's label or title otherwise. */
export function citationFor(item: KnowledgeItem, lang: Lang): Citation {
  if (item.label) return { itemId: item.id, label: item.label[lang] };
  if (item.kind === 'rule' && item.number !== undefined) {
    return { itemId: item.id, label: `${lang === 'nl' ? 'Regel' : 'Rule'} ${item.number}` };
  }
  return { itemId: item.id, label: item.title[lang] };
}
