import { KNOWLEDGE_IDS, type KnowledgeId } from '../ids.js';
import type { Citation } from '../reply-model.js';
import type { Lang } from '../lang.js';
import { fillOrgText, type OrgNaming } from '../org.js';
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
  /** The name and its article, for the bot's own sentences ("het CNV"). */
  readonly org: OrgNaming;
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

/** Fills in the organisation everywhere; a Dutch or English branch (`nl:` / `en:`) in its own language. */
function fillOrg<T>(value: T, org: OrgNaming, lang: Lang = 'nl'): T {
  if (typeof value === 'string') return fillOrgText(value, org, lang) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => fillOrg(v, org, lang)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillOrg(v, org, k === 'en' || k === 'nl' ? k : lang)])) as T;
  }
  return value;
}

/**
 * Builds the lookup; `{org}`, `{the org}` and `{The org}` in any text become the organisation
 * (see `fillOrgText`). Templates keep {year} and {name}. A bare name has no article.
 */
export function createKnowledgeBase(data: KnowledgeData, orgName: string | OrgNaming): KnowledgeBase {
  const org: OrgNaming = typeof orgName === 'string' ? { name: orgName, article: orgName === 'CNV' ? 'het' : 'none' } : orgName;
  const items = Object.freeze(data.items.map((item) => Object.freeze(fillOrg(item, org))));
  const byId = new Map(items.map((i) => [i.id, i]));
  const byNumber = new Map(items.filter((i) => i.number !== undefined).map((i) => [i.number as number, i]));
  return Object.freeze({
    orgName: org.name,
    org,
    items,
    synonyms: data.synonyms,
    lexicons: data.lexicons,
    organisation: data.organisation,
    departments: fillOrg(data.departments, org),
    tips: fillOrg(data.tips, org),
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
