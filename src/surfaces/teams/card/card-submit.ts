import type { Lang } from '../../../core/lang.js';
import { INPUT_ID, TEAMS_LIMITS } from './card-types.js';

/** What a card button sends back, after `parseCardSubmit` has checked it; a share's reference is checked by the core. */
export type CardSubmit =
  | { command: string; input?: string; lang?: Lang }
  | { feedback: 'up' | 'down'; itemId: string; lang: Lang; alternatives: string[]; asked?: string }
  | { share: unknown; to: string };

/** A Teams channel or group chat id: where a share may go. */
const CONVERSATION_ID = /^19:[A-Za-z0-9_.@-]{1,380}$/;

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Control characters other than tab and line breaks: never part of a command or a text a person typed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Reads what a card button sent back (`activity.value`, or `action.data` of an invoke). Never
 * trusts it: anyone in the conversation can post any value. Returns only the checked fields.
 */
export function parseCardSubmit(value: unknown): CardSubmit | undefined {
  if (!isPlainObject(value)) return undefined;
  if (Object.hasOwn(value, 'feedback')) {
    const { feedback, itemId, lang } = value;
    if (feedback !== 'up' && feedback !== 'down') return undefined;
    if (typeof itemId !== 'string' || itemId.length > 100 || !ITEM_ID.test(itemId)) return undefined;
    if (lang !== 'nl' && lang !== 'en') return undefined;
    // Older cards sent no alternatives; anything else than a short list of ids is ignored.
    const raw = Object.hasOwn(value, 'alternatives') ? value.alternatives : [];
    const alternatives =
      Array.isArray(raw) && raw.length <= 3 && raw.every((id) => typeof id === 'string' && id.length <= 100 && ITEM_ID.test(id)) ? (raw as string[]) : [];
    // The question the answer was given to (masked by the bot; masked again where it is kept).
    const asked = typeof value.asked === 'string' && value.asked.length <= 1000 ? { asked: value.asked } : {};
    return { feedback, itemId, lang, alternatives, ...asked };
  }
  if (Object.hasOwn(value, 'share')) {
    const { share, to } = value;
    return typeof to === 'string' && CONVERSATION_ID.test(to) ? { share, to } : undefined;
  }
  if (!Object.hasOwn(value, 'command')) return undefined;
  const { command } = value;
  if (typeof command !== 'string' || command.length > TEAMS_LIMITS.command || CONTROL_CHARS.test(command)) return undefined;
  const trimmed = command.trim();
  if (!trimmed) return undefined;
  const cardLang = Object.hasOwn(value, 'lang') ? value.lang : undefined;
  const lang: { lang?: Lang } = cardLang === 'nl' || cardLang === 'en' ? { lang: cardLang } : {};
  const input = value[INPUT_ID];
  if (typeof input === 'string' && input.trim() !== '' && input.length <= 500 && !CONTROL_CHARS.test(input.replace(/[\r\n\t]/g, ' '))) {
    return { command: trimmed, input: input.replace(/\s+/g, ' ').trim(), ...lang };
  }
  return { command: trimmed, ...lang };
}
