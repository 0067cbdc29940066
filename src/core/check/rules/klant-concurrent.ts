import { organisationNames } from '../detect/organisation-name.js';
import { relationShapes } from '../detect/relation-shapes.js';
import { PLACE_BEFORE } from '../detect/name-words.js';
import { overlaps, type Span } from '../detect/span.js';
import { otherNames } from '../match/other-names.js';
import type { PhraseMatch } from '../match/phrase-matcher.js';
import { apartFrom, type CheckContext, defineRule, hasSentence, type Hit } from '../rule.js';
import { knownCompanies } from './known-companies.js';
import { membersByMatter } from './member-names.js';
import { MEMBER_ROLE } from './member-role.js';
import { ownRelations } from './own-relations.js';
import { privateMention } from './private-life.js';
import { publicBusiness } from './public-business.js';

/** Within this many words of "lid sinds", "lid van de week" or "onze kaderman", a name is the member's. */
const MEMBER_NAME_REACH = 6;

/** Words after which a capitalised word is a place, not a member's name ("in regio Noord" too). */
const PLACE_WORD = new Set([...PLACE_BEFORE, 'regio']);

/**
 * One member by name: "Henk de Vries, lid sinds 1979", "Lid van de week: Kees (62)", "onze
 * kaderman Jan Kuipers". The phrase alone is one's own membership as often ("ik ben lid sinds
 * 1990", a look-alike in `never`), so the hit is the nearest name in the same sentence (at equal
 * distance, the one before), and without a name there is none.
 */
function namedMembers(ctx: CheckContext, own: readonly { span: Span }[]): Span[] {
  const phrases = [...ctx.find('one-member'), ...MEMBER_ROLE.find(ctx.doc)];
  if (phrases.length === 0) return [];
  const { tokens } = ctx.doc;
  const names = new Map(otherNames(ctx.doc, own).map((span) => [span[0], span]));
  // "als kaderlid gedaan in Utrecht", "in regio Noord": a capitalised word after a place word is a place.
  const nameAt = (i: number): Span | undefined => {
    const token = tokens[i];
    const name = token ? names.get(token.start) : undefined;
    return name && !PLACE_WORD.has(tokens[i - 1]?.folded ?? '') ? name : undefined;
  };
  return phrases.flatMap((m) => {
    for (let d = 1; d <= MEMBER_NAME_REACH; d++)
      for (const i of [m.firstToken - d, m.lastToken + d]) {
        const name = tokens[i]?.sentence === m.sentence ? nameAt(i) : undefined;
        if (name) return [name];
      }
    return [];
  });
}

const ROLE = {
  relation: { nl: 'een klant, lid, partner of leverancier', en: 'a client, member, partner or supplier' },
  competitor: { nl: 'een concurrent', en: 'a competitor' },
  any: { nl: 'een klant, lid, partner, leverancier of concurrent', en: 'a client, member, partner, supplier or competitor' },
} as const;

/** Clients, members, partners, suppliers (regel 2) and competitors (regel 3), by role or by name. */
export const klantConcurrent = defineRule({
  code: 'klant-concurrent',
  rule: 'regel-2',
  severity: 'oranje',
  lists: ['relation', 'competitor', 'group', 'service', 'leisure', 'one-member'],
  label: { nl: 'klanten, leden en concurrenten', en: 'clients, members and competitors' },
  dont: {
    nl: 'Iets vertrouwelijks of schadelijks zeggen over klanten, leden, partners of concurrenten',
    en: 'Saying something confidential or harmful about clients, members, partners or competitors',
  },
  learned: { data: { role: ROLE.any } },
  text: {
    nl: {
      message: 'Je noemt {role}.',
      fix: 'Deel niets vertrouwelijks of schadelijks over hen zonder hun goedkeuring, en wees extra voorzichtig met wat je beweert.',
    },
    en: {
      message: 'You mention {role}.',
      fix: 'Share nothing confidential or harmful about them without their approval, and be extra careful with what you claim.',
    },
  },
  detect: (ctx) => {
    const groups = ctx.find('group');
    const service = ctx.find('service');
    // "200 leden geholpen", "Beste leden": the members as a group, served or greeted.
    const servesGroup = (m: PhraseMatch) => groups.some((g) => overlaps(g.span, m.span)) && hasSentence(service, m.sentence);
    const relation = (span: Hit['span']): Hit => ({ span, data: { role: ROLE.relation }, rule: 'regel-2' });
    const competitor = (span: Hit['span']): Hit => ({ span, data: { role: ROLE.competitor }, rule: 'regel-3' });
    const own = ctx.org.names.find(ctx.doc);
    const leisure = ctx.find('leisure');
    const privateFirm = privateMention(ctx, leisure);
    const publicFirm = publicBusiness(ctx);
    return [
      // A "concurrent" or "rival" at chess or in the football league is no company.
      ...apartFrom(ctx.find('competitor'), leisure).map((m) => competitor(m.span)),
      // The organisation's own named competitors and relations (knowledge/organisation.yaml) stand once the
      // draft has another finding (`Hit.withOthers`); alone, the model weighs them ("FNV en CNV voeren samen actie").
      ...ctx.org.competitors.find(ctx.doc).map((m) => ({ ...competitor(m.span), withOthers: true })),
      ...ctx
        .find('relation')
        .filter((m) => !servesGroup(m))
        .map((m) => relation(m.span)),
      ...ctx.org.relations.find(ctx.doc).map((m) => ({ ...relation(m.span), withOthers: true })),
      // A member by name is a mention the contract names outright: the model does not overrule it.
      ...namedMembers(ctx, own).map((span) => ({ ...relation(span), validated: true })),
      // Another organisation or person by its shape, not the own one. "Bouwbedrijf Kramer", "Webbouwers
      // BV" and "dat pakketbedrijf" are mentions the contract names outright (§2): the model does not
      // overrule them; "mevrouw Jansen" and "PrintPro" it may.
      ...[
        ...organisationNames(ctx.doc).map((n) => ({ span: n.span, validated: true })),
        ...relationShapes(ctx.doc).map((n) => ({ span: n.span, validated: n.shape === 'firm' })),
      ]
        .filter((n) => !own.some((m) => overlaps(m.span, n.span)))
        // "Dikke pluim voor Klusbedrijf Hoekstra" for one's new kitchen (./private-life.ts), or a shop whose address the post
        // gives the public (./public-business.ts): weighed by the model as before, then set aside.
        .map(
          (n): Hit => ({ span: n.span, data: { role: ROLE.any }, rule: 'regel-2', validated: n.validated, aside: privateFirm(n.span) || publicFirm(n.span) }),
        ),
      // A well-known company by its name in a sentence about the work around it (./known-companies.ts): beside the
      // model (`Hit.beside`), as the list is the organisation's to edit and no learned weight depends on it.
      ...knownCompanies(ctx, leisure).map((span): Hit => ({ span, data: { role: ROLE.any }, rule: 'regel-2', beside: true })),
      // The organisation's own relations by role, "onze cateraar" (./own-relations.ts), the same way.
      ...ownRelations(ctx, leisure).map((span): Hit => ({ span, data: { role: ROLE.relation }, rule: 'regel-2', beside: true })),
      // A member by name beside their own matters (./member-names.ts), the same way.
      ...membersByMatter(ctx, own).map((span): Hit => ({ span, data: { role: ROLE.relation }, rule: 'regel-2', beside: true })),
    ];
  },
});
