import type { Lang } from './lang.js';
import type { ActResult, Binding, Escalation, EscalationAction, NewEscalation, PersonRef } from './escalate/model.js';

/** What the core needs from the outside world. Adapters and the store implement these. */

export interface Clock {
  now(): Date;
}

/** A number in [0, 1), like Math.random; injected so that tests can fix it. */
export type Random = () => number;

/** Structured logging; never pass a draft, a token or a password in `fields`. */
export interface Logger {
  debug(fields: Readonly<Record<string, unknown>>, message?: string): void;
  info(fields: Readonly<Record<string, unknown>>, message?: string): void;
  warn(fields: Readonly<Record<string, unknown>>, message?: string): void;
  error(fields: Readonly<Record<string, unknown>>, message?: string): void;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A helpful / not helpful click on an answer. `voter`: who clicked on which card, so that a
 * second vote on the same card replaces the first; the store keeps only a keyed hash of it.
 */
export interface FeedbackVote {
  itemId: string;
  vote: 'up' | 'down';
  platform: string;
  at: Date;
  voter?: { userId: string; card: string };
  /** The question the answer was given to, masked (`Reply.asked`); kept with a 👎 only. */
  asked?: string | undefined;
}

export interface FeedbackCount {
  itemId: string;
  up: number;
  down: number;
}

/** Keeps the helpful-or-not votes for the content owners. */
export interface FeedbackStore {
  record(vote: FeedbackVote): Promise<void>;
  /** Counts per item, most unhelpful first. */
  counts(): Promise<FeedbackCount[]>;
}

/** A conversation the bot can post in later (Teams needs the conversation reference). */
export interface StoredConversation {
  platform: string;
  id: string;
  kind: 'personal' | 'group' | 'channel';
  /** The platform's own reference, without any user in it. */
  reference: Readonly<Record<string, unknown>>;
  /** A Teams channel's team: whose roster says who is in the channel. */
  teamId?: string | undefined;
  at: Date;
}

export interface ConversationStore {
  /** Stores a conversation (and a team id not known before); true when it was new (so a welcome goes out once). */
  remember(conversation: StoredConversation): Promise<boolean>;
  find(platform: string, id: string): Promise<StoredConversation | undefined>;
}

/** A message the outbox must deliver; rendered when delivered, so a retry shows the latest state. */
export type OutboxJob =
  | { kind: 'post-card'; escalationId: string; platform: 'slack' | 'teams'; channelId: string; purpose: 'report' | 'reminder' | 'backup' }
  | { kind: 'update-cards'; escalationId: string }
  | { kind: 'notify'; escalationId: string; event: 'claimed' | 'unclaimed' | 'resolved' | 'reopened' };

/** A job taken from the outbox, leased to this process until done or failed. */
export interface LeasedJob {
  id: string;
  job: OutboxJob;
  attempts: number;
  /** The lease round that holds it: renewing and giving back are done with it. */
  lease: string;
  /** When an earlier attempt began sending it: from then on it may already be on the platform. */
  sendingSince?: Date | undefined;
}

/** Where a card was posted, so that it can be updated in place. */
export interface PostedCard {
  escalationId: string;
  platform: 'slack' | 'teams';
  channelId: string;
  messageId: string;
  purpose: 'report' | 'reminder' | 'backup';
}

/**
 * Escalations, their audit trail, channel bindings and the outbox, in one database. Every
 * change and the jobs it causes are committed together.
 */
export interface EscalationStore {
  open(report: NewEscalation, jobs: (id: string) => OutboxJob[]): Promise<Escalation>;
  get(id: string): Promise<Escalation | undefined>;
  /** A conditional state change with its audit line and jobs; "someone else was first" is a value. */
  act(id: string, action: EscalationAction, actor: PersonRef, at: Date, outcome: string | undefined, jobs: OutboxJob[]): Promise<ActResult>;
  listOpen(department: string): Promise<Escalation[]>;
  /** Open escalations last announced before `before`, oldest first. */
  dueForReminder(before: Date): Promise<Escalation[]>;
  /** Records a reminder unless another process just did; true when this one did. */
  markReminded(id: string, previous: Date, at: Date, jobs: OutboxJob[]): Promise<boolean>;
  /** Sends a waiting escalation to a channel bound after it was reported, unless another process just did; true when this one did. */
  markForwarded(id: string, previous: Date, at: Date, jobs: OutboxJob[]): Promise<boolean>;
  bind(binding: Binding, at: Date): Promise<void>;
  /** Removes a channel's binding; false when it had none. */
  unbind(platform: 'slack' | 'teams', channelId: string): Promise<boolean>;
  bindings(department: string): Promise<Binding[]>;
  /** The channels where a card of this escalation was posted: the only places it can be changed from. */
  cardChannels(id: string): Promise<ChannelRef[]>;
  departmentOf(platform: 'slack' | 'teams', channelId: string): Promise<string | undefined>;
  /** The audit trail of one escalation, oldest first. */
  history(id: string): Promise<Array<{ action: string; actor: string | undefined; at: Date }>>;
}

export interface Outbox {
  /** Leases up to `limit` due jobs to this process for `leaseMs`; others skip them. */
  lease(now: Date, limit: number, leaseMs: number): Promise<LeasedJob[]>;
  /** Extends the lease of the jobs of round `lease` still pending (a heartbeat); returns how many. */
  renew(lease: string, until: Date): Promise<number>;
  /** Records, before a job is first sent, that it may be on the platform from `at` on. */
  markSending(id: string, lease: string, at: Date): Promise<void>;
  /** Done, whoever holds the lease now; `posted` is recorded only by the first to complete it. */
  complete(id: string, posted?: PostedCard): Promise<void>;
  /** Gives a job back, to be tried again at `retryAt`, unless another lease round has it now. */
  fail(id: string, lease: string, error: string, retryAt: Date): Promise<void>;
  postedCards(escalationId: string): Promise<PostedCard[]>;
  pending(): Promise<number>;
}

/** Whether someone belongs to a channel (a department's), asked of the platform. */
/**
 * The language a person chose with "taal en" / "language nl". Kept under a keyed hash of the
 * platform and user id, never the id itself.
 */
export interface LanguageChoices {
  get(platform: string, userId: string): Promise<Lang | undefined>;
  set(platform: string, userId: string, lang: Lang, at: Date): Promise<void>;
}

export interface Membership {
  isMember(platform: 'slack' | 'teams', channelId: string, userId: string): Promise<boolean>;
}

/** What a platform says about a conversation: a real channel or not, and whether the bot is in it. */
export interface ChannelFacts {
  kind: 'channel' | 'group' | 'personal' | 'unknown';
  botIsMember: boolean;
}

/** Asks the platform what a conversation is; a failure to ask is `unknown`, not a channel. */
export interface ChannelDirectory {
  describe(platform: 'slack' | 'teams', channelId: string): Promise<ChannelFacts>;
}

/** A channel on a platform. */
export interface ChannelRef {
  platform: 'slack' | 'teams';
  channelId: string;
}

/** Daily tip subscriptions and the slots already taken. */
export interface TipStore {
  setSubscription(channel: ChannelRef, on: boolean, at: Date): Promise<void>;
  subscriptions(): Promise<Array<ChannelRef & { subscribed: boolean }>>;
  /** The channel's current rotation round and the tips it has seen in it (at most one round's rows are read). */
  round(channel: ChannelRef): Promise<{ round: number; seen: string[] }>;
  /**
   * The channels that should get `slot` and have not had it: the `configured` ones and those
   * that said "dagtip aan", minus those that said "dagtip uit". Worked out in the database, so a
   * tick with nothing due reads no row per channel.
   */
  unclaimedChannels(slot: string, configured: readonly ChannelRef[]): Promise<ChannelRef[]>;
  /** Takes a slot for a channel; false when it was taken already (by this process or another). */
  claimSlot(channel: ChannelRef, slot: string, tipId: string, round: number, at: Date): Promise<boolean>;
  markSlot(channel: ChannelRef, slot: string, status: 'posted' | 'failed', error?: string): Promise<void>;
  posts(channel: ChannelRef): Promise<Array<{ slot: string; tipId: string; round: number; status: string }>>;
}

/** What the content owners learn from use; never a user id, never a draft. */
export interface Signals {
  question(signal: { at: Date; platform: string; lang: string; itemId: string | undefined; maskedText: string | undefined }): Promise<void>;
  check(signal: { at: Date; platform: string; lang: string; verdict: string; codes: readonly string[] }): Promise<void>;
}

/** Counters for operations people (Prometheus); the core reports, an adapter keeps them. */
export interface Metrics {
  question(outcome: 'answered' | 'fallback'): void;
  check(verdict: string): void;
  delivered(kind: string): void;
  apiError(platform: string, method: string): void;
}

export const noMetrics: Metrics = { question: () => undefined, check: () => undefined, delivered: () => undefined, apiError: () => undefined };

/**
 * Keys remembered for a while in the database, so that every replica sees them: a Slack request
 * signature (replay) or an event id (Slack's retries). The first claim of a key wins.
 */
export interface OnceStore {
  /** True for the first claim of `key` in `kind` until `expiresAt`; false while an earlier claim lasts. */
  claim(kind: OnceKind, key: string, expiresAt: Date): Promise<boolean>;
  /** Deletes the claims that expired before `now`; returns how many. */
  purgeExpired(now: Date): Promise<number>;
}

export type OnceKind = 'slack-signature' | 'slack-event';
