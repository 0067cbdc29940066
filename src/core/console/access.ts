import type { Binding } from '../escalate/model.js';
import type { Platform } from '../inbound.js';
import type { Membership } from '../ports.js';

/**
 * What someone may see and do with escalations: everything (the communication department, an
 * admin, the terminal's local user), or only their own departments' escalations.
 */
export type Access = { kind: 'all'; why: 'admin' | 'communication' | 'local' } | { kind: 'departments'; departments: readonly string[] };

/** Whether `access` covers escalations of `department`. */
export function canSee(access: Access, department: string): boolean {
  return access.kind === 'all' || access.departments.includes(department);
}

export interface RoleCheckDeps {
  membership: Membership;
  /** A department's channels (configured and bound), as the escalation service knows them. */
  channelsOf(department: string): Promise<Binding[]>;
  departments: readonly string[];
  defaultDepartment: string;
  admins: { slack: readonly string[]; teams: readonly string[] };
}

/**
 * Who may do what (issue 10): admins and members of the default department's channel are the
 * communication department and see everything; members of another department's channel see
 * that department's escalations; everyone else nothing. Membership is asked of the platform
 * (cached there for a short while), so a removed member loses access at the next check.
 */
export class RoleCheck {
  constructor(private readonly deps: RoleCheckDeps) {}

  async accessOf(person: { platform: Platform | 'removed'; id: string }): Promise<Access | undefined> {
    const { platform, id } = person;
    if (platform === 'terminal' || platform === 'cli') return { kind: 'all', why: 'local' };
    if (platform !== 'slack' && platform !== 'teams') return undefined;
    if (this.deps.admins[platform].includes(id)) return { kind: 'all', why: 'admin' };
    if (await this.isMemberOf(this.deps.defaultDepartment, platform, id)) return { kind: 'all', why: 'communication' };
    const own: string[] = [];
    for (const department of this.deps.departments) {
      if (department !== this.deps.defaultDepartment && (await this.isMemberOf(department, platform, id))) own.push(department);
    }
    return own.length > 0 ? { kind: 'departments', departments: own } : undefined;
  }

  private async isMemberOf(department: string, platform: 'slack' | 'teams', userId: string): Promise<boolean> {
    for (const channel of await this.deps.channelsOf(department)) {
      if (channel.platform === platform && (await this.deps.membership.isMember(platform, channel.channelId, userId))) return true;
    }
    return false;
  }
}
