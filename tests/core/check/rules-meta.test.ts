import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/core/check/rules/index.js';
import { FINDING_CODES } from '../../../src/core/ids.js';
import { knowledgeBase, knowledgeData } from '../../support/bot.js';
import { ROOT } from '../../support/files.js';

const kb = await knowledgeBase();
const { lexicons } = await knowledgeData();

describe.each(rules)('rule $code', (rule) => {
  it('cites a knowledge item that exists', () => expect(kb.has(rule.rule)).toBe(true));
  it('has Dutch and English message and fix', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(rule.text[lang].message.trim()).not.toBe('');
      expect(rule.text[lang].fix.trim()).not.toBe('');
    }
  });
  it('has its own test file', () => expect(existsSync(resolve(ROOT, `tests/core/check/rules/${rule.code}.test.ts`))).toBe(true));
  it('finds every word list it needs in its lexicon', () => {
    const lexicon = lexicons.find((l) => l.code === rule.code);
    for (const list of rule.lists) expect(lexicon?.lists[list]?.length, `${rule.code}/${list}`).toBeGreaterThan(0);
  });
});

it('covers every CONTRACT code exactly once', () => {
  expect(rules.map((r) => r.code).sort()).toEqual([...FINDING_CODES].sort());
});

it('follows CONTRACT §2 for each code’s rule and severity', () => {
  const expected: Record<string, [string, string]> = {
    vertrouwelijk: ['regel-1', 'rood'],
    persoonsgegevens: ['tip-omgangsvormen', 'rood'],
    belediging: ['tip-omgangsvormen', 'rood'],
    gesprek: ['regel-1', 'oranje'],
    'klant-concurrent': ['regel-2', 'oranje'],
    auteursrecht: ['tip-auteursrecht', 'oranje'],
    'persoonlijke-titel': ['regel-4', 'oranje'],
    onderbouwing: ['tip-onderbouwing', 'oranje'],
    verwijderen: ['tip-niet-verwijderen', 'oranje'],
  };
  for (const rule of rules) expect([rule.rule, rule.severity], rule.code).toEqual(expected[rule.code]);
});
