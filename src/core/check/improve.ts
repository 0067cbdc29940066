import type { Edit } from './rule.js';

/**
 * Applies mechanical fixes to a draft: replacements from the end backwards (so that spans stay
 * valid; overlapping ones are skipped), then the prefixes, each once, in order.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const replacements = edits
    .filter((e): e is Extract<Edit, { kind: 'replace' }> => e.kind === 'replace')
    .sort((a, b) => b.span[0] - a.span[0]);
  let out = text;
  let limit = Infinity;
  for (const edit of replacements) {
    if (edit.span[1] > limit) continue;
    out = out.slice(0, edit.span[0]) + edit.text + out.slice(edit.span[1]);
    limit = edit.span[0];
  }
  const prefixes = [...new Set(edits.filter((e) => e.kind === 'prefix').map((e) => e.text))];
  return prefixes.join('') + out;
}
