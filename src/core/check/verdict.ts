import type { Severity, Verdict } from '../reply-model.js';

/** Rood findings first. */
export const severityRank = (s: Severity): number => (s === 'rood' ? 2 : 1);

/** CONTRACT §2: rood when any finding is rood, else oranje when any is, else groen. */
export function verdictOf(findings: readonly { severity: Severity }[]): Verdict {
  if (findings.some((f) => f.severity === 'rood')) return 'rood';
  return findings.length > 0 ? 'oranje' : 'groen';
}
