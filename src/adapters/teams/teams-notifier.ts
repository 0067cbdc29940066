import type { Activity, CloudAdapter, ConversationParameters, ConversationReference } from 'botbuilder';
import type { PersonRef } from '../../core/escalate/model.js';
import type { ConversationStore } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import type { Notifier } from '../outbox/notifier.js';
import { messageFor as cardMessage } from './teams-bot.js';

const CHANNEL_AUDIENCE = 'https://api.botframework.com';

const messageFor = (reply: Reply): Partial<Activity> => cardMessage(reply, {});

/** The base id of a Teams channel conversation: "19:…@thread.tacv2;messageid=1" → "19:…@thread.tacv2". */
export const baseConversationId = (id: string): string => id.split(';')[0] ?? id;

/**
 * Department cards and private notices in Teams, proactively: through the conversation
 * references stored when the bot was installed or spoken to there.
 */
export class TeamsNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly conversations: ConversationStore,
  ) {}

  private async reference(channelId: string): Promise<Partial<ConversationReference>> {
    const stored = await this.conversations.find('teams', baseConversationId(channelId));
    if (!stored) throw new Error('no conversation reference: install the bot in that team first');
    const reference = stored.reference as Partial<ConversationReference>;
    return { ...reference, conversation: { ...(reference.conversation as ConversationReference['conversation']), id: baseConversationId(channelId) } };
  }

  async post(channelId: string, reply: Reply): Promise<string> {
    let id = '';
    await this.adapter.continueConversationAsync(this.appId, await this.reference(channelId), async (context) => {
      id = (await context.sendActivity(messageFor(reply)))?.id ?? '';
    });
    return id;
  }

  async update(channelId: string, messageId: string, reply: Reply): Promise<void> {
    await this.adapter.continueConversationAsync(this.appId, await this.reference(channelId), async (context) => {
      await context.updateActivity({ ...messageFor(reply), id: messageId, conversation: context.activity.conversation });
    });
  }

  /** In the person's personal chat with the bot, created if needed. */
  async tell(person: PersonRef, reply: Reply): Promise<void> {
    const serviceUrl = person.address?.serviceUrl;
    const tenantId = person.address?.tenantId;
    if (!serviceUrl) throw new Error('no serviceUrl to reach this person');
    const parameters = {
      isGroup: false,
      bot: { id: person.address?.botId ?? this.appId, name: 'Richtlijnenbot' },
      members: [{ id: person.address?.teamsId ?? person.id, name: person.name ?? '' }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as ConversationParameters;
    await this.adapter.createConversationAsync(this.appId, 'msteams', serviceUrl, CHANNEL_AUDIENCE, parameters, async (context) => {
      await context.sendActivity(messageFor(reply));
    });
  }
}
