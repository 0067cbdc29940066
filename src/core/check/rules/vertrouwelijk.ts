import { findCredentials } from '../detect/credential.js';
import { findSecurityDetails } from '../detect/security.js';
import type { PhraseMatch } from '../match/phrase-matcher.js';
import { sentencesOf, type TokenizedText } from '../match/tokens.js';
import { apartFrom, defineRule, hasSentence, hitsOf, inSameSentence, sentenceSpans } from '../rule.js';

/**
 * A public source named in the sentence: what it says is public ("bron: CBS", "volgens het CBS", "in de
 * Tweede Kamer", "op onze website", "according to the report", "het embargo is eraf"). Not a press
 * release or "gepubliceerd" on their own: those also come as "gaat morgen uit" or "nog niet gepubliceerd".
 */
const PUBLIC_SOURCE =
  /(?:\(|\b)(?:bron|source|sources|bronnen)\s*:|\bvolgens (?:het |de )?(?:cbs|scp|cpb|rivm|uwv|tno|ser|eurostat|nibud|onderzoek van|rapport van|cijfers van)\b|\b(?:in de tweede kamer|in de eerste kamer|kamerdebat|kamerbrief|handelingen|staatscourant|in parliament|parliamentary debate)\b|\bstaat (?:nu |al )?(?:online|op (?:de|onze|hun) (?:website|site))\b|\bop (?:onze|de|hun) (?:website|site)\b|\baccording to (?:the |a |an )?(?:cbs|report|survey|study|statistics|figures|research|ministry|government)\b|\b(?:openbaar|openbare) (?:rapport|verslag|onderzoek|register|bron)\b|\bpublic(?:ly available| report| record| source)\b|\bembargo (?:is |was )?(?:eraf|opgeheven|voorbij|lifted|over)\b/iu;

/** A cheap first look: the words every public-source phrase holds one of. */
const SOURCE_WORD = /bron|source|volgens|kamer|handelingen|staatscourant|parliament|online|site|according|openba|public|embargo/iu;

/**
 * A marker used as a label: the first words of its sentence (after an opening bracket or quote at most), followed by a
 * colon or a dash ("Vertrouwelijk: de klant vertrekt.", "(Off the record – …"; not "[Internal only] – …", whose bracket closes first).
 * The writer says outright that what follows is confidential, so the learned check does not overrule it.
 */
function isLabel({ text, sentences }: TokenizedText, { span, sentence }: PhraseMatch): boolean {
  const start = sentences[sentence]?.[0];
  return start !== undefined && /^[\s("'“‘[]*$/u.test(text.slice(start, span[0])) && /^\s*[:–—-]/u.test(text.slice(span[1], span[1] + 3));
}

/** A password or code with its value: a finding with words of its own (`variants.credential`). */
const CREDENTIAL = { variant: 'credential' } as const;
/** A security weakness or arrangement (a broken camera, where a key is kept): words of its own too (`variants.security`). */
const SECURITY = { variant: 'security' } as const;

/** Confidential markers, and announcements that are still to come ("wordt volgende week aangekondigd"). */
export const vertrouwelijk = defineRule({
  code: 'vertrouwelijk',
  rule: 'regel-1',
  severity: 'rood',
  lists: ['marker', 'weak', 'business', 'change', 'announce', 'announced', 'future', 'removal', 'private'],
  label: { nl: 'vertrouwelijke informatie', en: 'confidential information' },
  dont: {
    nl: 'Vertrouwelijke, interne of nog niet openbare informatie delen, ook wachtwoorden, codes en zwakke plekken in de beveiliging',
    en: 'Sharing confidential, internal or not yet public information, passwords, codes and security weak spots included',
  },
  learned: {},
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
  variants: {
    credential: {
      nl: {
        message: 'Je concept bevat een wachtwoord, pincode of toegangscode met de code zelf.',
        fix: 'Zet een wachtwoord of code nooit online, ook niet in een besloten groep: vertel het persoonlijk. Stond hij al ergens? Laat hem meteen veranderen door wie hem beheert.',
      },
      en: {
        message: 'Your draft contains a password, PIN or access code, with the code itself.',
        fix: 'Never post a password or code, not even in a closed group: tell people in person. Has it been posted already? Have whoever manages it change it at once.',
      },
    },
    security: {
      nl: {
        message: 'Je concept vertelt iets over de beveiliging: wat niet werkt, waar een sleutel ligt of wanneer er weinig toezicht is.',
        fix: 'Zet zulke details nooit online, ook niet als grapje: meld het bij wie over de beveiliging gaat. Wil je iets zeggen over bijvoorbeeld te weinig personeel, doe het dan zonder tijden, plekken of zwakke plekken.',
      },
      en: {
        message: 'Your draft tells something about security: what does not work, where a key is kept or when few people are watching.',
        fix: 'Never post such details, not even as a joke: report it to whoever is responsible for security. Want to say something about, for example, understaffing? Do so without times, places or weak spots.',
      },
    },
  },
  detect: (ctx) => {
    const future = ctx.find('future');
    const business = ctx.find('business');
    // An announcement and a time still to come in one sentence: a plan that is not public yet.
    const unreleased = inSameSentence(ctx.find('announce'), future);
    // "We gaan de contributie volgend jaar verhogen": a change to the organisation's business, still to come.
    const plans = ctx
      .find('change')
      .filter((c) => hasSentence(future, c.sentence) && hasSentence(business, c.sentence) && !/^(gaan|gaat|komt|komen|will|going to)$/.test(c.term));
    // "Geheim" about a recipe is fine; about the organisation's plans it is not.
    const weak = ctx.find('weak').filter((w) => hasSentence(business, w.sentence) || hasSentence(business, w.sentence + 1));
    const markers = ctx.find('marker').map((m) => (isLabel(ctx.doc, m) ? { span: m.span, validated: true } : { span: m.span }));
    const credentials = findCredentials(ctx.doc).map((span) => ({ span, validated: true, data: CREDENTIAL }));
    const security = findSecurityDetails(ctx.doc).map((span) => ({ span, validated: true, data: SECURITY }));
    return [...markers, ...credentials, ...security, ...hitsOf(weak), ...hitsOf(unreleased), ...hitsOf(plans)];
  },
  // "The campaign was announced last week" (the lexicon's `announced` list): what has been announced is public. The model does not
  // find the code on its own there, unless the sentence also says it is secret or still to come. Nor in "Ik verwijder die post
  // stiekem" (`removal`), where the secrecy is about the removal, unless the sentence is also about the organisation's business.
  // Nor where the sentence names a public source (PUBLIC_SOURCE), unless it also says secret or still to come. Nor in a sentence
  // about one's private life (`private`: "we gaan drie weken kamperen"), unless it also says secret or is about the business.
  unlearned: (ctx) => {
    const secret = [...ctx.find('marker'), ...ctx.find('weak')];
    const secretOrToCome = [...secret, ...ctx.find('future')];
    const business = ctx.find('business');
    const announced = apartFrom(ctx.find('announced'), secretOrToCome);
    const removal = apartFrom(ctx.find('removal'), secretOrToCome, business);
    const privateLife = apartFrom(ctx.find('private'), secret, business);
    const sourced: number[] = [];
    if (SOURCE_WORD.test(ctx.doc.text))
      for (const m of ctx.doc.text.matchAll(new RegExp(PUBLIC_SOURCE.source, 'giu')))
        sourced.push(...sentencesOf(ctx.doc, [m.index ?? 0, (m.index ?? 0) + m[0].length]).filter((s) => !hasSentence(secretOrToCome, s)));
    return [...[...announced, ...removal].map((a) => a.span), ...sentenceSpans(ctx.doc, [...sourced, ...privateLife.map((p) => p.sentence)])];
  },
});
