import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS } from '../../../src/core/check/draft.js';
import { verdictOf } from '../../../src/core/check/engine.js';
import { checkDraft, checkerWith, codesOf } from '../../support/check.js';

describe('the verdict (CONTRACT §2)', () => {
  it.each([
    [[], 'groen'],
    [[{ severity: 'oranje' }], 'oranje'],
    [[{ severity: 'oranje' }, { severity: 'rood' }], 'rood'],
    [[{ severity: 'rood' }], 'rood'],
  ] as const)('%j gives %s', (findings, verdict) => {
    expect(verdictOf(findings)).toBe(verdict);
  });

  it('is groen with no findings for a clean draft', () => {
    expect(checkDraft('Lekker weekend gehad in Zeeland, heerlijk uitgewaaid aan het strand.')).toMatchObject({
      verdict: 'groen',
      findings: [],
      truncated: false,
    });
  });

  it('is rood when one rood finding sits among oranje ones', () => {
    const result = checkDraft('Bij CNV vinden we dit onzin. Bel 06-12345678.');
    expect(result.verdict).toBe('rood');
    expect(codesOf(result)).toEqual(expect.arrayContaining(['persoonsgegevens', 'persoonlijke-titel']));
  });
});

describe('findings', () => {
  it('carry the code, rule, severity, message, fix, span and the quoted trigger', () => {
    const text = 'Vertrouwelijk: de begroting wordt gekort.';
    const [finding] = checkDraft(text).findings;
    expect(finding).toMatchObject({ code: 'vertrouwelijk', rule: 'regel-1', severity: 'rood', span: [0, 13], excerpt: 'Vertrouwelijk' });
    expect(finding?.message).toMatch(/vertrouwelijk/i);
    expect(finding?.fix.length).toBeGreaterThan(20);
  });

  it('are written in the language of the draft', () => {
    expect(checkDraft('Confidential: the budget will be cut.').findings[0]?.message).toMatch(/confidential/i);
    expect(checkDraft('Vertrouwelijk: de begroting wordt gekort.').findings[0]?.message).toMatch(/vertrouwelijk/i);
  });

  it('come rood first, then in the order of the text', () => {
    const result = checkDraft('Onze klant is boos. Vertrouwelijk: de klant vertrekt.');
    expect(result.findings[0]?.severity).toBe('rood');
  });

  it('are capped per code, so that a list of 200 phone numbers stays readable', () => {
    const text = Array.from({ length: 200 }, (_, i) => `06-${String(10000000 + i)}`).join(', ');
    expect(checkDraft(text).findings.filter((f) => f.code === 'persoonsgegevens').length).toBe(10);
  });
});

describe('the improved version', () => {
  it('combines the mechanical fixes: personal title and a masked number', () => {
    const result = checkDraft('Bij CNV zijn we blij met de cao, want de lonen stijgen. Bel me op 06-12345678.');
    expect(result.improved).toBe('Op persoonlijke titel: Bij CNV zijn we blij met de cao, want de lonen stijgen. Bel me op [telefoonnummer].');
  });

  it('is left out when nothing can be fixed mechanically', () => {
    expect(checkDraft('Vertrouwelijk: de begroting wordt gekort.').improved).toBeUndefined();
  });
});

describe('the organisation’s settings', () => {
  it('switch a check off', () => {
    const checker = checkerWith({ disabled_checks: ['onderbouwing'] });
    expect(checkDraft('WAT EEN SCHANDE!!!!', checker).verdict).toBe('groen');
  });
});

describe('bad input', () => {
  it.each(['', '   ', '🙂🙂🙂', '<!channel> <@U123> hallo', '\u0000\u0001', 'a'.repeat(1000)])('checks %j without trouble', (text) => {
    expect(['groen', 'oranje', 'rood']).toContain(checkDraft(text).verdict);
  });

  it('checks the first part of a draft that is too long and says so', () => {
    const result = checkDraft(`${'Mooie dag vandaag. '.repeat(3000)}Vertrouwelijk!`);
    expect(result.truncated).toBe(true);
    expect(MAX_DRAFT_CHARS).toBeLessThan(3000 * 19);
  });

  it('handles 200 kB of pathological input', () => {
    for (const text of [
      '@'.repeat(200_000),
      'a.'.repeat(100_000),
      '0 '.repeat(100_000),
      'https://x.nl/ '.repeat(15_000),
      '!'.repeat(200_000),
      'A'.repeat(200_000),
    ]) {
      expect(['groen', 'oranje', 'rood']).toContain(checkDraft(text).verdict);
    }
  });
});
