import { inAnyChannel, isOwner, type Authority, type Person } from '../access/roles.js';
import type { Binding } from '../escalate/model.js';
import type { Platform } from '../inbound.js';
import type { Logger, Membership } from '../ports.js';

/**
 * What someone may see and do with escalations: everything (the communication department, an
 * admin, the terminal's local user), or only their own departments' escalations.
 */
export type Access = { kind: 'all'; why: 'admin' | 'communication' | 'local' } | { kind: 'departments'; departments: readonly string[] };

/** Whether `access` covers escalations of `department`. */
export function canSee(access: Access, department: string): boolean {
  return access.kind === 'all' || access.departments.includes(department);
}

export interface ConsoleAccessDeps {
  /** The one role check (core/access/roles.ts): admins and the communication department. */
  authority: Authority;
  /** The same membership port the role check asks (Slack conversations.members, the Teams roster). */
  membership: Membership;
  /** A department's channels (configured and bound), as the escalation service knows them. */
  channelsOf(department: string): Promise<Binding[]>;
  departments: readonly string[];
  logger: Logger;
}

/**
 * Who may use the web console, and for which escalations: the role check's admins and
 * communication department see everything; members of another department's channel see that
 * department's escalations; everyone else nothing. Membership is asked of the platform (cached
 * there for MEMBERSHIP_CACHE_MS), so a removed member loses access at the next check.
 */
export class ConsoleAccess {
  constructor(private readonly deps: ConsoleAccessDeps) {}

  async accessOf(person: { platform: Platform | 'removed'; id: string; aliases?: readonly string[] | undefined }): Promise<Access | undefined> {
    const { platform } = person;
    if (platform === 'terminal' || platform === 'cli') return { kind: 'all', why: 'local' };
    if (platform !== 'slack' && platform !== 'teams') return undefined;
    const who: Person = { ...person, platform };
    const { authority } = this.deps;
    const role = await authority.roleOf(who);
    if (role.kind === 'admin') return { kind: 'all', why: 'admin' };
    if (isOwner(role, authority.ownersDepartment)) return { kind: 'all', why: 'communication' };
    const own: string[] = [];
    for (const department of this.deps.departments) {
      if (department !== authority.ownersDepartment && (await inAnyChannel(this.deps, await this.deps.channelsOf(department), who))) own.push(department);
    }
    return own.length > 0 ? { kind: 'departments', departments: own } : undefined;
  }
}
