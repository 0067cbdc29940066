import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { t } from '../messages.js';
import type { ChannelRef, Clock, Logger, Random, TipStore } from '../ports.js';
import { baseReply } from '../reply-builders.js';
import { rich, type Reply } from '../reply-model.js';
import type { Lang } from '../lang.js';
import { nextTip } from './rotation.js';
import { tipReply } from './tip-reply.js';

export interface TipServiceDeps {
  kb: KnowledgeBase;
  store: TipStore;
  clock: Clock;
  random: Random;
  logger: Logger;
  /** Channels subscribed by configuration (TIP_SLACK_CHANNELS, TIP_TEAMS_CHANNELS). */
  configured: readonly ChannelRef[];
}

/** A tip claimed for one channel and slot, for the scheduler to post and report back on. */
export interface DueTip {
  channel: ChannelRef;
  slot: string;
  reply: Reply;
}

const key = (c: ChannelRef) => `${c.platform}:${c.channelId}`;

/** Daily tips: who wants them, and which tip each channel gets in a slot (once). */
export class TipService {
  constructor(private readonly deps: TipServiceDeps) {}

  /** `dagtip aan` / `dagtip uit` in a channel. */
  async subscribe(channel: ChannelRef, on: boolean, isPersonal: boolean, lang: Lang): Promise<Reply> {
    if (isPersonal) return { ...baseReply(lang, 'asker'), parts: [{ kind: 'text', text: rich(t('tip.subscribe-personal', lang)) }] };
    await this.deps.store.setSubscription(channel, on, this.deps.clock.now());
    this.deps.logger.info({ event: on ? 'tip.subscribed' : 'tip.unsubscribed', platform: channel.platform });
    return { ...baseReply(lang), parts: [{ kind: 'text', text: rich(t(on ? 'tip.subscribed' : 'tip.unsubscribed', lang)) }] };
  }

  /** Configured channels plus those that said "dagtip aan", minus those that said "dagtip uit". */
  async channels(): Promise<ChannelRef[]> {
    const stored = await this.deps.store.subscriptions();
    const off = new Set(stored.filter((s) => !s.subscribed).map(key));
    const all = [...this.deps.configured, ...stored.filter((s) => s.subscribed).map(({ platform, channelId }) => ({ platform, channelId }))];
    const seen = new Set<string>(off); // a Set, not findIndex: thousands of channels stay linear
    return all.filter((c) => !seen.has(key(c)) && seen.add(key(c)) !== undefined);
  }

  /**
   * Claims `slot` for every subscribed channel that has not had it, each with the next tip of
   * its own rotation. A slot another process (or an earlier run) took is skipped: one tip per
   * channel per slot. When every channel has it, this costs two reads.
   */
  async claim(slot: string, lang: Lang): Promise<DueTip[]> {
    const { kb, store, clock, random } = this.deps;
    const ids = kb.tips.map((tip) => tip.id);
    const due: DueTip[] = [];
    for (const channel of await store.unclaimedChannels(slot, this.deps.configured)) {
      const { round, seen } = await store.round(channel);
      const pick = nextTip(seen, ids, random);
      const claimed = await store.claimSlot(channel, slot, pick.tip, pick.newRound ? round + 1 : Math.max(round, 1), clock.now());
      if (!claimed) continue;
      const tip = kb.tips.find((x) => x.id === pick.tip);
      if (tip) due.push({ channel, slot, reply: tipReply(kb, tip, lang) });
    }
    return due;
  }

  async posted(due: DueTip): Promise<void> {
    await this.deps.store.markSlot(due.channel, due.slot, 'posted');
  }

  async failed(due: DueTip, error: string): Promise<void> {
    await this.deps.store.markSlot(due.channel, due.slot, 'failed', error);
  }
}
