import type { KnowledgeSource } from '../../../core/knowledge/source.js';
import type { Lang } from '../../../core/lang.js';
import type { EditKind, Group } from './knowledge-form.js';

const TEXT = {
  title: { nl: 'Tips van de dag', en: 'Daily tips' },
  intro: {
    nl: 'Elke tip verwijst naar het onderwerp waar hij uit komt ("Meer over …"). Vink "verwijderen" aan om een tip weg te halen; vul de lege tip onderaan in om er een toe te voegen.',
    en: 'Each tip points at the topic it comes from ("More about …"). Tick "delete" to remove a tip; fill in the empty tip at the bottom to add one.',
  },
  tip: { nl: 'Tip', en: 'Tip' },
  newTip: { nl: 'Nieuwe tip', en: 'New tip' },
  id: { nl: 'Naam (kleine letters en streepjes)', en: 'Name (lower case and hyphens)' },
  nl: { nl: 'Tekst (Nederlands)', en: 'Text (Dutch)' },
  en: { nl: 'Tekst (Engels)', en: 'Text (English)' },
  item: { nl: 'Onderwerp', en: 'Topic' },
  delete: { nl: 'Deze tip verwijderen', en: 'Delete this tip' },
  choose: { nl: '(kies een onderwerp)', en: '(choose a topic)' },
} as const;

type Tip = KnowledgeSource['tips']['tips'][number];

function tipGroup(source: KnowledgeSource, tip: Tip | undefined, i: number, lang: Lang): Group {
  const at = `tips.tips[${i}]`;
  const options = [{ value: '', label: TEXT.choose[lang] }, ...source.items.map((item) => ({ value: item.id, label: `${item.title[lang]} (${item.id})` }))];
  return {
    legend: tip ? `${TEXT.tip[lang]} ${i + 1}: ${tip.id}` : TEXT.newTip[lang],
    fields: [
      { name: `tip${i}_id`, label: TEXT.id, value: tip?.id ?? '', path: `${at}.id` },
      { name: `tip${i}_nl`, label: TEXT.nl, value: tip?.text.nl ?? '', path: `${at}.text.nl`, kind: 'area' },
      { name: `tip${i}_en`, label: TEXT.en, value: tip?.text.en ?? '', path: `${at}.text.en`, kind: 'area' },
      { name: `tip${i}_item`, label: TEXT.item, value: tip?.item ?? '', path: `${at}.item`, kind: 'select', options },
      ...(tip ? [{ name: `tip${i}_weg`, label: TEXT.delete, value: '', path: `${at}#delete`, kind: 'check' as const }] : []),
    ],
  };
}

/** All daily tips on one page (the tips.yaml file): edit, delete, add one. */
export const tipsKind: EditKind = {
  path: '/console/kennis/tips',
  title: (_source, _id, lang) => TEXT.title[lang],
  intro: TEXT.intro,
  groups: (source, _id, lang) => [
    ...source.tips.tips.map((tip, i) => tipGroup(source, tip, i, lang)),
    tipGroup(source, undefined, source.tips.tips.length, lang),
  ],
  apply(source, _id, body) {
    const tips: Tip[] = [];
    for (let i = 0; body.has(`tip${i}_id`); i++) {
      const get = (name: string) => (body.get(`tip${i}_${name}`) ?? '').trim();
      if (get('weg') === 'ja') continue;
      if (!get('id') && !get('nl') && !get('en') && !get('item')) continue; // the empty row for a new tip
      tips.push({ id: get('id'), item: get('item'), text: { nl: get('nl'), en: get('en') } });
    }
    return { source: { ...source, tips: { tips } }, errors: [] };
  },
};
