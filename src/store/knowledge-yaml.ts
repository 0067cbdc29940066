import { stringify } from 'yaml';
import type { KnowledgeSource } from '../core/knowledge/source.js';

/** A version as the `knowledge/` folder's YAML files, by path inside the folder; importing them gives the same version. */
export function exportKnowledgeTexts(source: KnowledgeSource): Record<string, string> {
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
  const files: Record<string, string> = {};
  for (const item of source.items) files[`items/${item.id}.yaml`] = yaml(item);
  for (const lexicon of source.lexicons) files[`lexicon/${lexicon.code}.yaml`] = yaml(lexicon);
  files['synonyms.yaml'] = yaml(source.synonyms);
  files['organisation.yaml'] = yaml(source.organisation);
  files['departments.yaml'] = yaml(source.departments);
  files['tips.yaml'] = yaml(source.tips);
  return files;
}
