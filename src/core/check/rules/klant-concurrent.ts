import { defineRule, type Hit } from '../rule.js';

const ROLE = {
  relation: { nl: 'een klant, lid, partner of leverancier', en: 'a client, member, partner or supplier' },
  competitor: { nl: 'een concurrent', en: 'a competitor' },
} as const;

/** Clients, members, partners, suppliers (regel 2) and competitors (regel 3), by role or by name. */
export const klantConcurrent = defineRule({
  code: 'klant-concurrent',
  rule: 'regel-2',
  severity: 'oranje',
  lists: ['relation', 'competitor'],
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
    const relation = (span: Hit['span']): Hit => ({ span, data: { role: ROLE.relation }, rule: 'regel-2' });
    const competitor = (span: Hit['span']): Hit => ({ span, data: { role: ROLE.competitor }, rule: 'regel-3' });
    return [
      ...ctx.find('competitor').map((m) => competitor(m.span)),
      ...ctx.org.competitors.find(ctx.doc).map((m) => competitor(m.span)),
      ...ctx.find('relation').map((m) => relation(m.span)),
      ...ctx.org.relations.find(ctx.doc).map((m) => relation(m.span)),
    ];
  },
});
