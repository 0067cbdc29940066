import type { Lang } from '../../../core/lang.js';
import { t } from '../../../core/messages.js';
import { SEVERITY_EMOJI, VERDICT_EMOJI, type Citation, type ReplyPart, type Severity, type Verdict } from '../../../core/reply-model.js';
import { fact, literal, oneLine, textBlock } from './card-elements.js';
import { cardTextPieces } from './card-pieces.js';
import { TEAMS_LIMITS, type CardElement, type ContainerStyle, type TextColor } from './card-types.js';

const VERDICT_COLOR: Record<Verdict, TextColor> = { groen: 'Good', oranje: 'Warning', rood: 'Attention' };
const SEVERITY_STYLE: Record<Severity, ContainerStyle> = { oranje: 'warning', rood: 'attention' };
const CITATION_EMOJI = '📖';

type Part<K extends ReplyPart['kind']> = Extract<ReplyPart, { kind: K }>;

/** The title: one bold, medium line. */
export function titleElements(title: string | undefined): CardElement[] {
  const text = oneLine(title ?? '');
  if (!text) return [];
  return [textBlock(literal(text, TEAMS_LIMITS.title), { size: 'Medium', weight: 'Bolder' })];
}

/** Restricted markdown, in as many blocks as its length needs. */
function textElements(part: Part<'text'>): CardElement[] {
  return cardTextPieces(part.text, 'rich', TEAMS_LIMITS.textBlock).map((text) => textBlock(text));
}

/** A draft check's verdict: its colour dot and the summary (which names the colour), coloured and bold. */
function verdictElements(part: Part<'verdict'>): CardElement[] {
  const summary = literal(part.summary, TEAMS_LIMITS.textBlock);
  return [
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'auto', items: [textBlock(VERDICT_EMOJI[part.verdict])] },
        {
          type: 'Column',
          width: 'stretch',
          verticalContentAlignment: 'Center',
          items: [textBlock(summary || '–', { color: VERDICT_COLOR[part.verdict], weight: 'Bolder' })],
        },
      ],
    },
  ];
}

/** One finding: the message, the author's own words quoted, and the rule and the fix as facts. */
function findingElements(part: Part<'finding'>, lang: Lang): CardElement[] {
  const items: CardElement[] = [textBlock(`${SEVERITY_EMOJI[part.severity]} ${literal(part.message)}`, { weight: 'Bolder' })];
  if (part.excerpt.trim()) items.push(textBlock(`“${literal(part.excerpt, TEAMS_LIMITS.textBlock - 10)}”`, { isSubtle: true }));
  const facts = [fact(t('finding.rule', lang), part.rule.label)];
  if (part.fix.trim()) facts.push(fact(t('finding.fix', lang), part.fix));
  items.push({ type: 'FactSet', facts });
  return [{ type: 'Container', style: SEVERITY_STYLE[part.severity], items }];
}

/** A quotation from the guidelines (or a reporter), with its source underneath. */
function quoteElements(part: Part<'quote'>): CardElement[] {
  const items: CardElement[] = cardTextPieces(part.text, 'plain', TEAMS_LIMITS.textBlock).map((text) => textBlock(text, { isSubtle: true }));
  if (part.source.trim()) items.push(textBlock(`— ${literal(oneLine(part.source), TEAMS_LIMITS.title)}`, { isSubtle: true, size: 'Small' }));
  return items.length > 0 ? [{ type: 'Container', style: 'emphasis', items }] : [];
}

/** Text to copy as it is, in a monospace box under its label. */
function copyElements(part: Part<'copy'>): CardElement[] {
  const elements: CardElement[] = [];
  const label = oneLine(part.label);
  if (label) elements.push(textBlock(`**${literal(label, TEAMS_LIMITS.title)}**`));
  const code = cardTextPieces(part.text, 'plain', TEAMS_LIMITS.textBlock).map((text) => textBlock(text, { fontType: 'Monospace' }));
  if (code.length > 0) elements.push({ type: 'Container', style: 'emphasis', items: code });
  return elements;
}

/** Labelled values (an escalation's card, the figures) as one fact set. */
function fieldsElements(part: Part<'fields'>): CardElement[] {
  const facts = part.fields.filter((f) => f.label.trim() || f.value.trim()).map((f) => fact(f.label, f.value));
  return facts.length > 0 ? [{ type: 'FactSet', facts }] : [];
}

/** The card elements of one reply part, by its kind. */
export function partElements(part: ReplyPart, lang: Lang): CardElement[] {
  switch (part.kind) {
    case 'text':
      return textElements(part);
    case 'verdict':
      return verdictElements(part);
    case 'finding':
      return findingElements(part, lang);
    case 'quote':
      return quoteElements(part);
    case 'copy':
      return copyElements(part);
    case 'fields':
      return fieldsElements(part);
  }
}

/** "📖 Regel 7 · 📖 Regel 8": each cited item once, small and subtle. */
export function citationElements(citations: readonly Citation[]): CardElement[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const citation of citations) {
    const label = oneLine(citation.label);
    if (seen.has(citation.itemId) || !label) continue;
    seen.add(citation.itemId);
    labels.push(`${CITATION_EMOJI} ${literal(label, TEAMS_LIMITS.title)}`);
  }
  return labels.length > 0 ? [textBlock(labels.join(' · '), { isSubtle: true, size: 'Small' })] : [];
}
