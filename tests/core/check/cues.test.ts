import { describe, expect, it } from 'vitest';
import { sentenceCues } from '../../../src/core/check/learned/cues.js';
import { PhraseMatcher } from '../../../src/core/check/match/phrase-matcher.js';
import { tokenize } from '../../../src/core/check/match/tokens.js';
import { rulesOnlyChecker } from '../../support/check.js';

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

describe('a draft that is only a verdict', () => {
  const withArgument = { lists: new Map([['onderbouwing/argument', new PhraseMatcher(['want', 'because'])]]), orgNames: new PhraseMatcher(['CNV']) };
  const bare = (text: string) => sentenceCues(tokenize(text), withArgument, []).map((s) => s.has('bare'));

  it('is marked bare in every sentence when it is short and gives no reason', () => {
    expect(bare('Prullenbak.')).toEqual([true]);
    expect(bare('Typisch. Echt typisch.')).toEqual([true, true]);
  });

  it('is not bare with a reason word, nor when it is longer', () => {
    expect(bare('Prullenbak, want het klopt niet.')).toEqual([false]);
    expect(bare('Heerlijk geluncht met het hele team vandaag, de soep was op zich prima en warm.')).toEqual([false]);
  });
});

describe('the lexicon lists the learned check weighs (knowledge/lexicon)', () => {
  const cuesOfDraft = (text: string) => rulesOnlyChecker.learningView(text, 'nl').whole.cues;

  it('see the organisation’s position in "wij" with a stance, advice or demand, without its name', () => {
    expect(cuesOfDraft('Wij adviseren de leden om het eindbod niet te tekenen.')).toContain('L:persoonlijke-titel/stance&wij');
    expect(cuesOfDraft("We won't be signing the new agreement.")).toContain('L:persoonlijke-titel/stance&wij');
  });

  it('see a terse dismissal, someone else’s work passed on, an own post gone and play rather than business', () => {
    expect(cuesOfDraft('Prullenbak.')).toEqual(expect.arrayContaining(['L:onderbouwing/dismissal', 'bare']));
    expect(cuesOfDraft('Hier alle slides van de spreker van gisteren.')).toContain('L:auteursrecht/others-work');
    expect(cuesOfDraft('Mijn tweet over de staking is verdwenen.')).toContain('L:verwijderen/gone&L:verwijderen/own-post');
    expect(cuesOfDraft('Mijn dochter won het schaaktoernooi van haar grootste concurrent.')).toContain('L:klant-concurrent/leisure');
  });
});
