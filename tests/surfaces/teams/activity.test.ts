import { describe, expect, it } from 'vitest';
import { baseConversationId, messageFor, personalChatParameters, tenantIdOf } from '../../../src/surfaces/teams/activity.js';
import { knowledgeBase } from '../../support/bot.js';
import { helpReply } from '../../../src/core/reply-builders.js';

describe('Teams activities', () => {
  it('carry a reply as one Adaptive Card with a short summary and no text shown twice', async () => {
    const message = messageFor(helpReply(await knowledgeBase(), 'nl'));
    expect(message).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] });
    expect(message.text).toBeUndefined();
    expect(message.summary?.length).toBeLessThanOrEqual(300);
  });

  it('name a channel by its base id, without the thread of one message', () => {
    expect(baseConversationId('19:abc@thread.tacv2;messageid=1700000000000')).toBe('19:abc@thread.tacv2');
    expect(baseConversationId('a:1personal')).toBe('a:1personal');
  });

  it('find the tenant on the conversation or, for older clients, in the channel data', () => {
    expect(tenantIdOf({ conversation: { id: 'x', tenantId: 'T1' } as never, channelData: { tenant: { id: 'T2' } } })).toBe('T1');
    expect(tenantIdOf({ conversation: { id: 'x' } as never, channelData: { tenant: { id: 'T2' } } })).toBe('T2');
  });

  it('open a personal chat with one person, in their tenant', () => {
    expect(personalChatParameters({ id: '28:bot', name: 'Richtlijnenbot' }, { id: '29:ann', name: 'Ann' }, 'T1')).toEqual({
      isGroup: false,
      bot: { id: '28:bot', name: 'Richtlijnenbot' },
      members: [{ id: '29:ann', name: 'Ann' }],
      tenantId: 'T1',
      channelData: { tenant: { id: 'T1' } },
    });
  });
});
