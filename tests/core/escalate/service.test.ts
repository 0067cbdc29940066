import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toPlainText } from '../../../src/core/reply-model.js';
import { testDb } from '../../support/db.js';
import { escalationService } from '../../support/escalations.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

const reporter = { platform: 'slack' as const, id: 'U0REPORTER', name: 'Rita Reporter' };
const comms = (id: string, name: string) => ({ platform: 'slack' as const, id, name });

/** A report, with its cards posted. */
async function reportOne(h: Awaited<ReturnType<typeof escalationService>>, description = 'Boze reacties onder onze post over de staking') {
  const reply = await h.service.report({ reporter, link: 'https://x.com/cnv/status/1', description, urgency: 'normaal' }, 'nl');
  await h.deliver();
  const id = /E-[A-Z0-9]{5}/.exec(reply.title ?? '')?.[0] as string;
  return { reply, id };
}

describe('reporting', () => {
  it('commits the escalation and its delivery before the reporter hears the reference', async () => {
    const { service, store, outbox } = await escalationService(db);
    const reply = await service.report(
      { reporter, link: 'https://x.com/cnv/status/1', description: 'Boze reacties onder onze post over de staking', urgency: 'normaal' },
      'nl',
    );
    const id = /E-[A-Z0-9]{5}/.exec(reply.title ?? '')?.[0] as string;
    expect(id).toMatch(/^E-[A-Z0-9]{5}$/);
    expect(toPlainText(reply)).toContain('Communicatie krijgt je melding nu te zien');
    expect(await store.get(id)).toMatchObject({ status: 'open', department: 'communicatie', category: 'discussie', link: 'https://x.com/cnv/status/1' });
    const jobs = await outbox.lease(new Date('2026-11-24T09:00:00Z'), 10, 60_000);
    expect(jobs.map((j) => j.job)).toEqual([{ kind: 'post-card', escalationId: id, platform: 'slack', channelId: 'C0COMMS', purpose: 'report' }]);
  });

  it('routes a category to its department, and to the default when no department has it', async () => {
    const h = await escalationService(db);
    const { service, store } = h;
    const threat = await service.report({ reporter, link: undefined, description: 'Ik word bedreigd na mijn post', urgency: 'hoog' }, 'nl');
    const id = /E-[A-Z0-9]{5}/.exec(threat.title ?? '')?.[0] as string;
    expect((await store.get(id))?.department).toBe('juridisch');
    const other = await service.report({ reporter, link: undefined, description: 'iets vreemds', urgency: 'normaal', category: 'overig' }, 'nl');
    expect((await store.get(/E-[A-Z0-9]{5}/.exec(other.title ?? '')?.[0] as string))?.department).toBe('communicatie');
  });

  it('never drops a report for a department without a channel: it is kept and the reporter told whom to contact', async () => {
    const h = await escalationService(db, { configured: [] });
    const { store } = h;
    const { reply, id } = await reportOne(h);
    expect(toPlainText(reply)).toContain('nog geen kanaal gekoppeld');
    expect(await store.get(id)).toBeDefined();
  });
});

