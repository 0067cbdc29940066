import type { Kysely } from 'kysely';
import { sql } from './kysely.js';
import type { ChannelRef, TipStore } from '../core/ports.js';
import type { Db } from './db.js';
import type { Database } from './db-schema.js';

/**
 * Channels that said "dagtip aan" without a post in `slot`. The slot's channels are read once
 * from the (slot, platform, channel_id) index, a few pages in order, and the subscriptions are a
 * small table: nothing is looked up in each channel's history of posts (issue 20).
 */
export function subscribedWithoutSlot(k: Kysely<Database>, slot: string) {
  const posted = k.selectFrom('tip_posts as p').select(['p.platform', 'p.channel_id']).where('p.slot', '=', slot);
  return k
    .selectFrom('tip_subscriptions as s')
    .select(['s.platform', 's.channel_id'])
    .where('s.subscribed', '=', 1)
    .where(sql<boolean>`(s.platform, s.channel_id) not in (${posted})`);
}

/** Tip subscriptions and slots in the database. */
export class SqlTipStore implements TipStore {
  constructor(private readonly db: Db) {}

  async setSubscription(channel: ChannelRef, on: boolean, at: Date): Promise<void> {
    await this.db.kysely
      .insertInto('tip_subscriptions')
      .values({ platform: channel.platform, channel_id: channel.channelId, subscribed: on ? 1 : 0, updated_at: at.toISOString() })
      .onConflict((oc) => oc.columns(['platform', 'channel_id']).doUpdateSet({ subscribed: on ? 1 : 0, updated_at: at.toISOString() }))
      .execute();
  }

  async subscriptions(): Promise<Array<ChannelRef & { subscribed: boolean }>> {
    const rows = await this.db.kysely.selectFrom('tip_subscriptions').selectAll().execute();
    return rows.map((r) => ({ platform: r.platform as ChannelRef['platform'], channelId: r.channel_id, subscribed: r.subscribed === 1 }));
  }

  async round(channel: ChannelRef): Promise<{ round: number; seen: string[] }> {
    // Both reads go through the (platform, channel_id, round) index: the newest round only, never the history.
    const last = await this.db.kysely
      .selectFrom('tip_posts')
      .select((eb) => eb.fn.max('round').as('round'))
      .where('platform', '=', channel.platform)
      .where('channel_id', '=', channel.channelId)
      .executeTakeFirst();
    const round = Number(last?.round ?? 0);
    const rows = await this.db.kysely
      .selectFrom('tip_posts')
      .select('tip_id')
      .where('platform', '=', channel.platform)
      .where('channel_id', '=', channel.channelId)
      .where('round', '=', round)
      .execute();
    return { round, seen: rows.map((r) => r.tip_id) };
  }

  async unclaimedChannels(slot: string, configured: readonly ChannelRef[]): Promise<ChannelRef[]> {
    const k = this.db.kysely;
    const subscribed = await subscribedWithoutSlot(k, slot).execute();
    const due = subscribed.map((r) => ({ platform: r.platform as ChannelRef['platform'], channelId: r.channel_id }));
    if (configured.length === 0) return due;
    // A configured channel that said "dagtip aan" is above already; one that said "dagtip uit" gets nothing.
    const ids = configured.map((c) => c.channelId);
    const decided = await k.selectFrom('tip_subscriptions').select(['platform', 'channel_id']).where('channel_id', 'in', ids).execute();
    const claimed = await k.selectFrom('tip_posts').select(['platform', 'channel_id']).where('slot', '=', slot).where('channel_id', 'in', ids).execute();
    const skip = new Set([...decided, ...claimed].map((r) => `${r.platform}:${r.channel_id}`));
    for (const channel of configured) {
      const key = `${channel.platform}:${channel.channelId}`;
      if (!skip.has(key)) due.push(channel);
      skip.add(key); // a channel configured twice gets one tip
    }
    return due;
  }

  async claimSlot(channel: ChannelRef, slot: string, tipId: string, round: number, at: Date): Promise<boolean> {
    const result = await this.db.kysely
      .insertInto('tip_posts')
      .values({
        platform: channel.platform,
        channel_id: channel.channelId,
        slot,
        tip_id: tipId,
        round,
        status: 'claimed',
        error: null,
        claimed_at: at.toISOString(),
      })
      .onConflict((oc) => oc.columns(['platform', 'channel_id', 'slot']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async markSlot(channel: ChannelRef, slot: string, status: 'posted' | 'failed', error?: string): Promise<void> {
    await this.db.kysely
      .updateTable('tip_posts')
      .set({ status, error: error?.slice(0, 200) ?? null })
      .where('platform', '=', channel.platform)
      .where('channel_id', '=', channel.channelId)
      .where('slot', '=', slot)
      .execute();
  }

  async posts(channel: ChannelRef): Promise<Array<{ slot: string; tipId: string; round: number; status: string }>> {
    const rows = await this.db.kysely
      .selectFrom('tip_posts')
      .selectAll()
      .where('platform', '=', channel.platform)
      .where('channel_id', '=', channel.channelId)
      .orderBy('slot')
      .execute();
    return rows.map((r) => ({ slot: r.slot, tipId: r.tip_id, round: r.round, status: r.status }));
  }
}
