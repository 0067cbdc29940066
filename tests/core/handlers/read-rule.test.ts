import { describe, expect, it } from 'vitest';
import { readRule } from '../../../src/core/handlers/read-rule.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { handlerContext } from '../../support/handlers.js';

describe('read a rule', () => {
  it('shows rule 7 in full: answer, source text and citation', async () => {
    const { reply } = await readRule({ kind: 'rule', number: 7 }, await handlerContext('regel 7'));
    expect(reply.title).toMatch(/^Regel 7: /);
    expect(reply.parts.find((p) => p.kind === 'quote')).toMatchObject({ text: expect.stringContaining('dreigt te ontsporen') });
    expect(reply.citations).toEqual([{ itemId: 'regel-7', label: 'Regel 7' }]);
  });

  it('explains that a rule does not exist and which ones do', async () => {
    const { reply } = await readRule({ kind: 'rule', number: 12 }, await handlerContext('regel 12'));
    expect(toPlainText(reply)).toContain('Regel 12 bestaat niet. De richtlijnen hebben de regels 1-8.');
  });

  it('asks which rule when no number is given', async () => {
    const { reply } = await readRule({ kind: 'rule', number: null }, await handlerContext('regel'));
    expect(toPlainText(reply)).toContain('Welke regel wil je lezen?');
  });
});
