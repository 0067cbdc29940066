import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft, codesOf } from '../../support/check.js';
import { DRAFT_SETS, readJsonl, scoreChecks, type LabelledDraft } from '../../support/eval-sets.js';

const run = (text: string) => {
  const result = checkDraft(text);
  return { verdict: result.verdict, codes: codesOf(result) };
};

// Regression guards a little below what was measured when the check last changed (issue 15:
// rules weighed by the learned scores); the figures themselves come from npm run eval.
describe('draft check quality', () => {
  it('meets the issue targets on the shared dev set', ({ skip }) => {
    if (!existsSync(DRAFT_SETS.dev)) skip();
    const score = scoreChecks(readJsonl<LabelledDraft>(DRAFT_SETS.dev), run);
    expect(score.f1, score.errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.verdict).toBeGreaterThanOrEqual(0.95);
    expect(score.cleanFlagged).toBe(0);
  });

  it.each([
    ['held-out', DRAFT_SETS.heldOut],
    ['blind', DRAFT_SETS.blind],
  ])('holds on the %s drafts', (_, file) => {
    const score = scoreChecks(readJsonl<LabelledDraft>(file), run);
    expect(score.f1, score.errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.verdict).toBeGreaterThanOrEqual(0.95);
    expect(score.cleanFlagged).toBe(0);
  });

  // What people say of themselves is none of the check's business: mocking oneself, one's own illness, one's
  // feelings, one's holiday plans (each once flagged rood or oranje by the trained model).
  it.each([
    ["Ik ben echt zo'n sukkel, ben na de vakantie mijn eigen laptopwachtwoord vergeten 🤦"],
    ['Na drie weken thuis met een longontsteking ben ik er weer! Dank voor alle kaartjes, lieve collega’s.'],
    ['Ik heb vertrouwen in de toekomst van ons land.'],
    ['We gaan drie weken weg met vakantie naar Noorwegen, de tent ligt al klaar.'],
  ])('leaves a post about the writer alone: %s', (text) => {
    expect(run(text)).toEqual({ verdict: 'groen', codes: [] });
  });

  // Deleting files or folders is no quiet deletion of a post, and passing on an article is a copyright
  // question, not a bare opinion (each once flagged by a model trained on more lines than the rules allowed for).
  it.each([
    ['Handige tip: in de nieuwe versie van de app verwijder je een hele map met één veeg.', []],
    ['Finally cleared the cache and deleted the old downloads folder, laptop is fast again.', []],
    ['Het hele artikel uit de krant hieronder geplakt, dan hoef je niet te betalen:', ['auteursrecht']],
    ['Copied the full report below so nobody has to pay for it.', ['auteursrecht']],
  ])('finds only what the guidelines are about in: %s', (text, codes) => {
    expect(run(text).codes).toEqual(codes);
  });
});
