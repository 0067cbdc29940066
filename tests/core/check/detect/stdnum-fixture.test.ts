import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../../src/core/check/detect/bsn.js';
import { findIbans, isValidIban } from '../../../../src/core/check/detect/iban.js';
import { findNumbers } from '../../../../src/core/check/detect/numbers.js';
import stdnum from '../../../fixtures/pii/stdnum.json' with { type: 'json' };
import { randomTools } from '../../../support/prng.js';

/**
 * BSNs and IBANs whose validity python-stdnum decided (tests/fixtures/pii/stdnum.json, made by
 * make-stdnum-fixture.py with Debian's python3-stdnum), written in every usual form and
 * embedded in sentences: found exactly where they are, or not at all.
 */
const { pick } = randomTools(12);

/** The eleven-test, written again here without looking at bsn.ts. */
function elevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
  return weights.reduce((sum, w, k) => sum + w * Number(digits[k]), 0) % 11 === 0;
}

const SENTENCES = ['{x}', 'BSN {x}.', 'Haar BSN is {x}, toch?', '({x})', 'nummer: {x}\nen verder', 'bsn:{x}'];

const bsnForms = (d: string): string[] => [
  d,
  `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
  `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`,
  `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
  `${d.slice(0, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
  `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`,
];

/** Where `form` sits in the sentence built from `template`. */
function embed(template: string, form: string): { text: string; span: [number, number] } {
  const start = template.indexOf('{x}');
  return { text: template.replace('{x}', form), span: [start, start + form.length] };
}

describe('BSNs judged by python-stdnum', () => {
  it('the eleven-test of this test agrees with python-stdnum on all 2 000', () => {
    expect(stdnum.bsn.valid.filter((d) => !elevenTest(d))).toEqual([]);
    expect(stdnum.bsn.invalid.filter((d) => elevenTest(d))).toEqual([]);
  });

  it('isValidBsn agrees with python-stdnum on all 2 000', () => {
    expect(stdnum.bsn.valid.filter((d) => !isValidBsn(d))).toEqual([]);
    expect(stdnum.bsn.invalid.filter((d) => isValidBsn(d))).toEqual([]);
  });

  it('finds every valid BSN in six written forms, in sentences, with its exact span', () => {
    const missed: string[] = [];
    for (const digits of stdnum.bsn.valid) {
      for (const form of bsnForms(digits)) {
        const { text, span } = embed(pick(SENTENCES), form);
        const bsns = findNumbers(text).filter((f) => f.kind === 'bsn');
        if (bsns.length !== 1 || bsns[0]?.span[0] !== span[0] || bsns[0]?.span[1] !== span[1]) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it('finds no invalid one in any form', () => {
    const flagged: string[] = [];
    for (const digits of stdnum.bsn.invalid) {
      for (const form of bsnForms(digits)) {
        const text = embed(pick(SENTENCES), form).text;
        if (findNumbers(text).some((f) => f.kind === 'bsn')) flagged.push(text);
      }
    }
    expect(flagged).toEqual([]);
  });

  it('takes no valid BSN next to a currency for a BSN (an amount)', () => {
    const amounts = ['EUR {x}', '€ {x}', '€{x}', '{x} euro', '{x} EUR', "{x} euro's", '{x},-', 'bedrag: EUR {x}'];
    const flagged: string[] = [];
    for (const digits of stdnum.bsn.valid.slice(0, 200)) {
      const text = pick(amounts).replace('{x}', pick(bsnForms(digits)));
      if (findNumbers(text).some((f) => f.kind === 'bsn')) flagged.push(text);
    }
    expect(flagged).toEqual([]);
  });
});

const IBAN_SENTENCES = ['{x}', 'IBAN: {x}.', 'Maak het over op {x} graag', '({x})', 'rekening {x}\nbedankt'];

const ibanForms = (iban: string): string[] => {
  const groups = iban.match(/.{1,4}/g) ?? [];
  return [
    iban,
    iban.toLowerCase(),
    groups.join(' '),
    groups.join('-'),
    `${iban.slice(0, 4)} ${iban.slice(4, 8)} ${iban.slice(8)}`, // the bank code apart
    `${iban.slice(0, 4)} ${iban.slice(4)}`,
  ];
};

describe(`IBANs of ${stdnum.iban.countries.length} countries judged by python-stdnum`, () => {
  it('isValidIban agrees with python-stdnum on all 2 000', () => {
    expect(stdnum.iban.valid.filter((iban) => !isValidIban(iban))).toEqual([]);
    expect(stdnum.iban.invalid.filter((iban) => isValidIban(iban))).toEqual([]);
  });

  it('finds every valid IBAN compact, in lower case, in groups with spaces or dashes and with the bank code apart', () => {
    const missed: string[] = [];
    for (const iban of stdnum.iban.valid) {
      for (const form of ibanForms(iban)) {
        const { text, span } = embed(pick(IBAN_SENTENCES), form);
        const found = findIbans(text);
        if (found.length !== 1 || found[0]?.[0] !== span[0] || found[0]?.[1] !== span[1]) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it('finds no invalid one in any form', () => {
    const flagged: string[] = [];
    for (const iban of stdnum.iban.invalid) {
      for (const form of ibanForms(iban)) {
        const text = embed(pick(IBAN_SENTENCES), form).text;
        if (findIbans(text).length > 0) flagged.push(text);
      }
    }
    expect(flagged).toEqual([]);
  });

  it('keeps the digits of valid IBANs away from the phone and BSN finders', () => {
    const flagged: string[] = [];
    for (const iban of stdnum.iban.valid) {
      const text = embed(pick(IBAN_SENTENCES), pick(ibanForms(iban))).text;
      if (findNumbers(text).length > 0) flagged.push(text);
    }
    expect(flagged).toEqual([]);
  });
});
