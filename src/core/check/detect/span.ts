/**
 * A found piece of personal data: `[start, end)` as UTF-16 offsets into the scanned text,
 * so `text.slice(start, end)` is the match. Detectors return spans in order, never overlapping.
 */
export type Span = readonly [number, number];

/** Whether two spans share a character. */
export const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];
