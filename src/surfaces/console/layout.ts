import type { Access } from '../../core/console/access.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Lang } from '../../core/lang.js';
import type { Signed } from './auth.js';
import { html, type SafeHtml } from './html.js';
import { tx } from './texts.js';

/** What every page needs to draw its frame. */
export interface PageFrame {
  lang: Lang;
  path: string;
  signed?: Signed | undefined;
  kb: KnowledgeBase;
  /** Extra scripts before console.js (the playground's card renderer). */
  scripts?: readonly string[];
}

const NAV = [
  ['/console/', 'nav.overview'],
  ['/console/escalaties', 'nav.escalations'],
  ['/console/inzichten', 'nav.insights'],
  ['/console/speeltuin', 'nav.playground'],
  ['/console/kennis', 'nav.knowledge'],
] as const;

export function roleText(access: Access, kb: KnowledgeBase, lang: Lang): string {
  if (access.kind === 'all') return tx(access.why === 'communication' ? 'role.all' : access.why === 'admin' ? 'role.admin' : 'role.local', lang);
  const names = access.departments.map((id) => kb.departments.departments.find((d) => d.id === id)?.name[lang] ?? id);
  return tx('role.departments', lang, { departments: names.join(', ') });
}

function header(frame: PageFrame): SafeHtml {
  const { lang, signed } = frame;
  if (!signed) {
    const other = lang === 'nl' ? 'en' : 'nl';
    return html`<header class="top"><span class="brand">${tx('app.title', lang)}</span><a href="?lang=${other}" lang="${other}">${tx('lang.switch', lang)}</a></header>`;
  }
  const { session, access } = signed;
  const active = (href: string) => (href === '/console/' ? frame.path === '/console/' || frame.path === '/console' : frame.path.startsWith(href));
  return html`<header class="top">
  <a class="brand" href="/console/">${tx('app.title', lang)}</a>
  <nav aria-label="${tx('nav.label', lang)}"><ul>${NAV.map(([href, id]) => html`<li><a href="${href}"${active(href) ? html` aria-current="page"` : ''}>${tx(id, lang)}</a></li>`)}</ul></nav>
  <span class="who">${tx('signed-in-as', lang, { name: session.user.name ?? session.user.id, role: roleText(access, frame.kb, lang) })}</span>
  <form method="post" action="/console/taal"><input type="hidden" name="csrf" value="${session.csrf}"><input type="hidden" name="lang" value="${lang === 'nl' ? 'en' : 'nl'}"><input type="hidden" name="terug" value="${frame.path}"><button type="submit" lang="${lang === 'nl' ? 'en' : 'nl'}">${tx('lang.switch', lang)}</button></form>
  <form method="post" action="/console/logout"><input type="hidden" name="csrf" value="${session.csrf}"><button type="submit">${tx('signout', lang)}</button></form>
</header>`;
}

/** The whole document: language, title, skip link, header, the page's own content, the flash message. */
export function page(frame: PageFrame, title: string, body: SafeHtml, flash?: string): SafeHtml {
  const scripts = [...(frame.scripts ?? []), '/console/assets/console.js'];
  return html`<!doctype html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · ${tx('app.title', frame.lang)}</title>
<link rel="stylesheet" href="/console/assets/console.css">
<link rel="icon" href="data:,">
${scripts.map((src) => html`<script src="${src}" defer></script>\n`)}</head>
<body>
<a class="skip" href="#inhoud">${tx('skip', frame.lang)}</a>
${header(frame)}
<main id="inhoud" tabindex="-1">
${flash ? html`<p class="flash" role="status">${flash}</p>` : ''}
${body}
</main>
</body>
</html>`;
}
