import { defineRule, hitsOf } from '../rule.js';

/**
 * A conversation published: a screenshot, recording or minutes on its own; a meeting, call or
 * chat when the post reports what was said there or shares it.
 */
export const gesprek = defineRule({
  code: 'gesprek',
  rule: 'regel-1',
  severity: 'oranje',
  lists: ['record', 'meeting', 'report', 'share'],
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
    const report = ctx.find('report');
    const share = ctx.find('share');
    const reported = ctx
      .find('meeting')
      .filter((m) => report.some((r) => r.sentence === m.sentence) || share.some((s) => s.sentence === m.sentence));
    return [...hitsOf(ctx.find('record')), ...hitsOf(reported)];
  },
});
