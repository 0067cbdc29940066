import { describe, expect, it } from 'vitest';
import { sentenceCues } from '../../../src/core/check/learned/cues.js';
import { PhraseMatcher } from '../../../src/core/check/match/phrase-matcher.js';
import { tokenize } from '../../../src/core/check/match/tokens.js';

const sources = { lists: new Map(), orgNames: new PhraseMatcher(['CNV']) };
const cuesOf = (text: string): string[][] => sentenceCues(tokenize(text), sources, []).map((s) => [...s].sort());

describe('the learned check’s cues', () => {
  it('mark another organisation named by its shape, not the own one', () => {
    const [first, second] = cuesOf('Pixelwerk BV levert te laat. CNV Groep is ons eigen huis.');
    expect(first).toContain('orgname');
    expect(second).toContain('org');
    expect(second).not.toContain('orgname');
  });

  it('mark a proper name that is not ours (a capitalised word inside a sentence, an acronym), not a day, a month or the own name', () => {
    const [other, ours, days] = cuesOf('Bij Jumbo gaat het rommelen. Bij CNV is het rustig. Op Maandag in December vrij.');
    expect(other).toContain('name');
    expect(ours).not.toContain('name');
    expect(days).not.toContain('name');
    expect(cuesOf('FNV wil meer.')[0]).toContain('name');
  });

  it('mark the shapes: a figure, a moment, words given after a colon, a sweeping claim', () => {
    expect(cuesOf('De omzet daalde met 12% tot €3,4 miljoen.')[0]).toEqual(expect.arrayContaining(['figure']));
    expect(cuesOf('Per 1 januari gaat het kantoor dicht.')[0]).toEqual(expect.arrayContaining(['moment']));
    expect(cuesOf("Directeur tegen HR: 'Die vacature vullen we intern in'")[0]).toEqual(expect.arrayContaining(['said']));
    expect(cuesOf('Iedereen weet dat dit plan nooit gaat werken.')[0]).toEqual(expect.arrayContaining(['sweeping']));
    const plain = cuesOf('Mooie wandeling gemaakt in het bos, 3 uur lang.')[0] ?? [];
    expect(plain.filter((c) => ['figure', 'moment', 'said', 'sweeping', 'name'].includes(c))).toEqual([]);
  });
});
