/**
 * A draft post. Its text exists only inside the check and the private reply to its author:
 * never logged, stored or sent to a channel. The brand makes a draft visible in every
 * signature that handles one.
 */
export type Draft = { readonly text: string; readonly __draft: unique symbol };

export function asDraft(text: string): Draft {
  return { text } as Draft;
}

/** Longer drafts are cut to this many characters before checking (a long blog post fits). */
export const MAX_DRAFT_CHARS = 50_000;
