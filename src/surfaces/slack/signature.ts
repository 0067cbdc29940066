import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Slack signs with the time of sending; older requests are refused (Slack's own advice: 5 minutes). */
export const SIGNATURE_MAX_AGE_S = 5 * 60;
/** A clock a little ahead is fine; a timestamp further in the future is a forgery or a broken clock. */
export const SIGNATURE_MAX_FUTURE_S = 60;

/** The two signing headers, checked for shape and time before a byte of the body is read. */
export type SignedHeaders = { ok: true; signature: string; timestamp: number } | { ok: false; reason: string };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

export function signedHeaders(headers: IncomingHttpHeaders, nowMs: number): SignedHeaders {
  const signature = header(headers, 'x-slack-signature');
  const rawTimestamp = header(headers, 'x-slack-request-timestamp');
  if (signature === undefined || rawTimestamp === undefined) return { ok: false, reason: 'no signature' };
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'malformed signature' };
  if (!/^\d{1,12}$/.test(rawTimestamp)) return { ok: false, reason: 'malformed timestamp' };
  const timestamp = Number(rawTimestamp);
  const age = nowMs / 1000 - timestamp;
  if (age > SIGNATURE_MAX_AGE_S) return { ok: false, reason: 'timestamp too old' };
  if (age < -SIGNATURE_MAX_FUTURE_S) return { ok: false, reason: 'timestamp in the future' };
  return { ok: true, signature, timestamp };
}

/** Slack's v0 signature: HMAC-SHA256 of `v0:<timestamp>:<raw body>`, compared in constant time. */
export function signatureMatches(secret: string, signed: { signature: string; timestamp: number }, raw: Buffer): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${signed.timestamp}:`).update(raw).digest('hex')}`);
  const given = Buffer.from(signed.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
