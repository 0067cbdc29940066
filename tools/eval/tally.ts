/**
 * How the draft check's results are counted, the same for `npm run eval` (tools/eval/score.ts)
 * and the cross-validation of `npm run train` (tools/train/check-report.ts): per code true and
 * false findings, verdicts, clean drafts flagged and problems worded indirectly found.
 */

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

/** The verdict level of a set of codes: 0 groen, 1 oranje, 2 rood. */
export const levelOf = (codes: Iterable<string>): number => Math.max(0, ...[...codes].map((c) => SEVERITY[c] ?? 1));

export interface CodeCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** One labelled draft and what the check made of it. */
export interface DraftOutcome {
  want: ReadonlySet<string>;
  /** Codes that are fair to find but not required (the evaluation sets' `optional`). */
  optional?: ReadonlySet<string>;
  got: ReadonlySet<string>;
  /** The verdict level the check gave (0 groen, 1 oranje, 2 rood). */
  verdict: number;
  indirect: boolean;
}

const ratio = (x: number, n: number, empty: number) => (n ? x / n : empty);

/** A clean draft: nothing to find, not even an optional code. */
export const isClean = (o: Pick<DraftOutcome, 'want' | 'optional'>): boolean => o.want.size === 0 && (o.optional?.size ?? 0) === 0;

export class CheckTally {
  tp = 0;
  fp = 0;
  fn = 0;
  drafts = 0;
  verdictOk = 0;
  clean = 0;
  cleanFlagged = 0;
  /** Clean drafts the check called rood. */
  cleanRood = 0;
  indirect = 0;
  indirectFound = 0;
  readonly perCode: Record<string, CodeCounts> = {};

  /** Counts one draft; returns what it got wrong ("missed gesprek", "extra belediging", "verdict"). */
  add(o: DraftOutcome): string[] {
    const wrong: string[] = [];
    const optional = o.optional ?? new Set<string>();
    const bump = (c: string, k: keyof CodeCounts) => {
      this.perCode[c] ??= { tp: 0, fp: 0, fn: 0 };
      this.perCode[c][k]++;
    };
    this.drafts++;
    for (const c of o.want) {
      const found = o.got.has(c);
      this[found ? 'tp' : 'fn']++;
      bump(c, found ? 'tp' : 'fn');
      if (!found) wrong.push(`missed ${c}`);
      if (o.indirect) {
        this.indirect++;
        if (found) this.indirectFound++;
      }
    }
    for (const c of o.got) {
      if (o.want.has(c) || optional.has(c)) continue;
      this.fp++;
      bump(c, 'fp');
      wrong.push(`extra ${c}`);
    }
    if (o.verdict >= levelOf(o.want) && o.verdict <= levelOf([...o.want, ...optional])) this.verdictOk++;
    else wrong.push('verdict');
    if (isClean(o)) {
      this.clean++;
      if (o.got.size > 0) this.cleanFlagged++;
      if (o.verdict === 2) this.cleanRood++;
    }
    return wrong;
  }

  get precision(): number {
    return ratio(this.tp, this.tp + this.fp, 1);
  }

  get recall(): number {
    return ratio(this.tp, this.tp + this.fn, 1);
  }

  get f1(): number {
    const { precision: p, recall: r } = this;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }

  get verdict(): number {
    return ratio(this.verdictOk, this.drafts, 0);
  }

  /** Recall of the problems worded indirectly, or null when there were none. */
  get indirectRecall(): number | null {
    return this.indirect ? this.indirectFound / this.indirect : null;
  }
}
