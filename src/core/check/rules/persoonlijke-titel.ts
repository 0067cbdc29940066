import { isInsideAddress } from '../match/inside-address.js';
import { apartFrom, defineRule, hasSentence, type Hit } from '../rule.js';

const WHAT = {
  about: {
    nl: 'Je schrijft over je werkgever zonder te zeggen of dit je persoonlijke mening is.',
    en: 'You write about your employer without saying whether this is your personal view.',
  },
  behalf: {
    nl: 'Je spreekt namens de organisatie zonder je functie te noemen.',
    en: 'You speak on behalf of the organisation without stating your position.',
  },
} as const;

const FIX = {
  about: {
    nl: 'Zet erbij dat je op persoonlijke titel schrijft, bijvoorbeeld "Op persoonlijke titel:", of gebruik de disclaimer (typ: disclaimer <je naam>).',
    en: 'Say that you write in a personal capacity, for example "Personal view:", or use the disclaimer (type: disclaimer <your name>).',
  },
  behalf: {
    nl: 'Noem je organisatie en je functie, bijvoorbeeld "Namens {org}, als woordvoerder:".',
    en: 'State your organisation and position, for example "On behalf of {org}, as spokesperson:".',
  },
} as const;

/**
 * Regel 4: a post about the organisation says whether it is personal; a post on its behalf
 * names the organisation and the function.
 */
export const persoonlijkeTitel = defineRule({
  code: 'persoonlijke-titel',
  rule: 'regel-4',
  severity: 'oranje',
  lists: ['employer', 'personal', 'behalf', 'function', 'courtesy'],
  label: { nl: 'persoonlijke titel', en: 'personal capacity' },
  dont: {
    nl: 'Over je werk schrijven zonder te zeggen dat het je persoonlijke mening is',
    en: 'Writing about your work without saying it is your personal view',
  },
  learned: { data: { what: WHAT.about, fix: FIX.about, kind: 'about' } },
  text: {
    nl: { message: '{what}', fix: '{fix}' },
    en: { message: '{what}', fix: '{fix}' },
  },
  // Saying it is a personal view anywhere in the post is what regel 4 asks, and so is speaking on the
  // organisation's behalf with one's function ("Namens CNV, als woordvoerder:"): the whole draft is settled.
  settled: (ctx) => ctx.find('personal').length > 0 || (ctx.find('behalf').length > 0 && ctx.find('function').length > 0),
  detect: (ctx) => {
    const behalf = ctx.find('behalf');
    const org = { nl: ctx.org.name, en: ctx.org.name };
    if (behalf.length > 0) {
      if (ctx.find('function').length > 0) return [];
      const first = behalf[0];
      if (!first) return [];
      return [{ span: first.span, data: { what: WHAT.behalf, fix: fillOrg(FIX.behalf, org.nl), kind: 'behalf' } }];
    }
    const courtesy = ctx.find('courtesy');
    const functions = ctx.find('function');
    const names = ctx.org.names.find(ctx.doc).filter((m) => !isInsideAddress(ctx.doc.text, m.span));
    // "Gefeliciteerd Sanne met 25 jaar bij ons!": congratulating or welcoming is not speaking about the work.
    const mentions = apartFrom([...names, ...ctx.find('employer')], courtesy).sort((a, b) => a.span[0] - b.span[0]);
    // "Als teamleider Communicatie bij CNV …", "Tim Jansen, bestuurder CNV Vakmensen:": organisation and
    // function stated together is what regel 4 asks of whoever speaks for the organisation.
    if (mentions.some((m) => hasSentence(functions, m.sentence))) return [];
    const first = mentions[0];
    return first ? [{ span: first.span, data: { what: WHAT.about, fix: FIX.about, kind: 'about' } } satisfies Hit] : [];
  },
  improve: (ctx, hits) =>
    hits.some((h) => h.data?.kind === 'about') ? [{ kind: 'prefix', text: ctx.lang === 'nl' ? 'Op persoonlijke titel: ' : 'Personal view: ' }] : [],
});

function fillOrg(text: { nl: string; en: string }, org: string): { nl: string; en: string } {
  return { nl: text.nl.replace('{org}', org), en: text.en.replace('{org}', org) };
}
