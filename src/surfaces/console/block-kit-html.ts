import { escapeHtml, html, trusted, type SafeHtml } from './html.js';

/** What Block Kit blocks look like here: only the fields the preview reads. */
interface Text {
  type?: string;
  text?: string;
}
interface Block {
  type?: string;
  text?: Text;
  fields?: Text[];
  elements?: Array<Text & { style?: string }>;
}

/**
 * Slack's mrkdwn as HTML, the way Slack shows it: entities (&amp; &lt; &gt;) stay escaped,
 * `<url|label>` links, `*bold*`, `_italic_`, `~strike~`, `` `code` ``, `>` quote lines. Slack's
 * special `<!…>` and `<@…>` forms are shown as text, never as mentions.
 */
export function mrkdwnToHtml(text: string): string {
  const fenced = text.split('```');
  if (fenced.length >= 3)
    return fenced
      .map((piece, i) => (i % 2 === 1 ? `<pre class="sk-pre">${escapeHtml(unescapeSlack(piece.replace(/^\n|\n$/g, '')))}</pre>` : spans(piece)))
      .join('');
  return spans(text);
}

function spans(text: string): string {
  // The source is already escaped for Slack (&amp; &lt; &gt;); unescape once, then escape for HTML.
  const parts: string[] = [];
  let rest = text;
  const link = /<(https?:\/\/[^|>\s]+)(?:\|([^>]*))?>/;
  for (let m = link.exec(rest); m; m = link.exec(rest)) {
    parts.push(inline(rest.slice(0, m.index)));
    const url = unescapeSlack(m[1] as string);
    parts.push(`<a href="${escapeHtml(url)}" rel="noopener noreferrer">${inline(m[2] ?? m[1] ?? '')}</a>`);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(inline(rest));
  return parts
    .join('')
    .split('\n')
    .map((line) => (line.startsWith('&gt; ') ? `<span class="sk-quote">│ ${line.slice(5)}</span>` : line))
    .join('<br>');
}

const unescapeSlack = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function inline(text: string): string {
  return escapeHtml(unescapeSlack(text))
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s).,:;!?])/g, '$1<strong>$2</strong>')
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s).,:;!?])/g, '$1<em>$2</em>')
    .replace(/(^|[\s(])~([^~\n]+)~(?=$|[\s).,:;!?])/g, '$1<s>$2</s>')
    .replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

const textHtml = (t: Text | undefined): SafeHtml => trusted(t?.type === 'mrkdwn' ? mrkdwnToHtml(t.text ?? '') : escapeHtml(t?.text ?? ''));

function block(b: Block): SafeHtml {
  switch (b.type) {
    case 'header':
      return html`<p class="sk-header">${textHtml(b.text)}</p>`;
    case 'section':
      return html`<div class="sk-section">${b.text ? textHtml(b.text) : ''}${b.fields ? html`<div class="sk-fields">${b.fields.map((f) => html`<div>${textHtml(f)}</div>`)}</div>` : ''}</div>`;
    case 'context':
      return html`<div class="sk-context">${(b.elements ?? []).map((e) => textHtml(e))}</div>`;
    case 'actions':
      return html`<div class="sk-actions">${(b.elements ?? []).map((e) => html`<span class="sk-button ${e.style ?? ''}">${textHtml((e as { text?: Text }).text)}</span>`)}</div>`;
    case 'divider':
      return html`<hr>`;
    default:
      return html`<div class="sk-section muted">[${b.type ?? '?'}]</div>`;
  }
}

/** A faithful preview of a Slack message: its blocks in order (buttons shown, not clickable). */
export function blockKitHtml(message: { text: string; blocks: unknown[] }): SafeHtml {
  return html`<div class="slack">${(message.blocks as Block[]).map(block)}</div>`;
}
