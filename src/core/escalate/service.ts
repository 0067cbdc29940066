import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { t } from '../messages.js';
import { inAnyChannel } from '../access/roles.js';
import { maskPersonalData } from '../check/mask.js';
import type { ChannelDirectory, Clock, EscalationStore, Logger, Membership, OutboxJob } from '../ports.js';
import type { Reply } from '../reply-model.js';
import type { Lang } from '../lang.js';
import { noteReply } from '../reply-builders.js';
import { literal } from '../text.js';
import { confirmationReply, departmentName, listReply, NOTICE_FOR } from './escalation-replies.js';
import { MAX_OUTCOME, type Binding, type EscalationAction, type PersonRef, type Urgency } from './model.js';
import { departmentFor, guessCategory } from './parse.js';
import { isWithinHours } from './working-hours.js';

export interface EscalationServiceDeps {
  kb: KnowledgeBase;
  store: EscalationStore;
  membership: Membership;
  /** What a channel is, asked of the platform before it is bound. */
  channels: ChannelDirectory;
  clock: Clock;
  logger: Logger;
  /** Channels bound by configuration (ESCALATION_SLACK_CHANNEL / ESCALATION_TEAMS_CHANNEL), for the default department. */
  configured: readonly Binding[];
  remindMinutes: number;
  timeZone: string;
}

/** A report from any platform: the link, the description, and what the reporter chose. */
export interface Report {
  reporter: PersonRef;
  link: string | undefined;
  description: string;
  category?: string | undefined;
  urgency: Urgency;
}

/**
 * Rule 7 as a service: reports go to the department's channels through the outbox, the
 * department claims and resolves, the reporter hears of every step, reminders follow.
 */
export class EscalationService {
  constructor(private readonly deps: EscalationServiceDeps) {}

  /** The channels of a department: configured ones and those bound with "afdeling koppel". */
  async channelsOf(department: string): Promise<Binding[]> {
    const stored = await this.deps.store.bindings(department);
    const configured = department === this.deps.kb.departments.default ? this.deps.configured : [];
    const all = [...configured.map((b) => ({ ...b, department })), ...stored];
    return all.filter((b, i) => all.findIndex((o) => o.platform === b.platform && o.channelId === b.channelId) === i);
  }

  async report(report: Report, lang: Lang): Promise<Reply> {
    const { kb, store, clock } = this.deps;
    const category =
      report.category && kb.departments.categories.some((c) => c.id === report.category) ? report.category : guessCategory(report.description, kb.departments);
    const department = departmentFor(category, kb.departments);
    const channels = await this.channelsOf(department);
    const escalation = await store.open(
      // Stored masked: the department needs what happened, not the phone numbers or addresses in it.
      {
        department,
        category,
        urgency: report.urgency,
        link: report.link,
        description: maskPersonalData(report.description),
        reporter: report.reporter,
        at: clock.now(),
      },
      (id) => channels.map((c): OutboxJob => ({ kind: 'post-card', escalationId: id, platform: c.platform, channelId: c.channelId, purpose: 'report' })),
    );
    this.deps.logger.info({ event: 'escalation.opened', id: escalation.id, department, category, urgency: report.urgency, channels: channels.length });
    if (channels.length === 0) this.deps.logger.warn({ event: 'escalation.no-channel', id: escalation.id, department });
    return confirmationReply(kb, escalation, lang, channels.length > 0);
  }

  /**
   * Claim, release, resolve or reopen: only from a channel where the escalation's card was
   * posted, and only by a member of that channel (as the platform says).
   */
  async act(id: string, action: EscalationAction, actor: PersonRef, channelId: string, outcome: string | undefined, lang: Lang): Promise<Reply> {
    const current = await this.deps.store.get(id);
    if (!current) return noteReply(t('esc.not-found', lang, { ref: id }), lang);
    const platform = actor.platform;
    if (platform !== 'slack' && platform !== 'teams') return noteReply(t('esc.not-card-channel', lang, { ref: current.id }), lang);
    const cards = await this.deps.store.cardChannels(current.id);
    if (!cards.some((c) => c.platform === platform && c.channelId === channelId)) return noteReply(t('esc.not-card-channel', lang, { ref: current.id }), lang);
    if (!(await inAnyChannel(this.deps, [{ platform, channelId }], { platform, id: actor.id }))) {
      return noteReply(t('esc.not-member', lang, { department: literal(departmentName(this.deps.kb, current.department, lang)) }), lang);
    }
    return this.apply(current.id, action, actor, outcome, lang);
  }

