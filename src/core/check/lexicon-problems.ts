import type { Lexicon } from '../knowledge/schema.js';
import type { Rule } from './rule.js';
import { rules as allRules } from './rules/index.js';

/** Lists a rule needs but its lexicon lacks; each problem names the code and the list. */
export function findLexiconProblems(lexicons: readonly Lexicon[], rules: readonly Rule[] = allRules): Array<{ code: string; list?: string; message: string }> {
  const problems: Array<{ code: string; list?: string; message: string }> = [];
  for (const rule of rules) {
    const lexicon = lexicons.find((l) => l.code === rule.code);
    for (const list of rule.lists) {
      if (!lexicon) {
        problems.push({ code: rule.code, message: `is missing: the ${rule.code} check needs its word lists` });
        break;
      }
      if (!(list in lexicon.lists) || lexicon.lists[list]?.length === 0) {
        problems.push({ code: rule.code, list, message: `lists.${list} is missing or empty: the ${rule.code} check needs it` });
      }
    }
  }
  return problems;
}
