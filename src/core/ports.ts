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

/** A helpful / not helpful click on an answer. Carries no user id. */
export interface FeedbackVote {
  itemId: string;
  vote: 'up' | 'down';
  platform: string;
  at: Date;
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
  at: Date;
}

export interface ConversationStore {
  /** Stores a conversation; true when it was new (so a welcome goes out once). */
  remember(conversation: StoredConversation): Promise<boolean>;
  find(platform: string, id: string): Promise<StoredConversation | undefined>;
}
