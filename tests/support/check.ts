import { describe, expect, it } from 'vitest';
import { asDraft } from '../../src/core/check/draft.js';
import { DraftChecker, type CheckResult } from '../../src/core/check/engine.js';
import type { FindingCode } from '../../src/core/ids.js';
import type { OrganisationSettings } from '../../src/core/knowledge/schema.js';
import { detectLang } from '../../src/core/lang.js';
import { knowledgeData, learnedModels } from './bot.js';

const data = await knowledgeData();
const models = await learnedModels();
type Models = NonNullable<typeof models>;

/** A checker over the real lexicons and settings; what differs from the bot's is given. */
function buildChecker(overrides: { organisation?: Partial<OrganisationSettings>; orgName?: string; models?: Models | undefined } = {}): DraftChecker {
  return new DraftChecker({
    lexicons: data.lexicons,
    organisation: { ...data.organisation, ...overrides.organisation },
    orgName: overrides.orgName ?? 'CNV',
    synonyms: data.synonyms,
    models: 'models' in overrides ? overrides.models : models,
  });
}

const defaultChecker = buildChecker();

/** The check as the bot runs it: the real lexicons and settings (changed where given) and the trained model. */
export function checkerWith(organisation: Partial<OrganisationSettings>, orgName = 'CNV'): DraftChecker {
  return buildChecker({ organisation, orgName });
}

/** The check with the trained model, but `code`'s thresholds replaced: a model that vetoes or adds more than the shipped one. */
export function checkerWithThresholds(code: FindingCode, thresholds: { keep: number; add: number }): DraftChecker {
  if (!models) throw new Error('the trained model is missing: npm run train');
  const check = { ...models.stored.check, thresholds: { ...models.stored.check.thresholds, [code]: thresholds } };
  return buildChecker({ models: { ...models, stored: { ...models.stored, check } } });
}

/** The rules alone, without the learned model: for tests of a rule's own logic. */
export const rulesOnlyChecker = buildChecker({ models: undefined });

/** The rules alone, with the organisation's settings changed where given. */
export const rulesOnlyCheckerWith = (organisation: Partial<OrganisationSettings>): DraftChecker => buildChecker({ organisation, models: undefined });

/** The text of the spans where the learned check may not find `code` on its own: a rule's `unlearned` spans and its look-alikes. */
export function quietSpans(code: FindingCode, text: string, checker: DraftChecker = rulesOnlyChecker): string[] {
  return (checker.learningView(text, 'nl').never[code] ?? []).map(([from, to]) => text.slice(from, to));
}

/** Checks a draft as the bot does: language from the text, the real lexicons and settings. */
export function checkDraft(text: string, checker: DraftChecker = defaultChecker): CheckResult {
  return checker.check(asDraft(text), detectLang(text));
}

export const codesOf = (result: CheckResult): FindingCode[] => [...new Set(result.findings.map((f) => f.code))];

/** Asserts that none of `texts` gets a `code` finding (each failure names its draft). */
export function expectQuiet(code: FindingCode, texts: readonly string[], checker: DraftChecker = defaultChecker): void {
  for (const text of texts) expect(codesOf(checkDraft(text, checker)), text).not.toContain(code);
}

/** Asserts that every one of `texts` gets a `code` finding (each failure names its draft). */
export function expectFlagged(code: FindingCode, texts: readonly string[], checker: DraftChecker = defaultChecker): void {
  for (const text of texts) expect(codesOf(checkDraft(text, checker)), text).toContain(code);
}

/** The `never` look-alikes of a lexicon, which must not fire. */
export const lookAlikes = (code: FindingCode): readonly string[] => data.lexicons.find((l) => l.code === code)?.never ?? [];

export interface RuleTable {
  /** Drafts that must get the finding; the second element, when given, is the quoted trigger. */
  fires: ReadonlyArray<readonly [string, string?]>;
  /** Look-alikes that must not get it. */
  quiet: readonly string[];
}

/** The "fires" and "stays quiet" tables of one rule, as ESLint's valid/invalid. */
export function describeRule(code: FindingCode, table: RuleTable): void {
  describe(code, () => {
    it.each(table.fires.map(([text, excerpt]) => ({ text, excerpt })))('flags $text', ({ text, excerpt }) => {
      const findings = checkDraft(text).findings.filter((f) => f.code === code);
      expect(findings.length, JSON.stringify(checkDraft(text).findings)).toBeGreaterThan(0);
      const first = findings[0];
      if (first) expect(text.slice(first.span[0], first.span[1]).length).toBeGreaterThan(0);
      if (excerpt !== undefined) expect(findings.map((f) => f.excerpt)).toContain(excerpt);
    });

    it.each([...table.quiet, ...lookAlikes(code)])('leaves %j alone', (text) => {
      expect(codesOf(checkDraft(text))).not.toContain(code);
    });
  });
}
