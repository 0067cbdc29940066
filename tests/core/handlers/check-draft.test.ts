import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/core/handlers/check-draft.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { handlerContext } from '../../support/handlers.js';

const DRAFT = 'Vertrouwelijk: Pietje Puk heeft een nieuwe baan, bel 06-12345678';

describe('checking a draft', () => {
  it('answers only the author, never offers to share it, and keeps the draft out of log and signal', async () => {
    const context = await handlerContext(`check ${DRAFT}`, { inbound: { platform: 'slack' } });
    const { reply, signals } = await checkDraft({ kind: 'check', draft: DRAFT }, context);
    expect(reply.audience).toBe('asker');
    expect(reply.shareable).toBeUndefined();
    expect(reply.parts[0]).toMatchObject({ kind: 'verdict', verdict: 'rood' });
    expect(signals).toEqual([expect.objectContaining({ kind: 'check', platform: 'slack', verdict: 'rood', codes: expect.arrayContaining(['vertrouwelijk']) })]);
    for (const kept of [JSON.stringify(signals), JSON.stringify(context.logger.lines)]) {
      expect(kept).not.toContain('Pietje');
      expect(kept).not.toContain('06-12345678');
    }
    expect(context.logger.lines).toContainEqual(expect.objectContaining({ event: 'check.done', chars: DRAFT.length }));
  });

  it('explains how to paste a draft when there is none', async () => {
    const { reply, signals } = await checkDraft({ kind: 'check', draft: ' ' }, await handlerContext('check'));
    expect(toPlainText(reply)).toContain('Zet je concept achter check');
    expect(reply.audience).toBe('asker');
    expect(signals).toBeUndefined();
  });

  it('gives no signal for the command line', async () => {
    const { signals } = await checkDraft({ kind: 'check', draft: DRAFT }, await handlerContext(`check ${DRAFT}`, { inbound: { platform: 'cli' } }));
    expect(signals).toEqual([]);
  });
});