describe('a ticket’s life', () => {
  it('claim → resolve with an outcome → reopen, each with its audit line and jobs', async () => {
    const h = await escalationService(db);
    const { service, store, outbox, clock } = h;
    const { id } = await reportOne(h);
    await outbox.lease(clock.now(), 10, 60_000);
    clock.advance(3);
    expect(toPlainText(await service.act(id, 'claim', comms('U0COMMS1', 'Chris'), 'C0COMMS', undefined, 'nl'))).toContain(`Je hebt ${id} opgepakt`);
    expect(await store.get(id)).toMatchObject({ status: 'claimed', claimedBy: { name: 'Chris' } });
    clock.advance(20);
    await service.act(id, 'resolve', comms('U0COMMS1', 'Chris'), 'C0COMMS', 'Reactie geplaatst, discussie bedaard', 'nl');
    expect(await store.get(id)).toMatchObject({ status: 'resolved', outcome: 'Reactie geplaatst, discussie bedaard' });
    await service.act(id, 'reopen', comms('U0COMMS2', 'Dana'), 'C0COMMS', undefined, 'nl');
    expect((await store.history(id)).map((h) => h.action)).toEqual(['opened', 'claim', 'resolve', 'reopen']);
    const jobs = (await outbox.lease(clock.now(), 20, 60_000)).map((j) => j.job);
    expect(jobs).toContainEqual({ kind: 'notify', escalationId: id, event: 'claimed' });
    expect(jobs).toContainEqual({ kind: 'notify', escalationId: id, event: 'resolved' });
    expect(jobs.filter((j) => j.kind === 'update-cards')).toHaveLength(3);
  });

  it('tells the second of two people claiming at once who was first', async () => {
    const h = await escalationService(db);
    const { service } = h;
    const { id } = await reportOne(h);
    const [a, b] = await Promise.all([
      service.act(id, 'claim', comms('U0COMMS1', 'Chris'), 'C0COMMS', undefined, 'nl'),
      service.act(id, 'claim', comms('U0COMMS2', 'Dana'), 'C0COMMS', undefined, 'nl'),
    ]);
    const texts = [toPlainText(a!), toPlainText(b!)];
    expect(texts.filter((x) => x.includes('opgepakt. De melder weet het'))).toHaveLength(1);
    expect(texts.filter((x) => /(Chris|Dana) was je voor/.test(x))).toHaveLength(1);
  });

  it('refuses, politely, anyone who is not in the department’s channel', async () => {
    const h = await escalationService(db);
    const { service, store } = h;
    const { id } = await reportOne(h);
    expect(toPlainText(await service.act(id, 'claim', comms('U0STRANGER', 'Sam'), 'C0COMMS', undefined, 'nl'))).toContain(
      'alleen leden van het kanaal van Communicatie',
    );
    expect(toPlainText(await service.act(id, 'claim', comms('U0COMMS1', 'Chris'), 'C0ELSEWHERE', undefined, 'nl'))).toContain('in het kanaal waar de kaart');
    expect((await store.get(id))?.status).toBe('open');
  });

  it('is changed only from a channel where its card was posted: not before delivery, not from another bound channel of the department', async () => {
    const h = await escalationService(db);
    const { service, store, clock } = h;
    await store.bind({ department: 'communicatie', platform: 'slack', channelId: 'C0COMMS2' }, clock.now());
    const reply = await service.report({ reporter, link: undefined, description: 'boze reacties', urgency: 'normaal' }, 'nl');
    const id = /E-[A-Z0-9]{5}/.exec(reply.title ?? '')?.[0] as string;
    expect(toPlainText(await service.act(id, 'claim', comms('U0COMMS1', 'Chris'), 'C0COMMS', undefined, 'nl'))).toContain('in het kanaal waar de kaart');
    await h.deliver();
    expect(toPlainText(await service.act(id, 'claim', comms('U0COMMS1', 'Chris'), 'C0OTHER', undefined, 'nl'))).toContain('in het kanaal waar de kaart');
    expect(toPlainText(await service.act(id, 'claim', comms('U0COMMS1', 'Chris'), 'C0COMMS2', undefined, 'nl'))).toContain(`Je hebt ${id} opgepakt`);
  });

  it('keeps the description and the outcome with personal data masked', async () => {
    const h = await escalationService(db);
    const { service, store } = h;
    const { id } = await reportOne(h, 'Collega Mark de Vries wordt uitgescholden, zijn nummer 06-12345678 staat erbij');
    await service.act(id, 'resolve', comms('U0COMMS1', 'Chris'), 'C0COMMS', 'Gebeld met mark@example.nl, bsn 123456782 verwijderd', 'nl');
    const stored = await store.get(id);
    expect(stored?.description).toBe('Collega [naam] wordt uitgescholden, zijn nummer [telefoon] staat erbij');
    expect(stored?.outcome).toBe('Gebeld met [e-mail], bsn [bsn] verwijderd');
  });

  it('says what is not possible in the current state', async () => {
    const h = await escalationService(db);
    const { service } = h;
    const { id } = await reportOne(h);
    expect(toPlainText(await service.act(id, 'reopen', comms('U0COMMS1', 'Chris'), 'C0COMMS', undefined, 'nl'))).toContain('Dat kan nu niet');
    expect(toPlainText(await service.act('E-NOPE1', 'claim', comms('U0COMMS1', 'Chris'), 'C0COMMS', undefined, 'nl'))).toContain(
      'Ik ken geen escalatie E-NOPE1',
    );
  });
});

describe('reminders', () => {
  it('re-announce an unclaimed escalation after 15 minutes, in the channel and to the backup', async () => {
    const h = await escalationService(db);
    const { service, store, outbox, clock } = h;
    await store.bind({ department: 'directie', platform: 'slack', channelId: 'C0BOARD' }, clock.now());
    const { id } = await reportOne(h);
    await outbox.lease(clock.now(), 10, 60_000);
    clock.advance(14);
    expect(await service.remindDue()).toBe(0);
    clock.advance(2);
    expect(await service.remindDue()).toBe(1);
    expect(await service.remindDue()).toBe(0); // not twice for one slot
    const jobs = (await outbox.lease(clock.now(), 10, 60_000)).map((j) => j.job);
    expect(jobs).toEqual(
      expect.arrayContaining([
        { kind: 'post-card', escalationId: id, platform: 'slack', channelId: 'C0COMMS', purpose: 'reminder' },
        { kind: 'post-card', escalationId: id, platform: 'slack', channelId: 'C0BOARD', purpose: 'backup' },
      ]),
    );
  });

  it('wait for working hours, except for urgent ones', async () => {
    const h = await escalationService(db);
    const { service, clock } = h;
    clock.set('2026-11-24T21:00:00Z'); // 22:00 in Amsterdam: after hours
    await reportOne(h);
    await service.report({ reporter, link: undefined, description: 'Dreigende reacties, urgent!', urgency: 'urgent', category: 'discussie' }, 'nl');
    clock.advance(30);
    expect(await service.remindDue()).toBe(1);
  });

  it('are announced once when two processes look at the same moment', async () => {
    const h = await escalationService(db);
    const other = await escalationService(db, { clock: h.clock }); // a second bot process on the same database
    const { id } = await reportOne(h);
    h.clock.advance(16);
    const found = await Promise.all([h.service.remindDue(), other.service.remindDue(), h.service.remindDue(), other.service.remindDue()]);
    expect(found.reduce((a, b) => a + b, 0)).toBe(1);
    const jobs = (await h.outbox.lease(h.clock.now(), 10, 60_000)).map((j) => j.job);
    expect(jobs).toEqual([{ kind: 'post-card', escalationId: id, platform: 'slack', channelId: 'C0COMMS', purpose: 'reminder' }]);
  });

  it('stop once someone claimed it', async () => {
    const h = await escalationService(db);
    const { service, clock } = h;
    const { id } = await reportOne(h);
    await service.act(id, 'claim', comms('U0COMMS1', 'Chris'), 'C0COMMS', undefined, 'nl');
    clock.advance(60);
    expect(await service.remindDue()).toBe(0);
  });
});

