/**
 * The metrics of ../shared/eval/score.mjs, computed in-process: top-1, top-3, MRR, answered and
 * off-topic rejection for questions; F1, precision, recall, per-code counts, verdict accuracy
 * and clean drafts flagged for drafts. Keep in step with score.mjs.
 */

export interface LabelledQuestion {
  id: string;
  text: string;
  expect: string[];
  accept?: string[];
}

export interface LabelledDraft {
  id: string;
  text: string;
  expect: string[];
  optional?: string[];
  verdict?: string;
  indirect?: boolean;
}

const r3 = (x: number, n: number): number | null => (n ? Number((x / n).toFixed(3)) : null);

export function scoreAsk(items: readonly LabelledQuestion[], answer: (text: string) => string[]) {
  let on = 0,
    top1 = 0,
    top3 = 0,
    answered = 0,
    rr = 0,
    off = 0,
    rejected = 0;
  const misses: string[] = [];
  for (const it of items) {
    const ids = answer(it.text);
    if (it.expect.length === 0) {
      off++;
      if (ids.length === 0) rejected++;
      else misses.push(`${it.id} off-topic answered with ${ids[0]}: ${it.text}`);
      continue;
    }
    on++;
    const good = new Set([...it.expect, ...(it.accept ?? [])]);
    if (ids.length) answered++;
    const rank = ids.findIndex((x) => good.has(x));
    if (rank === 0) top1++;
    else misses.push(`${it.id} wanted ${it.expect[0]}, got ${ids.slice(0, 3).join(',') || 'nothing'}: ${it.text}`);
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  const rep = { top1: r3(top1, on), top3: r3(top3, on), mrr: r3(rr, on), answered: r3(answered, on), reject: r3(rejected, off), on, off, misses };
  return {
    ...rep,
    summary: `top1 ${rep.top1} top3 ${rep.top3} mrr ${rep.mrr} answered ${rep.answered} off-topic rejected ${rep.reject} (${on} on-topic, ${off} off-topic)`,
  };
}

/** How bad each finding code is (CONTRACT §2): 2 makes a draft rood, 1 oranje. */
export const SEVERITY: Record<string, number> = {
  vertrouwelijk: 2,
  persoonsgegevens: 2,
  belediging: 2,
  gesprek: 1,
  'klant-concurrent': 1,
  auteursrecht: 1,
  'persoonlijke-titel': 1,
  onderbouwing: 1,
  verwijderen: 1,
};
const RANK: Record<string, number> = { groen: 0, oranje: 1, rood: 2 };

export function scoreCheck(items: readonly LabelledDraft[], check: (text: string) => { verdict: string; codes: string[] }) {
  let tp = 0,
    fp = 0,
    fn = 0,
    verdictOk = 0,
    clean = 0,
    cleanFlagged = 0,
    cleanRood = 0,
    indirect = 0,
    indirectFound = 0;
  const perCode: Record<string, { tp: number; fp: number; fn: number }> = {};
  const errors: string[] = [];
  const bump = (c: string, k: 'tp' | 'fp' | 'fn') => {
    perCode[c] ??= { tp: 0, fp: 0, fn: 0 };
    perCode[c][k]++;
  };
  const worst = (codes: readonly string[]) => Math.max(0, ...codes.map((c) => SEVERITY[c] ?? 0));
  for (const it of items) {
    const out = check(it.text);
    const got = new Set(out.codes);
    const want = new Set(it.expect);
    const optional = new Set(it.optional ?? []);
    const wrong: string[] = [];
    for (const c of want) {
      if (got.has(c)) {
        tp++;
        bump(c, 'tp');
      } else {
        fn++;
        bump(c, 'fn');
        wrong.push(`missed ${c}`);
      }
      if (it.indirect) {
        indirect++;
        if (got.has(c)) indirectFound++;
      }
    }
    for (const c of got) {
      if (want.has(c) || optional.has(c)) continue;
      fp++;
      bump(c, 'fp');
      wrong.push(`extra ${c}`);
    }
    const lo = worst([...want]);
    const hi = worst([...want, ...optional]);
    const v = RANK[out.verdict] ?? 0;
    if (v >= lo && v <= hi) verdictOk++;
    else wrong.push(`verdict ${out.verdict}`);
    if (want.size === 0 && optional.size === 0) {
      clean++;
      if (got.size) cleanFlagged++;
      if (out.verdict === 'rood') cleanRood++;
    }
    if (wrong.length) errors.push(`${it.id} ${wrong.join(', ')}: ${it.text.slice(0, 100)}`);
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const rep = {
    precision: Number(precision.toFixed(3)),
    recall: Number(recall.toFixed(3)),
    f1: Number(f1.toFixed(3)),
    verdict: Number((verdictOk / Math.max(1, items.length)).toFixed(3)),
    clean,
    cleanFlagged,
    cleanRood,
    indirectRecall: indirect ? Number((indirectFound / indirect).toFixed(3)) : null,
    perCode,
    errors,
  };
  return {
    ...rep,
    summary: `f1 ${rep.f1} precision ${rep.precision} recall ${rep.recall} verdict ${rep.verdict} clean drafts flagged ${cleanFlagged}/${clean} (rood ${cleanRood})`,
  };
}

/** Per code "recall (tp/n)", lowest first: where a set's misses are. */
export function codeRecalls(perCode: Record<string, { tp: number; fp: number; fn: number }>): string {
  return Object.entries(perCode)
    .filter(([, c]) => c.tp + c.fn > 0)
    .map(([code, c]) => ({ code, recall: c.tp / (c.tp + c.fn), c }))
    .sort((a, b) => a.recall - b.recall)
    .map(({ code, recall, c }) => `${code} ${recall.toFixed(2)}${c.fp ? ` (+${c.fp} extra)` : ''}`)
    .join(', ');
}
