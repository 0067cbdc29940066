import type { Escalation, EscalationStatus, PersonRef } from '../escalate/model.js';
import type { Lang } from '../lang.js';

/** Who signed in to the console: their platform identity, as the role check knows it. */
export interface ConsoleUser {
  platform: PersonRef['platform'];
  id: string;
  /** Other ids the platform knows them by (Teams: the 29:… id besides the Entra object id), for the role check. */
  aliases?: readonly string[] | undefined;
  name?: string | undefined;
}

/** A session in the database (several replicas share it); `id` is the cookie's hash, never the cookie. */
export interface ConsoleSession {
  idHash: string;
  user: ConsoleUser;
  csrf: string;
  lang: Lang;
  lastSeenAt: Date;
  /** A one-time message for the next page (the result of an action). */
  flash: string | undefined;
}

/** The escalations board's filter; `departments` undefined means all. */
export interface BoardFilter {
  statuses: readonly EscalationStatus[];
  departments: readonly string[] | undefined;
  from: Date | undefined;
  to: Date | undefined;
  limit: number;
}

/** Counts per day (YYYY-MM-DD, UTC) for the charts. */
export interface DayCount {
  day: string;
  count: number;
}

/** What the Inzichten page shows: the series behind each chart. */
export interface Insights {
  questions: Array<{ day: string; answered: number; fallback: number }>;
  votes: Array<{ itemId: string; up: number; down: number }>;
  escalations: Array<{ id: string; department: string; day: string; minutesToClaim: number | undefined; minutesToResolve: number | undefined }>;
  tips: DayCount[];
  /** The items that answered most, most first. */
  topItems: Array<{ itemId: string; count: number }>;
  /** The newest masked texts of questions without an answer. */
  unanswered: string[];
  /** The newest 👎 with the (masked) question the item was given on. */
  downvoted: Array<{ itemId: string; question: string }>;
}

/** The console's own data: one-time sign-in links, sessions, the audit trail, and reads for its pages. */
export interface ConsoleStore {
  /** Keeps a link's token hash until `expiresAt`. */
  addLink(tokenHash: string, user: ConsoleUser, at: Date, expiresAt: Date): Promise<void>;
  /** The link's user when it is neither used nor expired; does not use it up. */
  peekLink(tokenHash: string, at: Date): Promise<ConsoleUser | undefined>;
  /** Uses the link up, once: of two at the same moment only one gets the user. */
  useLink(tokenHash: string, at: Date): Promise<ConsoleUser | undefined>;
  createSession(session: ConsoleSession): Promise<void>;
  /** The session when it was seen after `idleSince`; an idle one is deleted. */
  session(idHash: string, idleSince: Date): Promise<ConsoleSession | undefined>;
  touchSession(idHash: string, at: Date, changes?: { lang?: Lang; flash?: string | null }): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** One line of the audit trail: who did what to which escalation, when; `detail` already masked. */
  audit(entry: { at: Date; actor: ConsoleUser; action: string; target: string | undefined; detail: string | undefined }): Promise<void>;
  auditTrail(limit: number): Promise<Array<{ at: Date; actor: string; action: string; target: string | undefined; detail: string | undefined }>>;
  board(filter: BoardFilter): Promise<Escalation[]>;
  insights(from: Date, to: Date): Promise<Insights>;
  /** Deletes audit lines older than `before` and links and sessions past their time. */
  purge(before: Date, now: Date, idleSince: Date): Promise<number>;
  /** An unanswered or 👎 question made an example: off the lists (its text cleared), still counted as a fallback or a 👎. */
  forgetUnanswered(text: string): Promise<number>;
}

/** Hands out one-time sign-in links; the console surface implements it. */
export interface ConsoleLinks {
  issue(
    user: ConsoleUser,
    lang: Lang,
  ): Promise<{ kind: 'link'; url: string; minutes: number } | { kind: 'unavailable'; reason: 'no-server' | 'no-public-url' }>;
}
