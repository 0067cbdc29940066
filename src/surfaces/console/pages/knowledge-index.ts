import { rules } from '../../../core/check/rules/index.js';
import type { KnowledgeBase } from '../../../core/knowledge/knowledge-base.js';
import type { Lang } from '../../../core/lang.js';
import { html, type SafeHtml } from '../html.js';

const T = {
  nl: {
    heading: 'Tips, afdelingen en woordenlijsten',
    tips: 'Tips van de dag',
    departments: 'Afdelingen (escalaties)',
    lexicons: 'Woordenlijsten van de conceptcontrole',
    allowed: 'Toegestaan en relaties (conceptcontrole)',
    drafts: 'Concepten: bewaard, niet gepubliceerd',
  },
  en: {
    heading: 'Tips, departments and word lists',
    tips: 'Daily tips',
    departments: 'Departments (escalations)',
    lexicons: "The draft check's word lists",
    allowed: 'Allowed and relations (draft check)',
    drafts: 'Drafts: saved, not published',
  },
} as const;

/** The Kennis page's links to everything else the console edits. */
export function moreToEdit(kb: KnowledgeBase, lang: Lang): SafeHtml {
  const t = T[lang];
  const departments = kb.departments.departments.map((d) => html`<li><a href="/console/kennis/afdeling?id=${d.id}">${d.name[lang]}</a></li>`);
  const lexicons = kb.lexicons.map(
    (l) =>
      html`<li><a href="/console/kennis/woordenlijst?code=${l.code}">${rules.find((r) => r.code === l.code)?.label[lang] ?? l.code}</a> <span class="muted">${l.code}</span></li>`,
  );
  return html`<section aria-labelledby="h-more"><h2 id="h-more">${t.heading}</h2><ul>
<li><a href="/console/kennis/tips">${t.tips}</a></li>
<li>${t.departments}<ul>${departments}</ul></li>
<li>${t.lexicons}<ul>${lexicons}</ul></li>
<li><a href="/console/kennis/toegestaan">${t.allowed}</a></li>
<li><a href="/console/kennis/concepten">${t.drafts}</a></li></ul></section>`;
}
