import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft, codesOf } from '../../support/check.js';
import { DRAFT_SETS, readJsonl, scoreChecks, type LabelledDraft } from '../../support/eval-sets.js';

const run = (text: string) => {
  const result = checkDraft(text);
  return { verdict: result.verdict, codes: codesOf(result) };
};

// Regression guards below what was measured when the check last changed (see the closing notes).
describe('draft check quality', () => {
  it('meets the issue targets on the shared dev set', ({ skip }) => {
    if (!existsSync(DRAFT_SETS.dev)) skip();
    const score = scoreChecks(readJsonl<LabelledDraft>(DRAFT_SETS.dev), run);
    expect(score.f1, score.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(score.verdict).toBeGreaterThanOrEqual(0.9);
    expect(score.cleanFlagged).toBe(0);
  });

  it('holds on the held-out drafts', () => {
    const score = scoreChecks(readJsonl<LabelledDraft>(DRAFT_SETS.heldOut), run);
    expect(score.f1, score.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(score.verdict).toBeGreaterThanOrEqual(0.9);
    expect(score.cleanFlagged).toBe(0);
  });
});
