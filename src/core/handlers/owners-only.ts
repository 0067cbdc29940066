import type { Inbound } from '../inbound.js';
import type { StatsSource } from '../stats/stats.js';
import { channelPlatform, type Services } from './handler.js';

/**
 * The figures, when the message comes from a department's channel (bound or configured);
 * undefined elsewhere, where `stats` and `export` are refused politely.
 */
export async function ownersSource(inbound: Inbound, services: Services): Promise<StatsSource | undefined> {
  const platform = channelPlatform(inbound);
  const { stats, escalations } = services;
  if (!stats || !platform || !escalations) return undefined;
  return (await escalations.isDepartmentChannel(platform, inbound.conversation.id)) ? stats : undefined;
}

/** The period of `stats [dagen]` and `export [dagen]`: the last `days` days up to now. */
export function period(days: number, now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - days * 86_400_000), to: now };
}
