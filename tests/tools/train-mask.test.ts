import { describe, expect, it } from 'vitest';
import { EvidenceMasker } from '../../tools/train/mask.js';
import { knowledgeData } from '../support/bot.js';
import { rulesOnlyChecker } from '../support/check.js';

const data = await knowledgeData();
const masker = new EvidenceMasker(data.lexicons);

/** The training copy of a draft labelled with `codes`, as keyword masking makes it. */
function masked(text: string, codes: string[]): string | undefined {
  const view = rulesOnlyChecker.learningView(text, 'nl');
  return masker.mask(view.doc, view.hits, codes);
}

describe('keyword masking (training copies without the strongest evidence)', () => {
  it("takes a problem draft's own rule hits out and leaves its context", () => {
    const text = 'Vertrouwelijk: de reorganisatie van ons kantoor in Utrecht gaat in maart door.';
    const copy = masked(text, ['vertrouwelijk']);
    expect(copy).toBeDefined();
    expect(copy?.toLowerCase()).not.toContain('vertrouwelijk');
    expect(copy).toContain('reorganisatie');
    // Another code's hits are not this draft's evidence: nothing of vertrouwelijk's is taken out.
    expect(masked(text, ['belediging'])).toBeUndefined();
  });

  it('takes every list match out of a clean draft, and makes no copy of a draft without evidence', () => {
    const copy = masked('Mooie foto van ons team op de beurs, met toestemming van iedereen erop.', []);
    expect(copy).toBeDefined();
    expect(copy).not.toContain('toestemming');
    expect(masked('Zonnig weekend gehad, heerlijk gefietst langs de rivier.', [])).toBeUndefined();
  });
});
