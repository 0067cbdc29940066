import { route, type Command } from '../../../core/router.js';
import { blockKitHtml } from '../block-kit-html.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { html, trusted, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { tx } from '../texts.js';

/** What may be tried here: reading and checking, never a command that changes something. */
const READ_ONLY: ReadonlySet<Command['kind']> = new Set(['question', 'check', 'rule', 'rules', 'item', 'tip', 'help', 'disclaimer']);

/** JSON inside a <script type="application/json">: no "</script>" or "<!--" can close it early. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Speeltuin: a question or a draft, and exactly what the bot would send, side by side: the Teams
 * card (drawn in the browser by Microsoft's renderer, served by the bot) and the Slack message
 * (its Block Kit JSON and a preview). The text is handled in memory only: no signal is recorded,
 * nothing is stored or logged.
 */
export async function playgroundPage(deps: ConsoleDeps, ctx: Ctx, text: string | undefined) {
  const { lang, signed } = ctx;
  let result: SafeHtml | string = '';
  const input = (text ?? '').slice(0, 4000);
  if (input.trim() !== '') {
    if (!READ_ONLY.has(route(input).kind)) {
      result = html`<p class="flash" role="status">${tx('play.not-here', lang)}</p>`;
    } else {
      const { reply } = await deps.bot.handle(
        { text: input, platform: 'terminal', lang, user: { id: 'console-playground' }, conversation: { id: 'console-playground', kind: 'personal' } },
        { record: false },
      );
      const slack = deps.renderers.slack(reply);
      const card = deps.renderers.teams(reply);
      result = html`<div class="side" aria-live="polite">
<section aria-labelledby="h-teams"><h2 id="h-teams">${tx('play.teams', lang)}</h2>
<div id="teams-card" class="teams-card" hidden></div>
<details id="teams-card-fallback" open><summary>${tx('play.card-json', lang)}</summary><p class="muted">${tx('play.nojs', lang)}</p><pre>${JSON.stringify(card, null, 2)}</pre></details>
<script type="application/json" id="card-json">${trusted(jsonForScript(card))}</script>
</section>
<section aria-labelledby="h-slack"><h2 id="h-slack">${tx('play.slack', lang)}</h2>
${blockKitHtml(slack)}
<details><summary>${tx('play.json', lang)}</summary><pre>${JSON.stringify({ text: slack.text, blocks: slack.blocks }, null, 2)}</pre></details>
</section></div>`;
    }
  }
  const body = html`<h1>${tx('play.title', lang)}</h1>
<p>${trusted(tx('play.intro', lang))}</p>
<form method="post" action="/console/speeltuin" class="panel">
<input type="hidden" name="csrf" value="${signed.session.csrf}">
<label for="p-text">${tx('play.input', lang)}</label>
<textarea id="p-text" name="tekst" maxlength="4000" autocomplete="off" spellcheck="true">${input}</textarea>
<p><button class="primary" type="submit">${tx('play.submit', lang)}</button></p>
</form>
${result}`;
  return page({ ...ctx.frame, scripts: ['/console/assets/adaptivecards.js'] }, tx('play.title', lang), body, ctx.flash);
}
