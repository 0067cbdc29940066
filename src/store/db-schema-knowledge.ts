/** A version of the whole knowledge: `source` is its validated content as JSON; `author` a role, not a person. */
export interface KnowledgeVersionTable {
  number: number;
  kind: string;
  author: string;
  message: string;
  created_at: string;
  based_on: number | null;
  folder_key: string | null;
  source: string;
}

/** A saved edit of the whole knowledge, not yet published. */
export interface KnowledgeDraftTable {
  id: string;
  author: string;
  message: string;
  created_at: string;
  base: number;
  source: string;
}
