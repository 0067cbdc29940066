/** What the content owners see for a period: questions, checks, feedback, escalations. */
export interface Stats {
  from: Date;
  to: Date;
  questions: number;
  answered: number;
  /** Masked texts of questions that fell back to rule 8, the newest UNANSWERED_SHOWN, newest first. */
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

/** How many unanswered questions the figures of a period carry (the digest lists them). */
export const UNANSWERED_SHOWN = 5;

/** The columns of the two export files, in order. */
export const EXPORT_COLUMNS = {
  escalations: ['id', 'opened', 'department', 'category', 'urgency', 'status', 'claimed', 'resolved', 'outcome', 'link'],
  unanswered: ['at', 'platform', 'lang', 'question'],
} as const;

/** Rows for a CSV export, produced while they are written: a long period never sits in memory. */
export interface ExportRows {
  escalations: AsyncIterable<Record<string, string>>;
  unanswered: AsyncIterable<Record<string, string>>;
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
  exportRows(from: Date, to: Date): Promise<ExportRows>;
}

/** The figures plus the weekly digest's slots: one digest per channel per slot. */
export interface DigestSource extends StatsSource {
  claimDigest(platform: string, channelId: string, slot: string, at: Date): Promise<boolean>;
  /** Gives a claim back when the digest could not be made, so that a later tick tries again. */
  releaseDigest(platform: string, channelId: string, slot: string): Promise<void>;
  /** The channels that have the digest of `slot` already: a tick with nothing due asks only this. */
  digestsClaimed(slot: string): Promise<Array<{ platform: string; channelId: string }>>;
}
