import { defineRule, hitsOf } from '../rule.js';

/** Confidential markers, and announcements that are still to come ("wordt volgende week aangekondigd"). */
export const vertrouwelijk = defineRule({
  code: 'vertrouwelijk',
  rule: 'regel-1',
  severity: 'rood',
  lists: ['marker', 'announce', 'future'],
  text: {
    nl: {
      message: 'Dit lijkt vertrouwelijke of nog niet openbare informatie.',
      fix: 'Publiceer dit niet, of pas als het officieel naar buiten is gebracht. Twijfel je? Vraag het de verantwoordelijke afdeling.',
    },
    en: {
      message: 'This looks like confidential or not yet public information.',
      fix: 'Do not publish this, or only once it has been made public officially. In doubt? Ask the responsible department.',
    },
  },
  detect: (ctx) => {
    const announce = ctx.find('announce');
    const future = ctx.find('future');
    // An announcement and a time still to come in one sentence: a plan that is not public yet.
    const unreleased = announce.filter((a) => future.some((f) => f.sentence === a.sentence));
    return [...hitsOf(ctx.find('marker')), ...hitsOf(unreleased)];
  },
});
