import { apartFrom, defineRule, hitsOf, inSameSentence, sentencesNear, sentenceSpans } from '../rule.js';

/** Deleting or editing an earlier post on the quiet; an open correction stays clean. */
export const verwijderen = defineRule({
  code: 'verwijderen',
  rule: 'tip-niet-verwijderen',
  severity: 'oranje',
  lists: ['delete', 'secret', 'open', 'own-post', 'gone', 'technical'],
  label: { nl: 'stil verwijderen', en: 'quiet deleting' },
  dont: { nl: 'Berichten of reacties stilletjes verwijderen of aanpassen', en: 'Quietly deleting or editing posts or reactions' },
  learned: {},
  text: {
    nl: {
      message: 'Je haalt een eerder bericht stilletjes weg of past het ongemerkt aan.',
      fix: 'Corrigeer open: zeg dat jij het bericht aanpast en waarom, of geef een goede reden als je het verwijdert.',
    },
    en: {
      message: 'You quietly remove or change an earlier post.',
      fix: 'Correct it openly: say that you are changing the post and why, or give a good reason when you delete it.',
    },
  },
  detect: (ctx) => {
    const nearSecret = sentencesNear(ctx.find('secret'));
    const open = ctx.find('open');
    const quiet = apartFrom(
      ctx.find('delete').filter((d) => nearSecret(d.sentence)),
      open,
    );
    return hitsOf(quiet.slice(0, 1));
  },
  /** Deleting files, folders, apps or mail ("delete a whole folder with one swipe"): no post is gone. */
  unlearned: (ctx) => {
    const deletes = ctx.find('delete');
    const post = [...ctx.find('own-post'), ...ctx.find('secret'), ...ctx.find('gone')];
    const technical = apartFrom(inSameSentence(ctx.find('technical'), deletes), post);
    return sentenceSpans(
      ctx.doc,
      technical.map((t) => t.sentence),
    );
  },
});
