import type { Activity, CloudAdapter, ConversationParameters, ConversationReference } from 'botbuilder';
import type { PersonRef } from '../../core/escalate/model.js';
import type { ConversationStore } from '../../core/ports.js';
import type { Reply } from '../../core/reply-model.js';
import type { Notifier } from '../../runtime/outbox/notifier.js';
import { baseConversationId, CHANNEL_AUDIENCE, messageFor, personalChatParameters } from './activity.js';

/**
 * Department cards and private notices in Teams, proactively: through the conversation
 * references stored when the bot was installed or spoken to there.
 */
export class TeamsNotifier implements Notifier {
  /**
   * Teams lets a bot post but not read a channel: the Bot Connector keeps no history for Teams,
   * and Microsoft Graph would need ChannelMessage.Read.Group and a Graph token. A card whose
   * earlier attempt may have arrived is therefore posted again (a repeat beats a loss); the
   * outbox records "sending" just before the first attempt, so only a card that Teams accepted
   * in the last moments of a process that then died (or whose answer was lost) can come twice.
   */
  readonly findsRepeats = false;

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

  /**
   * A new thread in a team channel (what TeamsInfo.sendMessageToTeamsChannel does: create a
   * conversation in the channel with the message), or a message in a chat.
   */
  async post(channelId: string, reply: Reply): Promise<string> {
    return this.send(channelId, messageFor(reply));
  }

  /** The digest's chart as an inline image (a data URL), with its title and text alternative. */
  async postImage(channelId: string, image: { png: Buffer; filename: string; title: string; alt: string }): Promise<void> {
    const attachment = { contentType: 'image/png', contentUrl: `data:image/png;base64,${image.png.toString('base64')}`, name: image.filename };
    await this.send(channelId, { type: 'message', text: image.title, summary: image.alt.slice(0, 300), attachments: [attachment] });
  }

  private async send(channelId: string, activity: Partial<Activity>): Promise<string> {
    let id = '';
    const reference = await this.reference(channelId);
    if (reference.conversation?.conversationType === 'channel' || channelId.includes('@thread.tacv2')) {
      const parameters = {
        isGroup: true,
        channelData: { channel: { id: baseConversationId(channelId) } },
        activity,
        tenantId: reference.conversation?.tenantId,
      } as ConversationParameters;
      await this.adapter.createConversationAsync(this.appId, 'msteams', reference.serviceUrl ?? '', CHANNEL_AUDIENCE, parameters, async (context) => {
        // Teams names the new thread "<channel>;messageid=<the message's id>".
        const conversationId = context.activity.conversation.id;
        id = /;messageid=(.+)$/.exec(conversationId)?.[1] ?? conversationId;
      });
      return id;
    }
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      id = (await context.sendActivity(activity))?.id ?? '';
    });
    return id;
  }

  /** Updates a posted card in place; in a channel the card is the root of its own thread. */
  async update(channelId: string, messageId: string, reply: Reply): Promise<void> {
    const reference = await this.reference(channelId);
    const isChannel = reference.conversation?.conversationType === 'channel' || channelId.includes('@thread.tacv2');
    const conversation = {
      ...(reference.conversation as ConversationReference['conversation']),
      id: isChannel ? `${baseConversationId(channelId)};messageid=${messageId}` : baseConversationId(channelId),
    };
    await this.adapter.continueConversationAsync(this.appId, { ...reference, conversation }, async (context) => {
      await context.updateActivity({ ...messageFor(reply), id: messageId, conversation: context.activity.conversation });
    });
  }

  /** In the person's personal chat with the bot, created if needed. */
  async tell(person: PersonRef, reply: Reply): Promise<void> {
    const serviceUrl = person.address?.serviceUrl;
    const tenantId = person.address?.tenantId;
    if (!serviceUrl) throw new Error('no serviceUrl to reach this person');
    const bot = { id: person.address?.botId ?? this.appId, name: 'Richtlijnenbot' };
    const parameters = personalChatParameters(bot, { id: person.address?.teamsId ?? person.id, name: person.name ?? '' }, tenantId);
    await this.adapter.createConversationAsync(this.appId, 'msteams', serviceUrl, CHANNEL_AUDIENCE, parameters, async (context) => {
      await context.sendActivity(messageFor(reply));
    });
  }
}
