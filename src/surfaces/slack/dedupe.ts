import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger, OnceStore } from '../../core/ports.js';

/** Slack retries an event after 1 and 5 minutes at most; an hour covers that with room. */
const EVENT_ID_KEPT_MS = 60 * 60_000;

/**
 * Lets each Events API event through once, across every replica: Slack resends an event (with
 * X-Slack-Retry-Num) when the first acknowledgement was late, possibly to another replica, and
 * the retry must not produce a second answer. The event id is claimed in the database; when the
 * database does not answer the event goes through (a rare double answer beats a lost one).
 */
export function onceByEventId(once: OnceStore, logger: Logger, now: () => number = Date.now): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && eventId.length <= 200) {
      const first = await once.claim('slack-event', eventId, new Date(now() + EVENT_ID_KEPT_MS)).catch((error: unknown) => {
        logger.warn({ event: 'slack.dedupe-unavailable', error: error instanceof Error ? error.message : String(error) });
        return true;
      });
      if (!first) {
        logger.info({ event: 'slack.retry-ignored', eventId });
        return;
      }
    }
    await next();
  };
}
