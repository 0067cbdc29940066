import type { Lang } from './lang.js';
import { en } from './messages/en.js';
import { nl, type MessageId } from './messages/nl.js';

export type { MessageId } from './messages/nl.js';

/**
 * Every UI string the bot writes, by language (`messages/nl.ts`, `messages/en.ts`, the same
 * ids). Guideline content lives in `knowledge/`, not here; never build sentences from fragments.
 */
const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageId, string>>>> = { nl, en };

/** The message in `lang` with `{placeholders}` filled in; unknown placeholders stay visible. */
export function t(id: MessageId, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[lang][id].replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
