import type { KnowledgeBase } from '../../../core/knowledge/knowledge-base.js';
import type { Lang } from '../../../core/lang.js';
import { html, trusted } from '../html.js';
import { page } from '../layout.js';
import { tx } from '../texts.js';

/** The page every request without a session lands on: how to sign in, and no data at all. */
export function signInPage(kb: KnowledgeBase, lang: Lang, why: 'none' | 'signed-out' | 'expired') {
  const note = why === 'signed-out' ? tx('signin.signed-out', lang) : why === 'expired' ? tx('signin.expired', lang) : undefined;
  const body = html`<h1>${tx('signin.title', lang)}</h1>
<p>${trusted(tx('signin.body', lang))}</p>
<p>${tx('signin.who', lang)}</p>`;
  return page({ lang, path: '/console/aanmelden', kb }, tx('signin.title', lang), body, note);
}

/**
 * The one-time link's page: a button whose POST uses the token up, so a link scanner or a chat
 * preview that only fetches the address cannot spend it.
 */
export function continuePage(kb: KnowledgeBase, lang: Lang, token: string, valid: boolean) {
  const body = valid
    ? html`<h1>${tx('continue.title', lang)}</h1>
<p>${tx('continue.body', lang)}</p>
<form method="post" action="/console/login"><input type="hidden" name="token" value="${token}"><input type="hidden" name="lang" value="${lang}"><button class="primary" type="submit">${tx('continue.button', lang)}</button></form>`
    : html`<h1>${tx('continue.title', lang)}</h1><p>${trusted(tx('continue.invalid', lang))}</p><p>${trusted(tx('signin.body', lang))}</p>`;
  return page({ lang, path: '/console/login', kb }, tx('continue.title', lang), body);
}
