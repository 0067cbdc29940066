import type { Kysely, Migration } from 'kysely';

/**
 * The tip tick asks which subscribed channels lack today's slot. With the slot's channels in
 * the index itself, that question reads the slot's own index entries (a few pages, read in
 * order) instead of looking each channel up among its whole history of posts (issue 20). The
 * index also serves retention's "oldest slot" probe, as the one on `slot` alone did.
 */
export const m024TipSlotChannels: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('tip_posts_slot').execute();
    await db.schema.createIndex('tip_posts_slot').on('tip_posts').columns(['slot', 'platform', 'channel_id']).execute();
  },
};
