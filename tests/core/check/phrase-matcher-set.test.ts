import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../src/core/check/match/phrase-matcher.js';
import { PhraseMatcherSet } from '../../../src/core/check/match/phrase-matcher-set.js';
import { tokenize } from '../../../src/core/check/match/tokens.js';
import { loadKnowledgeFiles } from '../../../src/store/knowledge-files.js';

const lists = new Map([
  ['exact', new PhraseMatcher(['baas', 'mijn baas', 'mijn baas zei'])],
  ['prefix', new PhraseMatcher(['vertrouwelijk*', 'intern* overleg'])],
  ['suffix', new PhraseMatcher(['*gesprek', 'mijn'])],
  ['any', new PhraseMatcher(['voordat ~ het ziet', 'ziet'])],
  ['empty', new PhraseMatcher([])],
]);

describe('PhraseMatcherSet: every list in one pass', () => {
  it('finds per list exactly what each list finds on its own, overlaps and longest terms included', () => {
    const doc = tokenize('Mijn baas zei in het functioneringsgesprek: vertrouwelijke info, voordat iemand het ziet. Intern overleg; mijn baas ziet het.');
    const all = new PhraseMatcherSet(lists).findAll(doc);
    for (const [name, matcher] of lists) expect(all.get(name), name).toEqual(matcher.find(doc));
    expect(all.get('exact')?.map((m) => m.term)).toEqual(['mijn baas zei', 'baas', 'mijn baas', 'baas']);
    expect(all.get('any')?.map((m) => m.term)).toEqual(['voordat ~ het ziet', 'ziet', 'ziet']);
  });

  it('agrees with the separate lists of the shipped lexicons on the training drafts', async () => {
    const kb = await loadKnowledgeFiles('knowledge');
    const shipped = new Map(
      kb.lexicons.flatMap((l) => [
        ...Object.entries(l.lists).map(([n, t]) => [`${l.code}/${n}`, new PhraseMatcher(t)] as const),
        [`${l.code}!never`, new PhraseMatcher(l.never)] as const,
      ]),
    );
    const set = new PhraseMatcherSet(shipped);
    const drafts = readFileSync('knowledge/training/drafts.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 400);
    for (const line of drafts) {
      const doc = tokenize((JSON.parse(line) as { text: string }).text);
      const all = set.findAll(doc);
      for (const [name, matcher] of shipped) expect(all.get(name), name).toEqual(matcher.find(doc));
    }
  });
});
