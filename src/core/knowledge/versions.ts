import type { KnowledgeSource } from './source.js';

/** How a version came to be: the `knowledge/` folder (version 1, or a changed folder), a publish, a rollback or an import. */
export type VersionKind = 'folder' | 'publish' | 'rollback' | 'import';

/** A version without its content: what the history lists. The author is a role, never a person. */
export interface VersionInfo {
  number: number;
  kind: VersionKind;
  author: string;
  message: string;
  at: Date;
  /** For a rollback: the version it restores. */
  basedOn: number | undefined;
}

export interface Version extends VersionInfo {
  source: KnowledgeSource;
}

/** A saved, not yet published edit of the whole knowledge. */
export interface Draft {
  id: string;
  author: string;
  message: string;
  at: Date;
  /** The published version it was edited from. */
  base: number;
  source: KnowledgeSource;
}

export interface NewVersion {
  kind: VersionKind;
  source: KnowledgeSource;
  author: string;
  message: string;
  at: Date;
  basedOn?: number | undefined;
  /** The folder's fingerprint, for a version read from the `knowledge/` folder. */
  folderKey?: string | undefined;
}

/** Where versions and drafts are kept (the database); every process reads the same. */
export interface VersionStore {
  /** The newest version's number: what every process polls. */
  latestNumber(): Promise<number | undefined>;
  get(number: number): Promise<Version | undefined>;
  list(): Promise<VersionInfo[]>;
  /** Adds the next version; two processes adding at once each get their own number. */
  add(version: NewVersion): Promise<VersionInfo>;
  /** The fingerprint of the newest version made from the folder. */
  latestFolderKey(): Promise<string | undefined>;
  saveDraft(draft: Omit<Draft, 'id'>): Promise<Draft>;
  draft(id: string): Promise<Draft | undefined>;
  /** The saved drafts without their content, newest first. */
  drafts(): Promise<DraftInfo[]>;
  /** Removes a draft (abandoned, or published); false when there was none. */
  deleteDraft(id: string): Promise<boolean>;
}

export type DraftInfo = Omit<Draft, 'source'>;

/** One changed value between two versions, at a path a person can follow (`items.regel-7.answer.nl`). */
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

/** Lists of items, tips and lexicons are keyed by their id or code, so a reorder is no change. */
function keyOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.id === 'string') return record.id;
  if (typeof record.code === 'string') return record.code;
  return undefined;
}

function flatten(value: unknown, path: string, out: Map<string, unknown>): void {
  if (Array.isArray(value)) {
    const keys = value.map(keyOf);
    const keyed = value.length > 0 && keys.every((k) => k !== undefined) && new Set(keys).size === keys.length;
    // A list of words is one value: the diff shows it before and after, not word by word.
    if (!keyed && value.every((v) => v === null || typeof v !== 'object')) {
      out.set(path, value);
      return;
    }
    for (const [i, v] of value.entries()) flatten(v, `${path}.${keyed ? keys[i] : i}`, out);
    if (value.length === 0) out.set(path, []);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
    return;
  }
  out.set(path, value);
}

/** What changed from `a` to `b`, field by field, in path order. */
export function diffSources(a: KnowledgeSource, b: KnowledgeSource): Change[] {
  const before = new Map<string, unknown>();
  const after = new Map<string, unknown>();
  flatten(a, '', before);
  flatten(b, '', after);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  return paths.filter((p) => !same(before.get(p), after.get(p))).map((path) => ({ path, before: before.get(path), after: after.get(path) }));
}
