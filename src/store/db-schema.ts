import type { KnowledgeDraftTable, KnowledgeVersionTable } from './db-schema-knowledge.js';

/** The database's tables as Kysely sees them. No table holds a user id or a draft. */
export interface Database {
  feedback: FeedbackTable;
  conversations: ConversationTable;
  escalations: EscalationTable;
  escalation_events: EscalationEventTable;
  escalation_posts: EscalationPostTable;
  bindings: BindingTable;
  outbox: OutboxTable;
  tip_subscriptions: TipSubscriptionTable;
  tip_posts: TipPostTable;
  question_signals: QuestionSignalTable;
  check_signals: CheckSignalTable;
  digest_posts: DigestPostTable;
  hash_keys: HashKeyTable;
  language_choices: LanguageChoiceTable;
  change_counts: ChangeCountTable;
  once_keys: OnceKeyTable;
  daily_counts: DailyCountTable;
  daily_rollups: DailyRollupTable;
  maintenance_runs: MaintenanceRunTable;
  console_links: ConsoleLinkTable;
  console_sessions: ConsoleSessionTable;
  console_audit: ConsoleAuditTable;
  knowledge_versions: KnowledgeVersionTable;
  knowledge_drafts: KnowledgeDraftTable;
}

/** A secret for keyed hashes of user ids; a new one each retention period, deleted after two. */
export interface HashKeyTable {
  id: string;
  secret: string;
  created_at: string;
}

/** "taal en": the language a person chose, under a keyed hash of platform and user id. */
export interface LanguageChoiceTable {
  person: string;
  key_id: string;
  lang: string;
  updated_at: string;
}

/** How many changes were made to a kind of row that processes keep in memory (`language_choices`). */
export interface ChangeCountTable {
  name: string;
  changes: number;
}

/** A key claimed once across replicas until `expires_at` (a Slack signature, an event id). */
export interface OnceKeyTable {
  kind: string;
  key: string;
  expires_at: string;
}

/**
 * The figures of one finished UTC day, per series (`questions`, `answered`, `verdict`,
 * `finding`, `up`, `down`) and key (a verdict, a finding code, an item id, or ''). No person.
 */
export interface DailyCountTable {
  day: string;
  series: string;
  key: string;
  n: number;
}

/** The days whose figures are in daily_counts: one row per day, written with them. */
export interface DailyRollupTable {
  day: string;
  rolled_at: string;
}

/** One row per periodic job and slot (a day, an hour): the job runs in one process only. */
export interface MaintenanceRunTable {
  job: string;
  slot: string;
  claimed_at: string;
}

/** A one-time sign-in link: the SHA-256 of its token, whose it is (JSON of a ConsoleUser), until when. */
export interface ConsoleLinkTable {
  token_hash: string;
  person: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A console session: the SHA-256 of its cookie, never the cookie itself. */
export interface ConsoleSessionTable {
  id_hash: string;
  person: string;
  csrf: string;
  lang: string;
  last_seen_at: string;
  flash: string | null;
}

/** Who did what in the console, when; free text masked. Deleted after RETENTION_DAYS. */
export interface ConsoleAuditTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  detail: string | null;
}

export interface DigestPostTable {
  platform: string;
  channel_id: string;
  slot: string;
  claimed_at: string;
}

/** One question: which item answered it (null: the rule-8 fallback). The text only for fallbacks, masked. */
export interface QuestionSignalTable {
  at: string;
  platform: string;
  lang: string;
  item_id: string | null;
  masked_text: string | null;
}

/** One draft check: the verdict and the finding codes. Never the draft. */
export interface CheckSignalTable {
  at: string;
  platform: string;
  lang: string;
  verdict: string;
  codes: string;
}

export interface TipSubscriptionTable {
  platform: string;
  channel_id: string;
  /** 1 on, 0 off: an explicit "dagtip uit" also overrides TIP_*_CHANNELS. */
  subscribed: number;
  updated_at: string;
}

/** One row per channel per scheduled slot: the primary key makes a second post impossible. */
export interface TipPostTable {
  platform: string;
  channel_id: string;
  slot: string;
  tip_id: string;
  round: number;
  status: string;
  error: string | null;
  claimed_at: string;
}

/** Times are ISO-8601 strings in UTC: sortable and the same on both engines. */
export interface EscalationTable {
  id: string;
  department: string;
  category: string;
  urgency: string;
  link: string | null;
  description: string;
  /** JSON of a PersonRef: needed to tell the reporter of each step. */
  reporter: string;
  status: string;
  claimed_by: string | null;
  claimed_at: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  outcome: string | null;
  created_at: string;
  announced_at: string;
  reminders: number;
}

/** The audit trail: every state change, in order. */
export interface EscalationEventTable {
  escalation_id: string;
  seq: number;
  action: string;
  actor: string | null;
  at: string;
}

export interface EscalationPostTable {
  escalation_id: string;
  platform: string;
  channel_id: string;
  message_id: string;
  purpose: string;
}

export interface BindingTable {
  platform: string;
  channel_id: string;
  department: string;
  bound_at: string;
}

/** Deliveries still to make; `status` is pending or done. */
export interface OutboxTable {
  id: string;
  job: string;
  status: string;
  attempts: number;
  due_at: string;
  leased_until: string | null;
  /** Which lease round holds the job: its heartbeat renews only its own jobs. */
  lease_token: string | null;
  last_error: string | null;
  created_at: string;
  /** Set just before a card is first sent: from then on it may be on the platform. */
  sending_since: string | null;
}

/** A conversation the bot can post in later: a Teams conversation reference without the user. */
export interface ConversationTable {
  platform: string;
  conversation_id: string;
  kind: string;
  reference: string;
  /** Teams channels: the team's id (its roster is the channel's members); null elsewhere or not yet known. */
  team_id: string | null;
  created_at: string;
}

/**
 * One helpful / not helpful click on an answer: which item, which way, where, when. `voter` is a
 * keyed hash of the person and the card (never the user id): one vote per person per card.
 */
export interface FeedbackTable {
  item_id: string;
  vote: 'up' | 'down';
  platform: string;
  created_at: string;
  voter: string | null;
  /** A 👎's question, masked, until it became an example (migration 085). */
  masked_text: string | null;
}
