import {
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type CloudAdapter,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
} from 'botbuilder';
import { t } from '../../core/messages.js';
import { readAll } from '../../core/stats/csv.js';
import type { Membership } from '../../core/ports.js';
import type { Notifier } from '../../runtime/outbox/notifier.js';
import { welcomeReply } from '../../core/reply-builders.js';
import type { TeamsDeps } from './deps.js';
import { escalateForm, readEscalateForm } from './escalate-form.js';
import { baseConversationId, CHANNEL_AUDIENCE, messageFor, personalChatParameters, tenantIdOf } from './activity.js';
import { commandText, executeOnCard, voteBySubmit } from './card-buttons.js';
import { parseCardSubmit } from './card/card-submit.js';
import { renderCard } from './card/render-card.js';
import { plainCardText, teamsCommand } from './card/card-text.js';
import { stripRichText } from '../../core/reply-model.js';
import { conversationKind, messageText, teamsInbound } from './to-inbound.js';

/**
 * The thin Teams handler: translate the activity, ask the core, render the card, send. A draft
 * check asked in a channel or group chat is answered in the asker's personal chat.
 */
export class RichtlijnenTeamsBot extends TeamsActivityHandler {
  constructor(
    private readonly deps: TeamsDeps,
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    /** Who is in a conversation, and posting in one: for "Deel in kanaal". */
    private readonly peers: { directory: Membership; notifier: Notifier },
  ) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcomeOnce(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) await this.welcomeOnce(context);
      await next();
    });
  }

  /**
   * A message (nearly every activity) goes straight to `answer`: ActivityHandler's dispatch for it
   * (the turn handlers, onMessageActivity, the message handlers, the dialog handlers: a dozen
   * promises per message) would run only `answer`, as nothing else is registered for those. Every
   * other activity is dispatched by TeamsActivityHandler as before.
   */
  override async run(context: TurnContext): Promise<void> {
    if (context.activity?.type === 'message') return this.answer(context);
    return super.run(context);
  }

  private async answer(context: TurnContext): Promise<void> {
    const { activity } = context;
    // Keep a reference to every conversation the bot is spoken to in, for posts there later.
    await this.rememberConversation(context);
    const submit = parseCardSubmit(activity.value);
    if (submit && 'share' in submit) {
      await this.share(context, submit);
      return;
    }
    if (submit && 'feedback' in submit) {
      await voteBySubmit(this.deps, context, submit);
      return;
    }
    const inbound = submit ? teamsInbound(activity, commandText(submit), submit.lang) : teamsInbound(activity, messageText(activity));
    const { reply, effects } = await this.deps.bot.handle(inbound);
    if (effects.length > 0) {
      // Bots cannot put files in a channel without Microsoft Graph; the CSV travels as an inline attachment.
      await context.sendActivity({
        type: 'message',
        attachments: await Promise.all(
          effects.map(async (e) => ({
            contentType: 'text/csv',
            name: e.filename,
            contentUrl: `data:text/csv;base64,${Buffer.from(await readAll(e.content)).toString('base64')}`,
          })),
        ),
      });
    }
    if (reply.audience === 'asker' && conversationKind(activity) !== 'personal') {
      await this.sendPrivately(context, messageFor(reply, { feedback: true, shareTo: baseConversationId(activity.conversation.id) }));
      await context.sendActivity(t(reply.aboutDraft ? 'teams.replied-privately' : 'teams.replied-privately-other', reply.lang));
      return;
    }
    await context.sendActivity(messageFor(reply, { feedback: true }));
  }

  /**
   * "Deel in kanaal" on guideline content sent privately: made again from its id (never a
   * command run again) and posted where it was asked, if the clicker is in that conversation.
   */
  private async share(context: TurnContext, submit: { share: unknown; to: string }): Promise<void> {
    const inbound = teamsInbound(context.activity, '');
    const reply = this.deps.bot.share(submit.share);
    if (!reply) {
      await context.sendActivity(t('share.refused', await this.deps.bot.replyLang(inbound)));
      return;
    }
    const isMember = await this.peers.directory.isMember('teams', submit.to, inbound.user.id).catch(() => false);
    if (!isMember) {
      await context.sendActivity(t('share.not-member', reply.lang));
      return;
    }
    const sharedBy = { kind: 'fields' as const, fields: [{ label: t('share.shared-by-label', reply.lang), value: inbound.user.name ?? '' }] };
    await this.peers.notifier.post(submit.to, { ...reply, parts: [...reply.parts, sharedBy] });
    await context.sendActivity(t('share.done', reply.lang));
  }

  /** Sends a message in the personal chat between the bot and the sender, creating it if needed. */
  private async sendPrivately(context: TurnContext, message: Partial<Activity>): Promise<void> {
    const { activity } = context;
    const parameters = personalChatParameters(activity.recipient, activity.from, tenantIdOf(activity));
    await this.adapter.createConversationAsync(this.botAppId, activity.channelId, activity.serviceUrl, CHANNEL_AUDIENCE, parameters, async (personal) => {
      await personal.sendActivity(message);
    });
  }

  /** Conversations already stored by this process: no database write for every message. */
  private readonly known = new Set<string>();

  /** Stores the conversation reference (without the user); true when the conversation is new. */
  private async rememberConversation(context: TurnContext): Promise<boolean> {
    const id = baseConversationId(context.activity.conversation.id);
    if (this.known.has(id)) return false;
    const reference = TurnContext.getConversationReference(context.activity);
    const { user: _user, activityId: _activityId, ...withoutUser } = reference;
    const teamId = (context.activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
    const isNew = await this.deps.conversations.remember({
      platform: 'teams',
      id,
      kind: conversationKind(context.activity),
      reference: { ...withoutUser, conversation: { ...withoutUser.conversation, id } } as Record<string, unknown>,
      ...(typeof teamId === 'string' && teamId.length <= 400 ? { teamId } : {}),
      at: this.deps.clock.now(),
    });
    if (this.known.size < 10_000) this.known.add(id);
    return isNew;
  }

  /** Teams announces an install twice (installationUpdate and conversationUpdate): welcome once. */
  private async welcomeOnce(context: TurnContext): Promise<void> {
    if (!(await this.rememberConversation(context))) return;
    const lang = await this.deps.bot.replyLang(teamsInbound(context.activity, ''));
    await context.sendActivity(messageFor(welcomeReply(this.deps.kb, lang), { feedback: true }));
  }

  /** "Escaleer deze discussie" on a message: the report form, with the message's link filled in. */
  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const lang = await this.deps.bot.replyLang(teamsInbound(context.activity, ''));
    return {
      task: {
        type: 'continue',
        value: {
          title: t('esc.form.title', lang),
          width: 'medium',
          height: 'medium',
          card: escalateForm(this.deps.kb, lang, action.messagePayload?.linkToMessage),
        },
      },
    };
  }

  /** The submitted report form: the escalation is committed, the reporter sees its reference. */
  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const lang = await this.deps.bot.replyLang(teamsInbound(context.activity, ''));
    const form = readEscalateForm(this.deps.kb, action.data, lang);
    if (!this.deps.escalations) return { task: { type: 'message', value: plainCardText(stripRichText(t('esc.usage', lang), teamsCommand)) } };
    if (!form.ok) return { task: { type: 'message', value: Object.values(form.errors).join(' ') } };
    const inbound = teamsInbound(context.activity, '');
    const reply = await this.deps.escalations.report(
      { reporter: { platform: 'teams', id: inbound.user.id, name: inbound.user.name, address: inbound.user.address }, ...form.report },
      lang,
    );
    return { task: { type: 'message', value: renderCard(reply).text.slice(0, 1000) } };
  }

  /** Action.Execute on a card: answered on the card itself (see `executeOnCard`). */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    await this.rememberConversation(context);
    return executeOnCard(this.deps, context, parseCardSubmit(invokeValue.action?.data));
  }
}
