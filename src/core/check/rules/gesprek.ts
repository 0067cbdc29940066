import { sentencesOf } from '../match/tokens.js';
import { defineRule, hitsOf } from '../rule.js';
import { permittedSentences, permittedSpans } from './permission.js';

/**
 * A conversation published: minutes or a transcript on its own; a screenshot or recording of a
 * chat or meeting; a meeting, call or chat when the post reports what was said there or shares it.
 */
export const gesprek = defineRule({
  code: 'gesprek',
  rule: 'regel-1',
  severity: 'oranje',
  lists: ['record', 'capture', 'inside', 'meeting', 'report', 'share'],
  label: { nl: 'gesprekken en vergaderingen', en: 'conversations and meetings' },
  dont: { nl: 'Een gesprek, vergadering of chat publiceren zonder toestemming', en: 'Publishing a conversation, meeting or chat without permission' },
  learned: {},
  text: {
    nl: {
      message: 'Je publiceert (iets uit) een gesprek, overleg of chat.',
      fix: 'Vraag eerst toestemming aan je leidinggevende en aan wie er aan het gesprek deelnamen.',
    },
    en: {
      message: 'You are publishing (part of) a conversation, meeting or chat.',
      fix: 'Ask your manager and the people in the conversation for permission first.',
    },
  },
  detect: (ctx) => {
    const meetings = ctx.find('meeting');
    const report = ctx.find('report');
    const share = ctx.find('share');
    const reported = meetings.filter((m) => report.some((r) => r.sentence === m.sentence) || share.some((s) => s.sentence === m.sentence));
    // A screenshot of a running app is fine; of a chat or meeting it is a published conversation.
    const captured = ctx.find('capture').filter((c) => meetings.some((m) => m.sentence === c.sentence));
    // A conversation shared with the permission the draft states is what regel 1 asks for.
    const permitted = permittedSentences(ctx.doc);
    const hits = [...hitsOf(ctx.find('record')), ...hitsOf(ctx.find('inside')), ...hitsOf(captured), ...hitsOf(reported)];
    return hits.filter((h) => !sentencesOf(ctx.doc, h.span).some((s) => permitted.has(s)));
  },
  // Nor does the model find a published conversation on its own where the draft says it has permission.
  unlearned: (ctx) => permittedSpans(ctx.doc),
});
