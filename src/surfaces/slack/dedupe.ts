import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';

/** Event ids remembered; Slack retries within minutes, so a few thousand is plenty. */
const REMEMBERED = 5_000;

/**
 * Lets each Events API event through once. Slack resends an event (with X-Slack-Retry-Num)
 * when the first acknowledgement was late; the retry must not produce a second answer.
 */
export function onceByEventId(logger: Logger): Middleware<AnyMiddlewareArgs> {
  const seen = new Set<string>();
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      if (seen.has(eventId)) {
        logger.info({ event: 'slack.retry-ignored', eventId });
        return;
      }
      if (seen.size >= REMEMBERED) seen.delete(seen.values().next().value as string);
      seen.add(eventId);
    }
    await next();
  };
}