  /**
   * The same action from the web console, whose caller has checked the person's role:
   * `mayAct` says whether they may act on the escalation's department. The same state change,
   * audit line and outbox jobs as a button in the chat, so the cards update the same way.
   */
  async actAs(
    id: string,
    action: EscalationAction,
    actor: PersonRef,
    outcome: string | undefined,
    lang: Lang,
    mayAct: (department: string) => boolean,
  ): Promise<Reply> {
    const current = await this.deps.store.get(id);
    if (!current || !mayAct(current.department)) return noteReply(t('esc.not-found', lang, { ref: id }), lang);
    return this.apply(current.id, action, actor, outcome, lang);
  }

  /** The state change itself, once the caller may: stored with its audit line and outbox jobs in one go. */
  private async apply(id: string, action: EscalationAction, actor: PersonRef, outcome: string | undefined, lang: Lang): Promise<Reply> {
    const { store } = this.deps;
    const jobs: OutboxJob[] = [
      { kind: 'update-cards', escalationId: id },
      { kind: 'notify', escalationId: id, event: NOTICE_FOR[action] },
    ];
    const kept = outcome?.replace(/\s+/g, ' ').trim().slice(0, MAX_OUTCOME);
    const result = await store.act(id, action, actor, this.deps.clock.now(), kept ? maskPersonalData(kept) : undefined, jobs);
    switch (result.kind) {
      case 'not-found':
        return noteReply(t('esc.not-found', lang, { ref: id }), lang);
      case 'already-claimed':
        return noteReply(t('esc.already-claimed', lang, { ref: id, name: literal(result.escalation.claimedBy?.name?.trim() || t('esc.someone', lang)) }), lang);
      case 'wrong-state':
        return noteReply(t('esc.wrong-state', lang, { ref: id, status: t(`esc.state-word.${result.escalation.status}`, lang) }), lang);
      case 'done':
        this.deps.logger.info({ event: `escalation.${action}`, id });
        return noteReply(t(`esc.done.${action}`, lang, { ref: id }), lang);
    }
  }

  /** One escalation, for the web console (which checks the reader's role itself). */
  get(id: string) {
    return this.deps.store.get(id);
  }

  /** Its audit trail, oldest first, with the actors' names. */
  history(id: string) {
    return this.deps.store.history(id.toUpperCase());
  }

  /** `escalaties` in a department's channel: what is open there. */
  async list(platform: 'slack' | 'teams', channelId: string, lang: Lang): Promise<Reply> {
    const department = await this.departmentOfChannel(platform, channelId);
    if (!department) return noteReply(t('esc.not-department', lang, { departments: this.departmentIds() }), lang);
    return listReply(this.deps.kb, department, await this.deps.store.listOpen(department), lang, this.deps.timeZone);
  }

  /**
   * `afdeling koppel <afdeling>`, run in the department's own channel: only a real channel
   * (not a personal or group chat, as the platform says) where the bot is a member.
   */
  async bind(department: string, platform: 'slack' | 'teams', channelId: string, lang: Lang): Promise<Reply> {
    const known = this.deps.kb.departments.departments.find(
      (d) => d.id === department.toLowerCase() || d.name.nl.toLowerCase() === department.toLowerCase() || d.name.en.toLowerCase() === department.toLowerCase(),
    );
    if (!known) return noteReply(t('esc.bind-unknown', lang, { departments: this.departmentIds() }), lang);
    const facts = await this.deps.channels.describe(platform, channelId);
    if (facts.kind === 'personal') return noteReply(t('esc.bind-personal', lang), lang);
    if (facts.kind === 'group') return noteReply(t('esc.bind-not-channel', lang), lang);
    // A channel the platform will not describe to the bot is, as a rule, a private one without it.
    if (facts.kind !== 'channel' || !facts.botIsMember) return noteReply(t('esc.bind-not-member', lang), lang);
    await this.deps.store.bind({ department: known.id, platform, channelId }, this.deps.clock.now());
    const forwarded = await this.forwardWaiting(known.id, platform, channelId);
    this.deps.logger.info({ event: 'escalation.bound', department: known.id, platform, forwarded });
    const bound = t('esc.bound', lang, { department: literal(known.name[lang]) });
    const text = forwarded > 0 ? `${bound} ${t('esc.bound-forwarded', lang, { count: forwarded })}` : bound;
    return { ...noteReply(text, lang), audience: 'conversation' };
  }

