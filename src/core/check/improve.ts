import { overlaps, type Span } from './detect/span.js';
import { sentencesOf } from './match/tokens.js';
import type { TokenizedText } from './match/tokens.js';
import type { Edit } from './rule.js';

type Replace = Extract<Edit, { kind: 'replace' }>;
type Drop = Extract<Edit, { kind: 'drop' }>;

/**
 * Applies fixes to a draft: dropped sentences go first (a fix inside one is moot), then the
 * replacements from the end backwards (so that spans stay valid; overlapping ones are skipped),
 * then the prefixes, each once, in order.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const drops = edits.filter((e): e is Drop => e.kind === 'drop');
  const replacements: Replace[] = edits.filter((e): e is Replace => e.kind === 'replace').filter((e) => !drops.some((d) => overlaps(d.span, e.span)));
  const all = [...replacements, ...drops.map((d) => ({ kind: 'replace' as const, span: d.span, text: '' }))].sort((a, b) => b.span[0] - a.span[0]);
  // From the end backwards, an edit that overlaps one already taken is left out; the text is then
  // put together once from its pieces (splicing it per edit copied a 40 000-character draft for
  // each of its hundreds of edits).
  const taken: Array<(typeof all)[number]> = [];
  let limit = Infinity;
  for (const edit of all) {
    if (edit.span[1] > limit) continue;
    taken.push(edit);
    limit = edit.span[0];
  }
  const pieces: string[] = [];
  let at = 0;
  for (const edit of taken.reverse()) {
    pieces.push(text.slice(at, edit.span[0]), edit.text);
    at = edit.span[1];
  }
  pieces.push(text.slice(at));
  let out = pieces.join('');
  if (drops.length > 0)
    out = out
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const prefixes = [...new Set(edits.filter((e) => e.kind === 'prefix').map((e) => e.text))];
  return prefixes.join('') + out;
}

/**
 * What keeps the improved version safe: each rood span that no replacement masks has its
 * sentence left out, so the confidential sentence or the insult is never offered for copying.
 */
export function safetyEdits(doc: TokenizedText, rood: readonly Span[], edits: readonly Edit[]): Drop[] {
  const masked = (span: Span) => edits.some((e) => e.kind === 'replace' && e.span[0] <= span[0] && e.span[1] >= span[1]);
  const sentences = new Set<number>();
  for (const span of rood) if (!masked(span)) for (const s of sentencesOf(doc, span)) sentences.add(s);
  return [...sentences].map((s) => ({ kind: 'drop', span: doc.sentences[s] as Span }));
}

/** The fixed version: the rules' fixes, and nothing of what made the draft rood (dropped or masked). */
export function improvedVersion(doc: TokenizedText, rood: readonly Span[], edits: readonly Edit[]): { improved?: string; noSafeVersion?: true } {
  const all = [...edits, ...safetyEdits(doc, rood, edits)];
  if (all.length === 0) return {};
  const body = applyEdits(
    doc.text,
    all.filter((e) => e.kind !== 'prefix'),
  );
  if (all.some((e) => e.kind === 'drop') && !/\p{L}{2}/u.test(body.replace(/\[[^\]]*\]/g, ''))) return { noSafeVersion: true };
  const improved = applyEdits(doc.text, all);
  return improved !== doc.text ? { improved } : {};
}
