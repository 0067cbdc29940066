import { describe, expect, it } from 'vitest';
import { isOwner, Roles } from '../../../src/core/access/roles.js';
import { captureLogger } from '../../support/bot.js';

function roles(members: Record<string, string[]>, failing = false) {
  const asked: string[] = [];
  const logger = captureLogger();
  const check = new Roles({
    membership: {
      isMember: async (_platform, channelId, userId) => {
        asked.push(channelId);
        if (failing) throw new Error('ratelimited');
        return members[channelId]?.includes(userId) ?? false;
      },
    },
    admins: { slack: ['U0ADMIN'], teams: ['00000000-0000-4000-8000-00000000ad01'] },
    ownersDepartment: 'communicatie',
    ownersChannels: [
      { department: 'communicatie', platform: 'slack', channelId: 'C0COMMS' },
      { department: 'communicatie', platform: 'teams', channelId: '19:comms@thread.tacv2' },
    ],
    logger,
  });
  return { check, asked, logger };
}

describe('roles', () => {
  it('the terminal user runs their own bot: admin', async () => {
    expect(await roles({}).check.roleOf({ platform: 'terminal', id: 'local' })).toEqual({ kind: 'admin' });
  });

  it('named admins, by any of their ids, without asking the platform', async () => {
    const { check, asked } = roles({});
    expect(await check.roleOf({ platform: 'slack', id: 'U0ADMIN' })).toEqual({ kind: 'admin' });
    expect(await check.roleOf({ platform: 'teams', id: '29:1abc', aliases: ['00000000-0000-4000-8000-00000000ad01'] })).toEqual({ kind: 'admin' });
    expect(await check.roleOf({ platform: 'teams', id: 'U0ADMIN' })).toEqual({ kind: 'employee' }); // a Slack admin is nobody in Teams
    expect(asked).toEqual(['19:comms@thread.tacv2']);
  });

  it('members of the owners department channel on their own platform', async () => {
    const { check } = roles({ C0COMMS: ['U0COMMS1'], '19:comms@thread.tacv2': ['aad-1'] });
    expect(await check.roleOf({ platform: 'slack', id: 'U0COMMS1' })).toEqual({ kind: 'department-member', department: 'communicatie' });
    expect(await check.roleOf({ platform: 'teams', id: 'aad-1' })).toEqual({ kind: 'department-member', department: 'communicatie' });
    expect(await check.roleOf({ platform: 'slack', id: 'U0OTHER' })).toEqual({ kind: 'employee' });
  });

  it('gives no rights when the platform cannot say, and logs it', async () => {
    const { check, logger } = roles({ C0COMMS: ['U0COMMS1'] }, true);
    expect(await check.roleOf({ platform: 'slack', id: 'U0COMMS1' })).toEqual({ kind: 'employee' });
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'roles.membership-failed' }));
  });

  it('owners are admins and members of the owners department, no one else', () => {
    expect(isOwner({ kind: 'admin' }, 'communicatie')).toBe(true);
    expect(isOwner({ kind: 'department-member', department: 'communicatie' }, 'communicatie')).toBe(true);
    expect(isOwner({ kind: 'department-member', department: 'juridisch' }, 'communicatie')).toBe(false);
    expect(isOwner({ kind: 'employee' }, 'communicatie')).toBe(false);
  });
});
