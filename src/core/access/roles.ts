import type { Binding } from '../escalate/model.js';
import type { Platform } from '../inbound.js';
import type { ChannelRef, Logger, Membership } from '../ports.js';

/**
 * How long a platform's answer to "who is in this channel" is reused. Surfaces cache channel
 * rosters this long: someone removed from the channel loses its rights within this time.
 */
export const MEMBERSHIP_CACHE_MS = 5 * 60_000;

/** What someone is to the bot; it decides what they may do. */
export type Role = { kind: 'employee' } | { kind: 'department-member'; department: string } | { kind: 'admin' };

/** Someone as a platform knows them. */
export interface Person {
  platform: Platform;
  id: string;
  /** Other ids the platform knows them by (Teams: the 29:… id besides the Entra object id). */
  aliases?: readonly string[] | undefined;
}

/** Answers "what is this person to the bot": the check every surface (and a web console) shares. */
export interface Authority {
  roleOf(person: Person): Promise<Role>;
  /** The department that owns the guidelines and the bot (departments.yaml's default). */
  readonly ownersDepartment: string;
}

/** What roles are made of: the platform's memberships, the configured admins and the owners' channels. */
export interface RolesDeps {
  membership: Membership;
  /** People named in ADMIN_SLACK_USERS / ADMIN_TEAMS_USERS. */
  admins: Readonly<Record<'slack' | 'teams', readonly string[]>>;
  ownersDepartment: string;
  /** The owners department's configured channels (ESCALATION_SLACK_CHANNEL / ESCALATION_TEAMS_CHANNEL). */
  ownersChannels: readonly Binding[];
  logger: Logger;
}

/**
 * Roles from configuration and the platforms: the terminal's user runs their own bot (admin);
 * named admins; members of the owners department's channel, as the platform says; everyone
 * else is an employee. A platform that cannot answer gives no rights.
 */
export class Roles implements Authority {
  readonly ownersDepartment: string;

  constructor(private readonly deps: RolesDeps) {
    this.ownersDepartment = deps.ownersDepartment;
  }

  async roleOf(person: Person): Promise<Role> {
    const { platform } = person;
    if (platform !== 'slack' && platform !== 'teams') return { kind: 'admin' };
    const ids = [person.id, ...(person.aliases ?? [])];
    if (ids.some((id) => this.deps.admins[platform].includes(id))) return { kind: 'admin' };
    if (await inAnyChannel(this.deps, this.deps.ownersChannels, person)) return { kind: 'department-member', department: this.ownersDepartment };
    return { kind: 'employee' };
  }
}

/**
 * Whether the platform says `person` is in one of `channels` (those on their own platform).
 * The one membership question behind every role: a platform that cannot answer gives no
 * rights, and the failure is logged.
 */
export async function inAnyChannel(deps: { membership: Membership; logger: Logger }, channels: readonly ChannelRef[], person: Person): Promise<boolean> {
  const { platform } = person;
  if (platform !== 'slack' && platform !== 'teams') return false;
  for (const channel of channels.filter((c) => c.platform === platform)) {
    try {
      if (await deps.membership.isMember(platform, channel.channelId, person.id)) return true;
    } catch (error) {
      deps.logger.warn({ event: 'roles.membership-failed', platform, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return false;
}

/** Whether a role may manage the bot: bind channels, see figures and exports, act on the digest. */
export function isOwner(role: Role, ownersDepartment: string): boolean {
  return role.kind === 'admin' || (role.kind === 'department-member' && role.department === ownersDepartment);
}
