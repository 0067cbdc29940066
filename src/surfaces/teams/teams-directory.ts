import { TeamsInfo, type CloudAdapter, type ConversationReference, type TeamsPagedMembersResult, type TurnContext } from 'botbuilder';
import { MEMBERSHIP_CACHE_MS } from '../../core/access/roles.js';
import type { ChannelDirectory, ChannelFacts, ConversationStore, Membership, StoredConversation } from '../../core/ports.js';
import { baseConversationId } from './activity.js';

/** Teams' largest roster page. */
const PAGE_SIZE = 500;

/**
 * What Teams says about conversations the bot was installed or spoken to in. Who is in a team
 * channel is the team's roster (TeamsInfo.getPagedTeamMembers, every page, through the
 * CloudAdapter), in a group chat its members; cached for MEMBERSHIP_CACHE_MS per conversation.
 * A person matches by Entra object id or by Teams (29:…) id.
 */
export class TeamsDirectory implements Membership, ChannelDirectory {
  private readonly cache = new Map<string, { members: Set<string>; until: number }>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly conversations: ConversationStore,
    private readonly now: () => number = Date.now,
    private readonly cacheMs = MEMBERSHIP_CACHE_MS,
  ) {}

  async isMember(_platform: 'slack' | 'teams', channelId: string, userId: string): Promise<boolean> {
    const id = baseConversationId(channelId);
    const cached = this.cache.get(id);
    if (cached && cached.until > this.now()) return cached.members.has(userId);
    const members = await this.roster(id);
    this.cache.set(id, { members, until: this.now() + this.cacheMs });
    return members.has(userId);
  }

  /** Teams tells the bot what a conversation is with every message; the bot kept it, and is in every conversation it kept. */
  async describe(_platform: 'slack' | 'teams', channelId: string): Promise<ChannelFacts> {
    const stored = await this.conversations.find('teams', baseConversationId(channelId));
    return stored ? { kind: stored.kind, botIsMember: true } : { kind: 'unknown', botIsMember: false };
  }

  private async roster(id: string): Promise<Set<string>> {
    const stored = await this.conversations.find('teams', id);
    if (!stored) throw new Error('no conversation reference: install the bot in that team first');
    const reference = stored.reference as Partial<ConversationReference>;
    const conversation = { ...(reference.conversation as ConversationReference['conversation']), id };
    const members = new Set<string>();
    await this.adapter.continueConversationAsync(this.appId, { ...reference, conversation }, async (context) => {
      let token: string | undefined;
      do {
        const page = await this.page(context, stored, id, token);
        for (const member of page.members ?? []) {
          if (member.id) members.add(member.id);
          if (member.aadObjectId) members.add(member.aadObjectId);
        }
        token = page.continuationToken || undefined;
      } while (token);
    });
    return members;
  }

  /** A team channel's members are its team's; a stored channel without a team id is its team's General channel, whose id is the team's. */
  private page(context: TurnContext, stored: StoredConversation, id: string, token: string | undefined): Promise<TeamsPagedMembersResult> {
    if (stored.kind === 'channel') return TeamsInfo.getPagedTeamMembers(context, stored.teamId ?? id, PAGE_SIZE, token);
    return TeamsInfo.getPagedMembers(context, PAGE_SIZE, token);
  }
}
