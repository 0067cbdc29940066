import type { App } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';
import { retryTransient, rethrow, slackErrorOf } from './delivery-errors.js';

/** The metadata event type of an escalation card; its payload names the escalation and the outbox job. */
export const CARD_EVENT_TYPE = 'richtlijnenbot_escalation';

/** How far before the first attempt a card is looked for: Slack's clock and ours may differ a little. */
const CLOCK_SKEW_MS = 60_000;

/** History pages read at most (200 messages each): in a channel busier than that the card goes out again rather than risk losing it. */
const MAX_PAGES = 10;

/** A read is safe to repeat: pauses before the second and third try when Slack says "try again". */
const READ_PAUSES_MS = [200, 500];

/** Without channels:history (groups:history for a private channel) the bot cannot look, and says so. */
const NO_ACCESS = new Set(['missing_scope', 'not_allowed_token_type']);

export interface CardSearch {
  channelId: string;
  jobId: string;
  /** When the first attempt began: the card cannot be older. */
  since: Date;
  logger?: Logger | undefined;
}

/**
 * The ts of the card that outbox job `jobId` posted in the channel, found by its metadata in
 * conversations.history since the first attempt; undefined when it is not there (or the bot may
 * not read the channel's history: then a repeat beats a loss). Throws when Slack cannot answer.
 */
export async function findCard(client: App['client'], search: CardSearch): Promise<string | undefined> {
  const { channelId, jobId, since, logger } = search;
  const oldest = (Math.max(0, since.getTime() - CLOCK_SKEW_MS) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const args = { channel: channelId, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) };
    const result = await retryTransient(READ_PAUSES_MS, () => client.conversations.history(args)).catch((error: unknown) => {
      if (!NO_ACCESS.has(slackErrorOf(error) ?? '')) rethrow(error);
      logger?.warn(
        { event: 'slack.history-unavailable', channel: channelId, error: slackErrorOf(error) },
        'Cannot look for a card posted before: add the channels:history and groups:history scopes to the Slack app and reinstall it',
      );
      return undefined;
    });
    if (!result) return undefined;
    const card = result.messages?.find(
      (m) => m.metadata?.event_type === CARD_EVENT_TYPE && (m.metadata.event_payload as Record<string, unknown> | undefined)?.job_id === jobId,
    );
    if (card?.ts) return card.ts;
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) return undefined;
  }
  logger?.warn({ event: 'slack.history-too-long', channel: channelId, pages: MAX_PAGES });
  return undefined;
}
