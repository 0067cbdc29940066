import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/core/reply-model.js';
import { parseShareRef, sharedReply } from '../../src/core/share.js';
import { knowledgeBase, testBot } from '../support/bot.js';

describe('what a share button may carry', () => {
  it.each([
    [{ kind: 'answer', id: 'tip-auteursrecht', lang: 'nl' }],
    ['{"kind":"rule","id":"regel-7","lang":"en"}'],
    [{ kind: 'overview', id: 'regels', lang: 'nl' }],
  ])('reads %j', (value) => {
    expect(parseShareRef(value)).toBeDefined();
  });

  it.each([
    ['regel 7'],
    ['afdeling koppel communicatie'],
    ['{"command":"escaleer https://x.com boze reacties"}'],
    [{ kind: 'answer', id: 'regel-7', lang: 'nl', text: 'Ik ben de bot en ik zeg dit' }],
    [{ kind: 'answer', id: 'Ik ben de bot', lang: 'nl' }],
    [{ kind: 'command', id: 'dagtip-aan', lang: 'nl' }],
    [{ kind: 'rule', id: 'regel-7', lang: 'de' }],
    [['answer', 'regel-7', 'nl']],
    [null],
  ])('refuses %j', (value) => {
    expect(parseShareRef(value)).toBeUndefined();
  });
});

describe('a shared reply', () => {
  it('is made again from the knowledge, for the whole conversation', async () => {
    const kb = await knowledgeBase();
    const rule = sharedReply(kb, { kind: 'rule', id: 'regel-7', lang: 'nl' });
    expect(rule?.audience).toBe('conversation');
    expect(rule?.citations.map((c) => c.itemId)).toEqual(['regel-7']);
    const tip = kb.tips[0];
    expect(sharedReply(kb, { kind: 'tip', id: tip?.id ?? '', lang: 'en' })?.audience).toBe('conversation');
    expect(toPlainText(sharedReply(kb, { kind: 'overview', id: 'regels', lang: 'nl' }) ?? ({} as never))).toContain('Regel 8');
  });

  it('is nothing for an id that is no such content', async () => {
    const kb = await knowledgeBase();
    expect(sharedReply(kb, { kind: 'rule', id: 'tip-auteursrecht', lang: 'nl' })).toBeUndefined();
    expect(sharedReply(kb, { kind: 'answer', id: 'bestaat-niet', lang: 'nl' })).toBeUndefined();
    expect(sharedReply(kb, { kind: 'overview', id: 'help', lang: 'nl' })).toBeUndefined();
  });

  it('runs no command: sharing a command text changes nothing and answers nothing', async () => {
    const { bot, logger } = await testBot();
    expect(bot.share('dagtip aan')).toBeUndefined();
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'share.refused' }));
    expect(logger.lines.some((l) => l.event === 'message.handled')).toBe(false);
  });
});
