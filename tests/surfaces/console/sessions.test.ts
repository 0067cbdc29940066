import { afterEach, describe, expect, it } from 'vitest';
import { Roles } from '../../../src/core/access/roles.js';
import { ConsoleAccess } from '../../../src/core/console/access.js';
import { SqlConsoleStore } from '../../../src/store/console-store.js';
import { ConsoleAuth } from '../../../src/surfaces/console/auth.js';
import { createConsoleLinks } from '../../../src/surfaces/console/links.js';
import { captureLogger } from '../../support/bot.js';
import { testDb } from '../../support/db.js';
import { FixedClock } from '../../support/escalations.js';
import { startProgram } from '../../support/program.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('a removed member', () => {
  it('loses the session at the next membership check', async () => {
    const db = await testDb();
    cleanups.push(() => db.cleanup());
    const clock = new FixedClock(new Date('2026-11-24T09:00:00Z'));
    const members = new Set(['U0COMMS1']);
    const membership = { isMember: async (_p: string, channel: string, user: string) => channel === 'C0COMMS' && members.has(user) };
    const logger = captureLogger();
    const comms = [{ department: 'communicatie', platform: 'slack' as const, channelId: 'C0COMMS' }];
    const authority = new Roles({ membership, admins: { slack: [], teams: [] }, ownersDepartment: 'communicatie', ownersChannels: comms, logger });
    const access = new ConsoleAccess({ authority, membership, channelsOf: async () => [], departments: ['communicatie', 'juridisch'], logger });
    const store = new SqlConsoleStore(db);
    const auth = new ConsoleAuth({ store, access, clock, secure: false });
    const links = createConsoleLinks({ store, clock, minutes: 10, publicUrl: 'http://console.test', localUrl: () => undefined });
    const link = await links.issue({ platform: 'slack', id: 'U0COMMS1', name: 'comms' }, 'nl');
    const token = link.kind === 'link' ? (new URL(link.url).searchParams.get('token') as string) : '';
    const signed = await auth.signIn(token, 'nl');
    const cookie = (signed?.cookie ?? '').split(';')[0] as string;
    const request = { headers: { cookie } } as Parameters<ConsoleAuth['current']>[0];
    expect(await auth.current(request)).toMatchObject({ access: { kind: 'all', why: 'communication' } });
    members.delete('U0COMMS1');
    expect(await auth.current(request)).toBe('revoked');
    members.add('U0COMMS1');
    expect(await auth.current(request)).toBe('revoked'); // the session is gone, not paused
    expect(await db.kysely.selectFrom('console_sessions').selectAll().execute()).toEqual([]);
    expect(JSON.stringify(await db.kysely.selectFrom('console_links').selectAll().execute())).not.toContain(token);
  });
});

describe('beheer in the terminal', () => {
  it('prints a link on 127.0.0.1 for the local user, who is admin', async () => {
    const run = startProgram([], {});
    cleanups.push(async () => {
      run.stdin.end();
      await run.exited;
    });
    run.stdin.write('beheer\n');
    await run.waitForOutput(/console\/login\?token=[\w-]{40}/);
    const link = /http:\/\/127\.0\.0\.1:\d+\/console\/login\?token=[\w-]+/.exec(run.stdout())?.[0];
    expect(link, run.stdout()).toBeDefined();
    const page = await fetch(link as string);
    expect(page.status).toBe(200);
    const token = new URL(link as string).searchParams.get('token') as string;
    const post = await fetch(new URL('/console/login', link), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    });
    expect(post.status).toBe(303);
    const overview = await fetch(new URL('/console/', link), { headers: { cookie: (post.headers.get('set-cookie') ?? '').split(';')[0] as string } });
    expect(await overview.text()).toContain('lokale beheerder');
  });
});
