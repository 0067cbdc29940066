import { citationFor, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { RuleMeta } from '../check/rule.js';
import { t } from '../messages.js';
import { baseReply } from '../reply-builders.js';
import type { Lang } from '../lang.js';
import { rich, type Citation, type Reply } from '../reply-model.js';

const THANKS = /\b(dank|bedankt|dankjewel|dankuwel|thanks|thank|thx|cheers|merci|top)\b/i;
const BYE = /\b(doei|dag dag|tot ziens|tot later|tot morgen|fijne dag|bye|goodbye|see you|later)\b/i;

/** A greeting, thanks or "who are you" gets a short, friendly reply in its own language: who the bot is and what it does. */
export function smalltalkReply(kb: KnowledgeBase, text: string, lang: Lang): Reply {
  const id = THANKS.test(text) ? 'smalltalk.thanks' : BYE.test(text) ? 'smalltalk.bye' : 'smalltalk.hello';
  return {
    ...baseReply(lang),
    parts: [{ kind: 'text', text: rich(t(id, lang, { org: kb.orgName })) }],
    followUps: [
      { label: t('followup.help', lang), command: 'help' },
      { label: t('followup.rules', lang), command: lang === 'nl' ? 'regels' : 'rules' },
    ],
  };
}

/**
 * "Wat mag ik niet posten?", "what can't I share?": a question for the list of don'ts, not for
 * one rule. Matches the question's shape, not its topic words.
 */
const DONTS = [
  /\bwat\s+(?:mag|kan|moet)\s+(?:ik|je|jij|men|we|wij)\s+(?:allemaal\s+|dan\s+|eigenlijk\s+)*niet\b(?!\s+\w+\s+(?:over|van|met)\b)/i,
  /\bwelke\s+dingen\s+(?:mag|kan)\s+(?:ik|je)\s+niet\b/i,
  /\bwat\s+(?:is|zijn)\s+(?:er\s+)?(?:allemaal\s+)?(?:verboden|de\s+verboden|not\s+done|taboe)\b/i,
  /\bwhat\s+(?:can'?t|cannot|can\s+not|shouldn'?t|should\s+not|mustn'?t|must\s+not)\s+(?:i|we|you)\s+(?:post|share|say|write|publish|do)\b/i,
  /\bwhat\s+(?:am\s+i|are\s+we|are\s+you)\s+not\s+allowed\s+to\b/i,
  /\bwhat\s+(?:are|is)\s+(?:the\s+)?(?:don'?ts|forbidden|not\s+allowed)\b/i,
];

export function asksForDonts(text: string): boolean {
  return text.length <= 120 && DONTS.some((pattern) => pattern.test(text));
}

/** The don'ts of the draft check's rules, each with the rule it rests on. */
export function dontsReply(kb: KnowledgeBase, rules: readonly RuleMeta[], lang: Lang): Reply {
  const citations: Citation[] = [];
  const lines = rules.map((rule) => {
    const item = kb.byId(rule.rule);
    const citation = item ? citationFor(item, lang) : { itemId: rule.rule, label: rule.rule };
    if (!citations.some((c) => c.itemId === citation.itemId)) citations.push(citation);
    return t('donts.line', lang, { dont: rule.dont[lang], rule: citation.label });
  });
  return {
    ...baseReply(lang),
    title: t('donts.title', lang),
    parts: [
      { kind: 'text', text: rich(t('donts.intro', lang)) },
      { kind: 'text', text: rich(lines.join('\n')) },
    ],
    citations,
    followUps: [
      { label: t('followup.check', lang), command: 'check' },
      { label: t('followup.rules', lang), command: lang === 'nl' ? 'regels' : 'rules' },
    ],
  };
}
