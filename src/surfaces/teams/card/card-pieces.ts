import type { RichText } from '../../../core/reply-model.js';
import { escapeCardText, INLINE, LIST_ITEM, normaliseNewlines, richToCardText, truncateSource } from './card-text.js';

/** Whether source text is the restricted markdown the bot wrote, or anyone's text to show literally. */
export type CardTextFormat = 'plain' | 'rich';

const convert = (source: string, format: CardTextFormat): string => (format === 'rich' ? richToCardText(source as RichText) : escapeCardText(source));

/** A line's tokens: whole markdown constructs (rich only) and words with their trailing space. */
function tokens(line: string, format: CardTextFormat): string[] {
  const words = (text: string) => text.match(/\s*\S+\s*|\s+/g) ?? [];
  if (format === 'plain') return words(line);
  const out: string[] = [];
  let last = 0;
  for (const match of line.matchAll(INLINE)) {
    out.push(...words(line.slice(last, match.index)), match[0]);
    last = match.index + match[0].length;
  }
  out.push(...words(line.slice(last)));
  return out;
}

/** A line too long for one piece, in pieces cut between words (a list item keeps its marker on the first). */
function splitLine(line: string, format: CardTextFormat, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  let currentLength = 0;
  // Escaping a token alone escapes at most one character more or less than in context.
  const budget = max - 8;
  const flush = () => {
    if (current.trim()) pieces.push(current.trim());
    current = '';
    currentLength = 0;
  };
  for (const token of tokens(line, format)) {
    const length = convert(token.trim(), format).length + 1;
    if (currentLength + length > budget) flush();
    current += token;
    currentLength += length;
  }
  flush();
  return pieces.map((piece) => {
    const converted = convert(piece, format);
    // A single word longer than a block: cut its source until it fits.
    if (converted.length <= max) return converted;
    let source = piece;
    let result = converted;
    while (result.length > max) {
      // Escaping makes the text longer: cut the source in proportion, then check again.
      source = truncateSource(source, Math.min(source.length - 1, Math.floor((source.length * max) / result.length)));
      result = convert(source, format);
    }
    return result;
  });
}

/**
 * Converts source text (plain or rich) for `TextBlock`s of at most `max` characters each:
 * whole paragraphs where they fit, else whole lines, else a line cut between words. Each piece
 * is converted on its own, so no escape, link or bold is split and each starts as a new line.
 */
export function cardTextPieces(source: string, format: CardTextFormat, max: number): string[] {
  const units: Array<{ text: string; separator: string }> = [];
  for (const paragraph of normaliseNewlines(source).split(/\n[ \t]*\n/)) {
    const whole = convert(paragraph, format);
    if (whole.length <= max) {
      units.push({ text: whole, separator: '\n\n' });
      continue;
    }
    for (const line of paragraph.split('\n')) {
      const isItem = format === 'rich' && LIST_ITEM.test(line);
      const converted = convert(line, format);
      const parts = converted.length <= max ? [converted] : splitLine(line, format, max);
      for (const [index, text] of parts.entries()) units.push({ text, separator: isItem && index === 0 ? '\n' : '\n\n' });
    }
  }
  const chunks: string[] = [];
  let current: string | undefined;
  for (const unit of units) {
    if (!unit.text) continue;
    if (current === undefined) current = unit.text;
    else if (current.length + unit.separator.length + unit.text.length <= max) current += unit.separator + unit.text;
    else {
      chunks.push(current);
      current = unit.text;
    }
  }
  if (current !== undefined) chunks.push(current);
  return chunks.filter((chunk) => chunk.trim() !== '');
}