describe('department channels', () => {
  it('are bound with "afdeling koppel" and list what is open there', async () => {
    const h = await escalationService(db, { configured: [] });
    const { service } = h;
    expect(toPlainText(await service.bind('juridisch', 'slack', 'C0LEGAL', 'nl'))).toContain('Juridische zaken');
    await service.report({ reporter, link: undefined, description: 'laster over onze voorzitter', urgency: 'hoog' }, 'nl');
    const list = toPlainText(await service.list('slack', 'C0LEGAL', 'nl'));
    expect(list).toContain('Open escalaties van Juridische zaken');
    expect(list).toContain('Laster of smaad');
  });

  it('send a report that waited for a channel to the channel bound later, once, and say so', async () => {
    const h = await escalationService(db, { configured: [] });
    const waiting = await h.service.report({ reporter, link: undefined, description: 'laster over onze voorzitter', urgency: 'hoog' }, 'nl');
    expect(toPlainText(waiting)).toContain('nog geen kanaal gekoppeld');
    const id = /E-[A-Z0-9]{5}/.exec(waiting.title ?? '')?.[0] as string;
    expect(await h.outbox.lease(h.clock.now(), 10, 60_000)).toEqual([]); // nowhere to go yet

    const bound = toPlainText(await h.service.bind('juridisch', 'slack', 'C0LEGAL', 'nl'));
    expect(bound).toContain('Er wachtten nog 1 melding(en) op een kanaal');
    await h.deliver();
    expect(await h.store.cardChannels(id)).toEqual([{ platform: 'slack', channelId: 'C0LEGAL' }]);
    expect((await h.store.history(id)).map((e) => e.action)).toEqual(['opened', 'forwarded']);

    // Once its card is posted it waits no more: a channel bound later gets nothing (as for any report).
    expect(toPlainText(await h.service.bind('juridisch', 'slack', 'C0LEGAL2', 'nl'))).not.toContain('wachtten');
    await h.deliver();
    expect(await h.store.cardChannels(id)).toEqual([{ platform: 'slack', channelId: 'C0LEGAL' }]);
  });

  it('refuse a list or a binding where it makes no sense', async () => {
    const h = await escalationService(db, { configured: [] });
    const { service } = h;
    expect(toPlainText(await service.list('slack', 'C0RANDOM', 'nl'))).toContain('niet gekoppeld aan een afdeling');
    expect(toPlainText(await service.bind('marketing', 'slack', 'C0X', 'nl'))).toContain('Die afdeling ken ik niet');
    expect(toPlainText(await service.bind('juridisch', 'slack', 'D0X', 'nl'))).toContain('niet in een persoonlijke chat');
    expect(toPlainText(await service.bind('juridisch', 'slack', 'M0GROUP', 'nl'))).toContain('geen persoonlijk of groepsgesprek');
    expect(toPlainText(await service.bind('juridisch', 'slack', 'C0NOBOT', 'nl'))).toContain('Ik zit niet in dit kanaal');
    expect(await service.isDepartmentChannel('slack', 'M0GROUP')).toBe(false);
  });

  it('are unbound with "afdeling ontkoppel", except the configured one', async () => {
    const h = await escalationService(db);
    const { service } = h;
    await service.bind('juridisch', 'slack', 'C0LEGAL', 'nl');
    expect(toPlainText(await service.unbind('slack', 'C0LEGAL', 'nl'))).toContain('geen escalaties van Juridische zaken meer');
    expect(await service.isDepartmentChannel('slack', 'C0LEGAL')).toBe(false);
    expect(toPlainText(await service.unbind('slack', 'C0LEGAL', 'nl'))).toContain('niets te ontkoppelen');
    expect(toPlainText(await service.unbind('slack', 'C0COMMS', 'nl'))).toContain('ESCALATION_SLACK_CHANNEL');
    expect(await service.isDepartmentChannel('slack', 'C0COMMS')).toBe(true);
  });
});
