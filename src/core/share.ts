import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { itemReply, rulesReply } from './reply-builders.js';
import { SHARE_KINDS, type Reply, type ShareKind, type ShareRef } from './reply-model.js';
import { tipReply } from './tips/tip-reply.js';

const OVERVIEW_ID = 'regels';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Marks a reply as shareable: it is this piece of guideline content, made again from its id when shared. */
export function shareAs(reply: Reply, kind: ShareKind, id: string): Reply {
  return { ...reply, shareable: { kind, id, lang: reply.lang } };
}

/** The overview of the rules, shareable. */
export function shareableOverview(reply: Reply): Reply {
  return shareAs(reply, 'overview', OVERVIEW_ID);
}

/**
 * Reads a share button's value (the object, or its JSON text). Anything but exactly
 * `{ kind, id, lang }` with a known kind, an id's shape and nl/en is nothing: a command, free
 * text or extra fields are refused, whoever sent them.
 */
export function parseShareRef(value: unknown): ShareRef | undefined {
  let data = value;
  if (typeof value === 'string') {
    if (value.length > 300) return undefined;
    try {
      data = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { kind, id, lang, ...rest } = data as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  if (!SHARE_KINDS.includes(kind as ShareKind) || typeof id !== 'string' || id.length > 100 || !ID.test(id)) return undefined;
  if (lang !== 'nl' && lang !== 'en') return undefined;
  return { kind: kind as ShareKind, id, lang };
}

/**
 * The reply a share posts, made again from the knowledge (no router, no handler runs); for
 * the whole conversation. Undefined when the id is not (or no longer) such content.
 */
export function sharedReply(kb: KnowledgeBase, ref: ShareRef): Reply | undefined {
  const { kind, id, lang } = ref;
  switch (kind) {
    case 'answer':
    case 'rule': {
      const item = kb.byId(id);
      if (!item || (kind === 'rule' && item.kind !== 'rule')) return undefined;
      return shareAs(itemReply(kb, item, lang), kind, id);
    }
    case 'tip': {
      const tip = kb.tips.find((x) => x.id === id);
      return tip ? shareAs(tipReply(kb, tip, lang, 'conversation'), 'tip', id) : undefined;
    }
    case 'overview':
      return id === OVERVIEW_ID ? shareableOverview(rulesReply(kb, lang)) : undefined;
  }
}