  /**
   * Reports that waited for a channel ("ik stuur hem door zodra dat er is"): open escalations of
   * the department whose card was never posted anywhere go to the channel just bound.
   */
  private async forwardWaiting(department: string, platform: 'slack' | 'teams', channelId: string): Promise<number> {
    const { store, clock } = this.deps;
    let forwarded = 0;
    for (const e of await store.listOpen(department)) {
      if (e.status !== 'open' || (await store.cardChannels(e.id)).length > 0) continue;
      const job: OutboxJob = { kind: 'post-card', escalationId: e.id, platform, channelId, purpose: 'report' };
      if (await store.markForwarded(e.id, e.announcedAt, clock.now(), [job])) forwarded++;
    }
    return forwarded;
  }

  /** `afdeling ontkoppel`, run in a bound channel: it receives no more escalations. */
  async unbind(platform: 'slack' | 'teams', channelId: string, lang: Lang): Promise<Reply> {
    if (this.deps.configured.some((b) => b.platform === platform && b.channelId === channelId)) return noteReply(t('esc.unbind-configured', lang), lang);
    const department = await this.deps.store.departmentOf(platform, channelId);
    if (!department || !(await this.deps.store.unbind(platform, channelId))) return noteReply(t('esc.unbind-none', lang), lang);
    this.deps.logger.info({ event: 'escalation.unbound', department, platform });
    return { ...noteReply(t('esc.unbound', lang, { department: literal(departmentName(this.deps.kb, department, lang)) }), lang), audience: 'conversation' };
  }

  /** Re-announces escalations nobody picked up: in the department's hours, or always when urgent. */
  async remindDue(): Promise<number> {
    const { kb, store, clock } = this.deps;
    const now = clock.now();
    const before = new Date(now.getTime() - this.deps.remindMinutes * 60_000);
    let reminded = 0;
    for (const e of await store.dueForReminder(before)) {
      const department = kb.departments.departments.find((d) => d.id === e.department);
      if (e.urgency !== 'urgent' && department && !isWithinHours(department, now)) continue;
      const own = await this.channelsOf(e.department);
      const backup = department?.backup ? await this.channelsOf(department.backup) : [];
      const jobs: OutboxJob[] = [
        ...own.map((c): OutboxJob => ({ kind: 'post-card', escalationId: e.id, platform: c.platform, channelId: c.channelId, purpose: 'reminder' })),
        ...backup.map((c): OutboxJob => ({ kind: 'post-card', escalationId: e.id, platform: c.platform, channelId: c.channelId, purpose: 'backup' })),
      ];
      if (await store.markReminded(e.id, e.announcedAt, now, jobs)) reminded++;
    }
    return reminded;
  }

  /** Whether a channel belongs to a department (bound, or configured for the default one). */
  async isDepartmentChannel(platform: 'slack' | 'teams', channelId: string): Promise<boolean> {
    return (await this.departmentOfChannel(platform, channelId)) !== undefined;
  }

  private async departmentOfChannel(platform: 'slack' | 'teams', channelId: string): Promise<string | undefined> {
    const stored = await this.deps.store.departmentOf(platform, channelId);
    if (stored) return stored;
    return this.deps.configured.some((b) => b.platform === platform && b.channelId === channelId) ? this.deps.kb.departments.default : undefined;
  }

  private departmentIds(): string {
    return literal(this.deps.kb.departments.departments.map((d) => d.id).join(', '));
  }
}
