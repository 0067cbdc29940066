import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../../src/core/check/detect/email.js';

const found = (text: string): string[] => findEmails(text).map(([s, e]) => text.slice(s, e));

describe('findEmails', () => {
  it.each([
    ['Mail naar jan@example.nl.', ['jan@example.nl']],
    ['j.de.vries@gemeente-amsterdam.nl!', ['j.de.vries@gemeente-amsterdam.nl']],
    ['jan.jansen+nieuwsbrief@example.co.uk', ['jan.jansen+nieuwsbrief@example.co.uk']],
    ['<info_2026%x@sub.domain.example.org>', ['info_2026%x@sub.domain.example.org']],
    ['jan@x.nl,piet@y.nl', ['jan@x.nl', 'piet@y.nl']],
    ['mailto:JAN@EXAMPLE.NL', ['JAN@EXAMPLE.NL']],
    ['josé@voorbeeld.nl', ['josé@voorbeeld.nl']],
    ['.jan@example.nl', ['jan@example.nl']],
  ])('finds in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports exact offsets', () => {
    expect(findEmails('Mail jan@example.nl.')).toEqual([[5, 19]]);
  });

  it.each([
    ['jan@example', 'no dot in the domain'],
    ['jan@example.c', 'one-letter TLD'],
    ['jan@192.168.1.1', 'numeric TLD'],
    ['jan..x@example.nl', 'double dot in local part'],
    ['jan.@example.nl', 'local part ends in a dot'],
    ['jan@example..nl', 'double dot in domain'],
    ['jan@-example.nl', 'label starts with a dash'],
    ['@jan op Twitter', 'a handle'],
    ['@jan@mastodon.social', 'a fediverse handle'],
    ['a@b@c.nl', 'two at signs'],
    ['om 10:30 @ kantoor.', 'a loose at sign'],
  ])('stays quiet on %j (%s)', (text) => {
    expect(findEmails(text)).toEqual([]);
  });

  it.each([
    ['at signs', '@'.repeat(200_000)],
    ['dotted letters', 'a.'.repeat(100_000)],
    ['dotted letters then an at sign', `${'a.'.repeat(100_000)}@x.nl`],
    ['letters and at signs', 'a@'.repeat(100_000)],
    ['short domains', 'a@b.'.repeat(50_000)],
  ])('handles 200 000 characters of %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    expect(Array.isArray(findEmails(text))).toBe(true);
  });
});
