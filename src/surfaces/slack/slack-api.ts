import type { Logger, Metrics } from '../../core/ports.js';

/** What a Slack Web API error tells: its code and Slack's error string, never the request. */
function describe(error: unknown): { code?: string; error: string } {
  if (error && typeof error === 'object') {
    const e = error as { code?: string; data?: { error?: string }; message?: string };
    return { ...(e.code ? { code: e.code } : {}), error: e.data?.error ?? e.message ?? 'unknown' };
  }
  return { error: String(error) };
}

/**
 * Runs one Slack call and logs a failure with the method name, instead of throwing: a failed
 * reply must never take the process (or other users' replies) down. Returns undefined on failure.
 */
export async function callSlack<T>(deps: { logger: Logger; metrics?: Metrics | undefined }, method: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    deps.logger.error({ event: 'slack.api-error', method, ...describe(error) });
    deps.metrics?.apiError('slack', method);
    return undefined;
  }
}
