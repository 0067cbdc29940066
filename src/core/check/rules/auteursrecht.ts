import { defineRule, hitsOf, sentencesNear } from '../rule.js';

/**
 * Someone else's work: taken from the internet or copied, or a photo or video of people taken
 * without asking. Permission or a licence keeps it clean; an own photo or a quote with its
 * source never fires because nothing was taken.
 */
export const auteursrecht = defineRule({
  code: 'auteursrecht',
  rule: 'tip-auteursrecht',
  severity: 'oranje',
  lists: ['taken', 'fetched', 'without-consent', 'image', 'permission', 'own-or-source', 'famous', 'own-material'],
  label: { nl: 'auteurs- en portretrecht', en: 'copyright and portrait rights' },
  dont: { nl: 'Werk of foto’s van een ander gebruiken zonder toestemming of bron', en: 'Using someone else’s work or photos without permission or source' },
  learned: {},
  text: {
    nl: {
      message: 'Dit lijkt werk of beeld van een ander, zonder toestemming.',
      fix: 'Vraag de maker (en wie er op de foto staat) om toestemming, of deel een link met bronvermelding in plaats van het werk zelf.',
    },
    en: {
      message: 'This looks like someone else’s work or image, used without permission.',
      fix: 'Ask the maker (and the people in the photo) for permission, or share a link with the source instead of the work itself.',
    },
  },
  detect: (ctx) => {
    if (ctx.find('permission').length > 0) return [];
    const images = ctx.find('image');
    const ownOrSource = ctx.find('own-or-source');
    const unconsented = ctx.find('without-consent').filter((m) => images.some((i) => i.sentence === m.sentence) || /foto|film|photo|film/.test(m.term));
    const isOwn = (sentence: number) => ownOrSource.some((o) => o.sentence === sentence && /eigen|own|zelf|mij|me$|i took/.test(o.term));
    const taken = ctx.find('taken').filter((m) => !isOwn(m.sentence));
    // "Deze foto heb ik van Instagram gehaald": fetched, in a sentence about a picture or a work.
    const fetched = ctx.find('fetched').filter((m) => images.some((i) => i.sentence === m.sentence) && !isOwn(m.sentence));
    // "Onze nieuwe mokken met Nijntje erop": a well-known character on the organisation's own material (in the same sentence or the next).
    const nearOwnMaterial = sentencesNear(ctx.find('own-material'));
    const famous = ctx.find('famous').filter((m) => nearOwnMaterial(m.sentence));
    return [...hitsOf(taken), ...hitsOf(fetched), ...hitsOf(unconsented), ...hitsOf(famous)];
  },
});
