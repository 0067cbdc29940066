import { describe, expect, it } from 'vitest';
import { quietSpans } from '../../support/check.js';

const quiet = (text: string) => quietSpans('verwijderen', text);

describe('verwijderen: deleting in the technical sense (lexicon list "technical")', () => {
  it('is no quiet deletion of a post for the learned check: files, folders, apps and mail', () => {
    for (const text of [
      'Handige tip: met de nieuwe versie kun je een hele map in één keer verwijderen.',
      'Finally deleted all the old downloads from my laptop, 40 GB free again!',
      'Vandaag 3000 oude mails uit mijn inbox gewist.',
    ])
      expect(quiet(text), text).toEqual([text]);
  });

  it('leaves a sentence about one’s own post, or one said on the quiet, to the learned check', () => {
    expect(quiet('Ik heb mijn vorige post stilletjes verwijderd, de bestanden klopten niet.')).toEqual([]);
    expect(quiet('Quietly deleted the file, nobody will notice.')).toEqual([]);
    expect(quiet('Ik heb het bericht verwijderd.')).toEqual([]);
  });
});
