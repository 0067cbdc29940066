import { createRequire } from 'node:module';
import type { PackagedLists } from '../core/knowledge/resolve.js';

const require = createRequire(import.meta.url);

/** The word lists of the maintained packages a lexicon may include; each package loads when first named. */
export const packagedLists: PackagedLists = (from) => {
  const [pkg, lang] = from.split('/') as [string, string];
  return (require(pkg) as Record<string, string[]>)[lang] ?? [];
};
