/** A question the review answers with both versions: labelled (the training set) or asked by people (masked). */
export interface ReviewQuestion {
  text: string;
  /** The items a right answer names first; absent for asked questions, which have no label. */
  expect?: readonly string[] | undefined;
  from: 'training' | 'asked';
}

/** "Fallback": the rule-8 answer, no item found. */
export const FALLBACK = '(fallback)';

export interface ReviewLine {
  text: string;
  from: ReviewQuestion['from'];
  before: string;
  after: string;
}

/** What a draft does to the answers, compared with the published version. */
export interface Review {
  questions: number;
  labelled: number;
  /** Labelled questions answered right (first answer among `expect`), before and after. */
  rightBefore: number;
  rightAfter: number;
  /** Every question whose first answer changes (at most `LIMIT` shown, `changedCount` all). */
  changed: ReviewLine[];
  changedCount: number;
  /** Labelled questions that were right and no longer are. */
  worse: ReviewLine[];
  /** Questions that had an answer and now fall back. */
  nowFallback: ReviewLine[];
  /** Fewer right answers, or questions that now fall back: publishing needs a confirmation. */
  isWorse: boolean;
}

const LIMIT = 50;

/** Answers every question with both versions and says what changes; `answer` gives the first item's id or FALLBACK. */
export function reviewAnswers(before: (text: string) => string, after: (text: string) => string, questions: readonly ReviewQuestion[]): Review {
  const changed: ReviewLine[] = [];
  const worse: ReviewLine[] = [];
  const nowFallback: ReviewLine[] = [];
  let labelled = 0;
  let rightBefore = 0;
  let rightAfter = 0;
  for (const q of questions) {
    const line = { text: q.text, from: q.from, before: before(q.text), after: after(q.text) };
    if (q.expect) {
      labelled++;
      const wasRight = q.expect.includes(line.before);
      const isRight = q.expect.includes(line.after);
      if (wasRight) rightBefore++;
      if (isRight) rightAfter++;
      if (wasRight && !isRight) worse.push(line);
    }
    if (line.before === line.after) continue;
    changed.push(line);
    if (line.after === FALLBACK) nowFallback.push(line);
  }
  return {
    questions: questions.length,
    labelled,
    rightBefore,
    rightAfter,
    changed: changed.slice(0, LIMIT),
    changedCount: changed.length,
    worse: worse.slice(0, LIMIT),
    nowFallback: nowFallback.slice(0, LIMIT),
    isWorse: rightAfter < rightBefore || nowFallback.length > 0,
  };
}
