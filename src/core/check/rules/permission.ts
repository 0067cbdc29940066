import type { Span } from '../detect/span.js';
import { sentencesOf } from '../match/tokens.js';
import type { TokenizedText } from '../match/tokens.js';
import { sentenceSpans } from '../rule.js';

/**
 * Permission the draft says it has: "met toestemming van Kim", "mijn leidinggevende gaf toestemming",
 * "shared with her permission", "he gave me the go-ahead". Regel 1 asks permission before a
 * conversation is published; CONTRACT §2 flags a conversation published without it.
 */
const PERMISSION =
  /\b(?:met (?:(?:zijn|haar|hun|jullie|ieders|hun aller|volledige|uitdrukkelijke|expliciete) )*(?:toestemming|instemming|goedkeuring)|toestemming (?:van|gekregen|gegeven)|(?:gaf|gaven|geeft|geven|heeft|hebben|kreeg|kregen|gekregen) (?:(?:mij|me|ons|er|daar) )*(?:toestemming|akkoord|goedkeuring|het groene licht|groen licht)|with (?:(?:his|her|their|full|explicit|express) )*(?:permission|consent|approval|blessing)|(?:gave|give|gives|has given|have given|got|received) (?:(?:me|us) )?(?:(?:their|his|her|the) )?(?:permission|consent|approval|go-ahead|ok|okay|green light))\b/iu;

/** Said to be missing: "zonder toestemming", "geen toestemming", "toestemming van niemand", "without permission". */
const NEGATED_BEFORE = /\b(?:zonder|geen|niet|nooit|nog geen|without|no|not|never|nobody|no one)\s+(?:\p{L}+\s+){0,2}$/iu;
const NEGATED_AFTER = /^\s*(?:(?:van|from)\s+)?(?:niemand|nobody|no one)\b/iu;

/** A cheap first look: the words every permission phrase holds one of. */
const PERMISSION_WORD = /toestemming|instemming|goedkeuring|akkoord|groen|permission|consent|approval|blessing|go-ahead|\bok/iu;

/** Per draft, once: the rule asks in its detector and in its `unlearned` spans. */
const seen = new WeakMap<TokenizedText, Set<number>>();

/** The sentences (indices) of `doc` that say the draft has permission, and each one's next ("Kim vond het goed. Dit zei ze: …"). */
export function permittedSentences(doc: TokenizedText): Set<number> {
  let out = seen.get(doc);
  if (out) return out;
  out = findPermitted(doc);
  seen.set(doc, out);
  return out;
}

function findPermitted(doc: TokenizedText): Set<number> {
  const out = new Set<number>();
  // Most drafts say nothing of permission: a cheap look at the whole text settles that.
  if (!PERMISSION_WORD.test(doc.text)) return out;
  for (const m of doc.text.matchAll(new RegExp(PERMISSION.source, 'giu'))) {
    const at = m.index ?? 0;
    const [i] = sentencesOf(doc, [at, at + m[0].length]);
    if (i === undefined || out.has(i)) continue;
    const sentence = doc.sentences[i] as Span;
    const before = doc.text.slice(Math.max(sentence[0], at - 30), at);
    const after = doc.text.slice(at + m[0].length, Math.min(sentence[1], at + m[0].length + 20));
    if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after)) continue;
    out.add(i);
    if (i + 1 < doc.sentences.length) out.add(i + 1);
  }
  return out;
}

/** The spans of those sentences. */
export function permittedSpans(doc: TokenizedText): Span[] {
  return sentenceSpans(doc, permittedSentences(doc));
}
