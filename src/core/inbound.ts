import type { Lang } from './lang.js';

export type Platform = 'terminal' | 'cli' | 'slack' | 'teams';

/** A message to the bot, as every adapter translates it. */
export interface Inbound {
  /** The text after the mention or `/socialmedia`; the prefix may still be there. */
  text: string;
  platform: Platform;
  /**
   * The language of the card whose button sent this message, if it came from one: a button on
   * an English answer answers in English. Otherwise the text, the person's choice (`taal en`)
   * and DEFAULT_LANG decide.
   */
  lang?: Lang;
  /** `address`: what the platform needs to reach this person later (Teams: serviceUrl, tenant). */
  user: { id: string; name?: string; address?: Readonly<Record<string, string>> };
  conversation: { id: string; kind: 'personal' | 'group' | 'channel' };
}
