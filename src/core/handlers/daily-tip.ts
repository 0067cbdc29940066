import type { Command } from '../router.js';
import { channelPlatform, type Handler } from './handler.js';
import { notAvailable } from './not-available.js';

/** `dagtip aan` / `dagtip uit` in a channel: a tip every working day, or no more. */
export const dailyTip: Handler<Extract<Command, { kind: 'daily-tip' }>> = async (command, { inbound, lang, services }) => {
  const platform = channelPlatform(inbound);
  if (!services.tips || !platform) return { reply: notAvailable('tip.not-here', lang) };
  const { conversation } = inbound;
  return { reply: await services.tips.subscribe({ platform, channelId: conversation.id }, command.on, conversation.kind === 'personal', lang) };
};
