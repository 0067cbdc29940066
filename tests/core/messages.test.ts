import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/messages.js';
import { en } from '../../src/core/messages/en.js';
import { nl } from '../../src/core/messages/nl.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the UI strings', () => {
  it.each(Object.keys(nl) as Array<keyof typeof nl>)('%s has the same placeholders in Dutch and English', (id) => {
    expect(placeholders(en[id])).toEqual(placeholders(nl[id]));
    expect(en[id].trim()).not.toBe('');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('answer.more', 'nl', { topic: 'regel 7' })).toBe('Meer over regel 7');
    expect(t('answer.more', 'en')).toBe('More about {topic}');
  });
});
