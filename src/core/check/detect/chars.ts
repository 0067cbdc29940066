/**
 * Character-class helpers shared by the detectors. All take an index and answer `false`
 * outside the string, so callers can look one or two characters around a match without
 * bounds checks.
 */

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_DIGIT = /\p{N}/u;

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the string
  return c >= 48 && c <= 57;
}

export function isAsciiLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isUpperAsciiAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

export function isAsciiAlnumAt(text: string, i: number): boolean {
  return isDigitAt(text, i) || isAsciiLetterAt(text, i);
}

/** Any letter (Unicode-aware: é, ï, ß … count). */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  if (isAsciiLetterAt(text, i)) return true;
  const c = text.charCodeAt(i);
  if (c < 0xaa) return false;
  return NON_ASCII_LETTER.test(text.charAt(i));
}

/** Letters, digits (any script) and `_`: characters that glue a token to its neighbour. */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c === 95 || (c >= 48 && c <= 57)) return true;
  if (isLetterAt(text, i)) return true;
  return c >= 0xaa && NON_ASCII_DIGIT.test(text.charAt(i));
}

/** A single horizontal space: ASCII space, no-break space or narrow no-break space. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/** Any whitespace including line breaks and tabs. */
export function isWhitespaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isSpaceAt(text, i) || c === 9 || c === 10 || c === 13;
}
