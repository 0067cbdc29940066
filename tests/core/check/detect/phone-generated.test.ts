import lpn from 'google-libphonenumber';
import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberFind } from '../../../../src/core/check/detect/numbers.js';
import { randomTools } from '../../../support/prng.js';

/**
 * Thousands of phone numbers whose validity and type google-libphonenumber (Google's own
 * JavaScript port, not libphonenumber-js that the detector uses) decides, written in every
 * usual form and embedded in sentences: found exactly where they are, or not at all.
 */
const util = lpn.PhoneNumberUtil.getInstance();
const { PhoneNumberFormat: FORMAT, PhoneNumberType: TYPE } = lpn;
const { int, pick, digits } = randomTools(31);

/** Types of numbers that belong to organisations. */
const SERVICE = new Set([TYPE.TOLL_FREE, TYPE.PREMIUM_RATE, TYPE.SHARED_COST, TYPE.UAN, TYPE.VOICEMAIL]);

interface Judged {
  /** National significant number (no country code, no trunk 0). */
  nsn: string;
  number: lpn.PhoneNumber;
  verdict: 'personal' | 'service' | 'invalid';
}

function judge(e164: string, region = 'ZZ'): Judged {
  const number = util.parse(e164, region);
  const nsn = util.getNationalSignificantNumber(number);
  if (!util.isValidNumber(number)) return { nsn, number, verdict: 'invalid' };
  return { nsn, number, verdict: SERVICE.has(util.getNumberType(number)) ? 'service' : 'personal' };
}

/** Dutch: 0800, 0900, 0906, 0909 are service numbers by law; 088 (UAN) is a company's direct line. */
function judgeDutch(nsn: string): Judged {
  const judged = judge(`+31${nsn}`);
  if (/^(?:800|90[069])/.test(nsn)) return { ...judged, verdict: judged.verdict === 'invalid' ? 'invalid' : 'service' };
  if (judged.verdict === 'service' && util.getNumberType(judged.number) === TYPE.UAN) return { ...judged, verdict: 'personal' };
  return judged;
}

/** Every usual way of writing a valid Dutch number, built from Google's own formats. */
function dutchForms(j: Judged): string[] {
  const national = util.format(j.number, FORMAT.NATIONAL); // 06 12345678, 020 123 4567
  const international = util.format(j.number, FORMAT.INTERNATIONAL); // +31 6 12345678
  const [area = '', ...rest] = national.split(' ');
  const subscriber = rest.join('');
  const forms = [
    `0${j.nsn}`,
    national,
    international,
    `+31${j.nsn}`,
    `0031${j.nsn}`,
    `0031 ${international.slice(4)}`,
    `${area}-${subscriber}`,
    `(${area}) ${rest.join(' ')}`,
    `+31 (0)${national.slice(1)}`,
    `+31-${area.slice(1)}-${subscriber}`,
  ];
  if (j.nsn.startsWith('6')) {
    const pairs = j.nsn.slice(1).match(/../g)?.join(' ') ?? '';
    forms.push(`06 ${pairs}`, `06-${pairs}`, `06.${pairs.replaceAll(' ', '.')}`, `06 ${j.nsn.slice(1, 5)} ${j.nsn.slice(5)}`);
  }
  return forms;
}

const SENTENCES = ['{x}', 'Bel me op {x}.', 'Nummer van Piet: {x}, bel gerust', '({x})', 'tel:{x}\nGroet', 'Call {x} today'];

function embed(template: string, form: string): { text: string; span: readonly [number, number] } {
  const start = template.indexOf('{x}');
  return { text: template.replace('{x}', form), span: [start, start + form.length] };
}

const phones = (text: string): NumberFind[] => findNumbers(text).filter((f) => f.kind === 'phone');
const exactlyAt = (found: NumberFind[], span: readonly [number, number]): boolean =>
  found.length === 1 && found[0]?.span[0] === span[0] && found[0]?.span[1] === span[1];

