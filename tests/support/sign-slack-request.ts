import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function signSlackRequest(secret: string, body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

let triggers = 0;

/** A trigger id as Slack makes one: unique per interaction, so two equal clicks are two signatures. */
export function triggerId(): string {
  return `${Date.now()}.${++triggers}.test`;
}
