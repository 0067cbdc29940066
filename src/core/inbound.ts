import type { Lang } from './lang.js';

export type Platform = 'terminal' | 'cli' | 'slack' | 'teams';

/** A message to the bot, as every adapter translates it. */
export interface Inbound {
  /** The text after the mention or `/socialmedia`; the prefix may still be there. */
  text: string;
  platform: Platform;
  /** The user's language when the platform knows it; otherwise it is guessed from the text. */
  lang?: Lang;
  /** `address`: what the platform needs to reach this person later (Teams: serviceUrl, tenant). */
  user: { id: string; name?: string; address?: Readonly<Record<string, string>> };
  conversation: { id: string; kind: 'personal' | 'group' | 'channel' };
}

/** Maps a platform locale ("nl-NL", "en-US") to a reply language, if it is one we speak. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const code = locale?.slice(0, 2).toLowerCase();
  return code === 'nl' || code === 'en' ? code : undefined;
}
