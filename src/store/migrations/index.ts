import type { Migration } from 'kysely';
import { m001Feedback } from './001-feedback.js';
import { m002Conversations } from './002-conversations.js';
import { m003Escalations } from './003-escalations.js';
import { m004Tips } from './004-tips.js';
import { m005Signals } from './005-signals.js';
import { m006Digests } from './006-digests.js';
import { m020Scale } from './020-scale.js';
import { m024TipSlotChannels } from './024-tip-slot-channels.js';
import { m030ConversationTeam } from './030-conversation-team.js';
import { m040Once } from './040-once.js';
import { m050OutboxLeases } from './050-outbox-leases.js';
import { m060Pseudonyms } from './060-pseudonyms.js';
import { m070Console } from './070-console.js';
import { m080KnowledgeVersions } from './080-knowledge-versions.js';
import { m085DownvoteQuestions } from './085-downvote-questions.js';
import { m090ChangeCounts } from './090-change-counts.js';

/** Every migration, in order; names sort as they run. Written once for SQLite and PostgreSQL. */
export const migrations: Record<string, Migration> = {
  '001-feedback': m001Feedback,
  '002-conversations': m002Conversations,
  '003-escalations': m003Escalations,
  '004-tips': m004Tips,
  '005-signals': m005Signals,
  '006-digests': m006Digests,
  '020-scale': m020Scale,
  '024-tip-slot-channels': m024TipSlotChannels,
  '030-conversation-team': m030ConversationTeam,
  '040-once': m040Once,
  '050-outbox-leases': m050OutboxLeases,
  '060-pseudonyms': m060Pseudonyms,
  '070-console': m070Console,
  '080-knowledge-versions': m080KnowledgeVersions,
  '085-downvote-questions': m085DownvoteQuestions,
  '090-change-counts': m090ChangeCounts,
};
