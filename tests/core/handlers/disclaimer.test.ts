import { describe, expect, it } from 'vitest';
import { disclaimer } from '../../../src/core/handlers/disclaimer.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { knowledgeBase } from '../../support/bot.js';
import { handlerContext } from '../../support/handlers.js';

const copyOf = (parts: ReadonlyArray<{ kind: string; text?: string }>) => parts.find((p) => p.kind === 'copy')?.text ?? '';

describe('the disclaimer', () => {
  it('is filled in with this year, the name and the organisation', async () => {
    const context = await handlerContext('disclaimer Jan de Vries', {
      services: { kb: await knowledgeBase('Acme'), clock: { now: () => new Date('2027-03-01T09:00:00Z') } },
    });
    const { reply } = await disclaimer({ kind: 'disclaimer', name: 'Jan de Vries' }, context);
    expect(copyOf(reply.parts)).toBe(
      '© 2027 Jan de Vries. De standpunten en meningen op deze website zijn de persoonlijke mening van ' +
        'Jan de Vries en staan los van eventuele officiële standpunten van Acme. Jan de Vries is niet ' +
        'verantwoordelijk voor de inhoud van uitlatingen en reacties van derden op de hier gepubliceerde stukken.',
    );
    expect(reply.shareable).toBeUndefined(); // it carries a name the user typed
  });

  it('leaves a placeholder when no name is given, and says how to add it', async () => {
    const { reply } = await disclaimer({ kind: 'disclaimer', name: '' }, await handlerContext('disclaimer'));
    expect(toPlainText(reply)).toContain('© 2026 (je naam).');
    expect(toPlainText(reply)).toContain('disclaimer <je naam>');
  });

  it('keeps markup out of the name', async () => {
    const { reply } = await disclaimer({ kind: 'disclaimer', name: '<!channel> *Jan*' }, await handlerContext('disclaimer <!channel> *Jan*'));
    expect(copyOf(reply.parts)).toMatch(/^© 2026 !channel Jan\./);
  });

  it('leaves out a name too long to be one, and says so', async () => {
    const { reply } = await disclaimer({ kind: 'disclaimer', name: 'x'.repeat(81) }, await handlerContext('disclaimer'));
    expect(copyOf(reply.parts)).toContain('(je naam)');
    expect(toPlainText(reply)).toContain('hoogstens 80 tekens');
  });
});
