import type { Span } from '../detect/span.js';

/** Whether a span is part of an e-mail address, a web address or a handle ("info@cnv.nl", "cnv.nl/acties"). */
export function isInsideAddress(text: string, span: Span): boolean {
  const before = text.charAt(span[0] - 1);
  const after = text.slice(span[1], span[1] + 2);
  return before === '@' || before === '.' || before === '/' || /^[.@][\p{L}\p{N}]/u.test(after) || /^\/\S/u.test(after);
}