/** Random Dutch nine-digit numbers, sorted by Google's verdict. */
function dutchNumbers(): Record<Judged['verdict'], Judged[]> {
  const sorted: Record<Judged['verdict'], Judged[]> = { personal: [], service: [], invalid: [] };
  while (sorted.personal.length < 1500 || sorted.invalid.length < 600) {
    const j = judgeDutch(String(1 + int(9)) + digits(8));
    if (j.verdict !== 'service') sorted[j.verdict].push(j);
  }
  for (let k = 0; k < 300; k++) {
    const j = judgeDutch(pick(['800', '900', '906', '909']) + digits(4 + int(4)));
    if (j.verdict === 'service') sorted.service.push(j);
  }
  return sorted;
}

const dutch = dutchNumbers();

describe('Dutch phone numbers judged by google-libphonenumber', () => {
  it(`finds all ${dutch.personal.length} valid personal numbers in every written form, with the exact span`, () => {
    const missed: string[] = [];
    for (const j of dutch.personal) {
      for (const form of dutchForms(j)) {
        const { text, span } = embed(pick(SENTENCES), form);
        if (!exactlyAt(phones(text), span)) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it(`finds none of ${dutch.invalid.length} numbers with an unallocated prefix (order numbers)`, () => {
    const flagged: string[] = [];
    for (const j of dutch.invalid) {
      const national = `0${j.nsn}`;
      for (const form of [national, `${national.slice(0, 3)}-${national.slice(3)}`, `+31${j.nsn}`, `+31 ${j.nsn.slice(0, 2)} ${j.nsn.slice(2)}`]) {
        const text = embed(pick(SENTENCES), form).text;
        if (findNumbers(text).length > 0) flagged.push(text);
      }
    }
    expect(flagged).toEqual([]);
  });

  it(`never reports ${dutch.service.length} service numbers (0800, 0900, 0906, 0909), whatever their length and form`, () => {
    expect(dutch.service.length).toBeGreaterThan(200);
    const flagged: string[] = [];
    for (const j of dutch.service) {
      const national = util.format(j.number, FORMAT.NATIONAL);
      for (const form of [`0${j.nsn}`, national, national.replace(' ', '-'), util.format(j.number, FORMAT.INTERNATIONAL), `+31${j.nsn}`]) {
        const text = embed(pick(SENTENCES), form).text;
        if (phones(text).length > 0) flagged.push(text);
      }
    }
    for (const area of ['10', '20', '30', '40', '50', '70', '118', '513', '592']) {
      for (const form of [`14 0${area}`, `140${area}`]) {
        if (phones(`Bel de gemeente: ${form}`).length > 0) flagged.push(form);
      }
    }
    expect(flagged).toEqual([]);
  });
});

/** Countries whose numbers people share with colleagues, and a few far away. */
const REGIONS = [
  'BE',
  'DE',
  'FR',
  'GB',
  'ES',
  'IT',
  'PL',
  'TR',
  'MA',
  'SE',
  'CH',
  'AT',
  'DK',
  'NO',
  'PT',
  'IE',
  'US',
  'BR',
  'IN',
  'JP',
  'CN',
  'RU',
  'AR',
  'AU',
  'ZA',
  'SR',
  'CW',
  'ID',
];
const TYPES = [TYPE.MOBILE, TYPE.FIXED_LINE, TYPE.TOLL_FREE, TYPE.PREMIUM_RATE];

/** Example numbers of each region and type, with their last digits varied; Google judges each. */
function foreignNumbers(): Record<Judged['verdict'], Judged[]> {
  const sorted: Record<Judged['verdict'], Judged[]> = { personal: [], service: [], invalid: [] };
  for (const region of REGIONS) {
    for (const type of TYPES) {
      const example = util.getExampleNumberForType(region, type);
      if (!example) continue;
      const e164 = util.format(example, FORMAT.E164);
      for (let k = 0; k < 20; k++) {
        const tail = 1 + int(4);
        const j = judge(e164.slice(0, -tail) + digits(tail));
        sorted[j.verdict].push(j);
      }
      const short = judge(e164.slice(0, -2));
      sorted[short.verdict].push(short);
    }
    // Random digits after the country code: mostly not a number at all.
    const code = String(util.getCountryCodeForRegion(region));
    for (let k = 0; k < 30; k++) {
      const j = judge(`+${code}${digits(5 + int(8))}`);
      sorted[j.verdict].push(j);
    }
  }
  return sorted;
}

const foreign = foreignNumbers();

describe(`foreign phone numbers of ${REGIONS.length} countries judged by google-libphonenumber`, () => {
  const forms = (j: Judged): string[] => {
    const international = util.format(j.number, FORMAT.INTERNATIONAL); // +32 470 12 34 56
    const e164 = util.format(j.number, FORMAT.E164);
    return [international, e164, `00${e164.slice(1)}`, `00${international.slice(1)}`];
  };

  it(`finds all ${foreign.personal.length} valid personal numbers written internationally (+ or 00)`, () => {
    expect(foreign.personal.length).toBeGreaterThan(800);
    const missed: string[] = [];
    for (const j of foreign.personal) {
      for (const form of forms(j)) {
        const { text, span } = embed(pick(SENTENCES), form);
        if (!exactlyAt(phones(text), span)) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it(`never reports ${foreign.service.length} toll-free, premium-rate and other service numbers`, () => {
    const flagged = foreign.service
      .flatMap(forms)
      .map((form) => embed(pick(SENTENCES), form).text)
      .filter((text) => phones(text).length > 0);
    expect(flagged).toEqual([]);
  });

  it(`finds none of ${foreign.invalid.length} invalid numbers`, () => {
    expect(foreign.invalid.length).toBeGreaterThan(300);
    const flagged = foreign.invalid
      .map((j) => util.format(j.number, FORMAT.E164))
      .map((e164) => embed(pick(SENTENCES), e164).text)
      .filter((text) => phones(text).length > 0);
    expect(flagged).toEqual([]);
  });
});

describe('runs of numbers', () => {
  /** Numbers to string together, each with what it is. */
  const pool: Array<{ form: string; kind: 'phone' | 'bsn'; spaced: boolean }> = [
    ...dutch.personal.slice(0, 300).flatMap((j) => [
      { form: `0${j.nsn}`, kind: 'phone' as const, spaced: false },
      { form: dutchForms(j)[6] ?? '', kind: 'phone' as const, spaced: false }, // 020-1234567
      { form: dutchForms(j)[1] ?? '', kind: 'phone' as const, spaced: true }, // 020 123 4567
    ]),
    ...foreign.personal.slice(0, 200).map((j) => ({ form: util.format(j.number, FORMAT.E164), kind: 'phone' as const, spaced: false })),
    ...['123456782', '111222333', '987654329', '300000005', '234567892'].flatMap((d) => [
      { form: d, kind: 'bsn' as const, spaced: false },
      { form: `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, kind: 'bsn' as const, spaced: false },
      { form: `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, kind: 'bsn' as const, spaced: true },
    ]),
  ];
  /** Separators between numbers; a single space only between numbers written without spaces. */
  const LIST = ['/', ',', ', ', '\n', ' / ', '; ', ',\n', '\n\n', '  '];
  const TIGHT = [' ', ' - '];

  it('finds every number of 2 000 random runs on its own, with its own span', () => {
    const wrong: string[] = [];
    for (let r = 0; r < 2000; r++) {
      const members = Array.from({ length: 2 + int(4) }, () => pick(pool));
      let text = pick(['', 'Nummers: ', 'Bel ']);
      const expected: Array<[number, number, string]> = [];
      members.forEach((m, k) => {
        if (k > 0) {
          const prev = members[k - 1];
          text += prev?.spaced || m.spaced ? pick(LIST) : pick([...LIST, ...TIGHT]);
        }
        expected.push([text.length, text.length + m.form.length, m.kind]);
        text += m.form;
      });
      text += pick(['', '.', ' graag.', '\n']);
      const found = findNumbers(text).map((f) => [f.span[0], f.span[1], f.kind]);
      if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(JSON.stringify(text));
    }
    expect(wrong).toEqual([]);
  });
});
