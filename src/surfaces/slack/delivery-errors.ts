import { PermanentDeliveryError } from '../../runtime/outbox/notifier.js';

/** Errors after which retrying the same channel cannot help. */
const PERMANENT = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'account_inactive']);

/** Slack's answers that say "try again" (for `internal_error` and `fatal_error` Slack adds that it may have been done). */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

/** Slack's error string of a Web API error (`not_in_channel`, `missing_scope`, …), if it gave one. */
export function slackErrorOf(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}

/** Rethrows a Web API error, as a PermanentDeliveryError when retrying cannot help. */
export function rethrow(error: unknown): never {
  const code = slackErrorOf(error);
  if (code && PERMANENT.has(code)) throw new PermanentDeliveryError(code);
  throw error;
}

/** Network errors, HTTP errors, rate limits and Slack's own "try again" answers. */
export function isTransient(error: unknown): boolean {
  if (error instanceof PermanentDeliveryError) return false;
  if ((error as { code?: string }).code === 'slack_webapi_platform_error') return TRANSIENT.has(slackErrorOf(error) ?? '');
  return true;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call`, and again after each pause while it fails in a way worth retrying; the last
 * failure is thrown. For calls that are safe to repeat (reads), or that look before they repeat.
 */
export async function retryTransient<T>(pausesMs: readonly number[], call: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      const wait = pausesMs[attempt];
      if (wait === undefined || !isTransient(error)) throw error;
      await pause(wait);
    }
  }
}
