/** What the content owners see for a period: questions, checks, feedback, escalations. */
export interface Stats {
  from: Date;
  to: Date;
  questions: number;
  answered: number;
  /** Masked texts of questions that fell back to rule 8, newest first. */
  unanswered: string[];
  /** Items with the most 👎 in the period. */
  unhelpful: Array<{ itemId: string; down: number; up: number }>;
  checks: { groen: number; oranje: number; rood: number };
  findings: Array<{ code: string; count: number }>;
  escalations: {
    opened: number;
    medianMinutesToClaim: number | undefined;
    medianMinutesToResolve: number | undefined;
    /** Not resolved and opened more than a day before `to`. */
    staleOpen: string[];
  };
}

/** The middle value, or undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Reads the figures for a period; the store implements it. */
export interface StatsSource {
  stats(from: Date, to: Date): Promise<Stats>;
  /** Escalations and unanswered questions as rows for a CSV export. */
  exportRows(from: Date, to: Date): Promise<{ escalations: Array<Record<string, string>>; unanswered: Array<Record<string, string>> }>;
}

/** The figures plus the weekly digest's slots: one digest per channel per slot. */
export interface DigestSource extends StatsSource {
  claimDigest(platform: string, channelId: string, slot: string, at: Date): Promise<boolean>;
}
