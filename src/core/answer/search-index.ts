import type { KnowledgeId } from '../ids.js';
import type { KnowledgeItem, Synonyms } from '../knowledge/schema.js';
import { LANGS, type Lang } from '../lang.js';
import { ExactForms } from './exact-forms.js';
import { Postings } from './postings.js';
import { foldedWords, foldText, isStopword, SynonymMap, toTerms } from './normalise.js';
import { countTerms, FIELD_WEIGHTS, FIELDS, fieldTexts, type Field, type FieldDoc } from './search-fields.js';
import { Speller } from './speller.js';
import { TopicWords } from './topic-words.js';

// BM25 constants: k1 saturates repeated terms, b normalises for field length.
const K1 = 1.2;
const B = 0.5;
/** A query term that matches a whole multi-word keyword adds this share of its idf again. */
const PHRASE_BONUS = 0.6;
/**
 * A phrase of this many words repeated word for word shows the question is about the item
 * ("mag ik dit posten"); shorter ones ("share my screen") also occur in other questions.
 */
const MIN_EXACT_ON_TOPIC = 4;
/** A question that contains a multi-word keyword or example word for word gets this much. */
const EXACT_BONUS = 1.5;
/** A match in the other language's text counts a little less: language detection can err. */
const OTHER_LANG_FACTOR = 0.9;

interface ItemDoc {
  id: KnowledgeId;
  byLang: Record<Lang, Record<Field, FieldDoc>>;
  /** Multi-word keywords as term lists, per language. */
  phrases: Record<Lang, string[][]>;
  /** Multi-word keywords and example questions as folded text, stopwords kept: " mag ik dit posten ". */
  exact: string[];
  /** Each multi-word keyword with the bonus it gives when all its terms occur. */
  phraseBonus: Record<Lang, Array<{ terms: string[]; bonus: number }>>;
}

/** One scored item, with the share of the question's terms it explained. */
export interface RawMatch {
  id: KnowledgeId;
  score: number;
  coverage: number;
  /** Whether the question contains one of the item's multi-word keywords or examples word for word. */
  exact: boolean;
}

/** What the index understood of a question: its terms per language, after typo correction. */
export interface QueryAnalysis {
  terms: Record<Lang, string[]>;
  /** Share of the question's words the knowledge knows (0..1); off-topic questions score low. */
  knownShare: number;
  /** The question in the form of `ItemDoc.exact`. */
  exact: string;
  /** How clearly the question is about the guidelines' domain (synonyms.yaml `topic`, `topic_weak`). */
  topic: 'strong' | 'weak' | 'none';
  corrected: ReadonlyArray<{ from: string; to: string }>;
}

/**
 * A BM25F index over the knowledge items in both languages, with fuse.js correcting typos
 * against the knowledge's own vocabulary. Pure and built once at start-up.
 */
export class SearchIndex {
  private readonly docs: ItemDoc[] = [];
  private readonly idf = new Map<string, number>();
  private readonly avgLength = {} as Record<Lang, Record<Field, number>>;
  /** The knowledge's own words, the spelling of which questions are corrected to. */
  private readonly words = new Set<string>();
  private speller!: Speller;
  /** The topic words, strong and weak; a question is on topic when all terms of one occur. */
  private topic!: Record<'strong' | 'weak', TopicWords>;
  /** Long single topic words, found inside compounds. */
  private topicStems!: string[];
  private exactForms!: ExactForms;
  private postings!: Postings;
  readonly synonyms: SynonymMap;
  private readonly work: Generator<void>;

  constructor(items: readonly KnowledgeItem[], synonyms: Synonyms, inSlices = false) {
    this.synonyms = new SynonymMap(synonyms);
    this.work = this.build(items, synonyms);
    if (!inSlices) while (this.step());
  }

  /** Builds the next slice (about an item) of an index made `inSlices` (AnswerEngine.prepare); false once built. */
  step(): boolean {
    return !this.work.next().done;
  }

  private *build(items: readonly KnowledgeItem[], synonyms: Synonyms): Generator<void> {
    const documentFrequency = new Map<string, number>();
    for (const item of items) {
      const doc = this.buildDoc(item);
      this.docs.push(doc);
      const seen = new Set<string>();
      for (const lang of LANGS) for (const f of FIELDS) for (const t of doc.byLang[lang][f].tf.keys()) seen.add(t);
      for (const t of seen) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
      yield;
    }
    const n = this.docs.length;
    for (const [t, df] of documentFrequency) this.idf.set(t, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    for (const lang of LANGS) {
      this.avgLength[lang] = {} as Record<Field, number>;
      for (const f of FIELDS) {
        const total = this.docs.reduce((sum, d) => sum + d.byLang[lang][f].length, 0);
        this.avgLength[lang][f] = Math.max(1, total / Math.max(1, n));
      }
    }
    for (const group of synonyms.groups) for (const w of group) for (const word of foldText(w).split(' ')) this.addWord(word);
    this.postings = new Postings(n);
    for (const [index, doc] of this.docs.entries()) this.precompute(doc, index);
    yield;
    this.exactForms = new ExactForms(this.docs.map((d) => d.exact));
    this.topic = { strong: new TopicWords(synonyms.topic, this.synonyms), weak: new TopicWords(synonyms.topic_weak, this.synonyms) };
    this.topicStems = synonyms.topic.map(foldText).filter((w) => w.length >= 4 && !w.includes(' '));
    yield;
    this.speller = new Speller(this.words);
  }

  private addWord(word: string): void {
    if (word.length >= 4 && !isStopword(word)) this.words.add(word);
  }

  private buildDoc(item: KnowledgeItem): ItemDoc {
    const byLang = {} as ItemDoc['byLang'];
    const phrases = {} as ItemDoc['phrases'];
    for (const lang of LANGS) {
      const texts = fieldTexts(item, lang);
      byLang[lang] = {} as Record<Field, FieldDoc>;
      for (const f of FIELDS) {
        for (const text of texts[f]) for (const word of foldText(text).split(' ')) this.addWord(word);
        byLang[lang][f] = countTerms(texts[f].flatMap((text) => toTerms(text, lang, this.synonyms)));
      }
      phrases[lang] = item.keywords[lang].map((k) => toTerms(k, lang, this.synonyms)).filter((terms) => terms.length > 1);
    }
    const exact = LANGS.flatMap((lang) => [...item.keywords[lang], ...item.examples[lang]])
      .map((text) => this.exactForm(text))
      .filter((form) => form.split(' ').length > 3);
    return { id: item.id, byLang, phrases, exact, phraseBonus: { nl: [], en: [] } };
  }

  /** Folded words with synonyms applied, padded with spaces, for word-for-word comparison. */
  private exactForm(text: string): string {
    return ` ${this.synonyms.apply(foldedWords(text)).join(' ')} `;
  }

  /** Terms of a question in both languages, typos corrected, and how much of it we know. */
  analyse(question: string): QueryAnalysis {
    const corrected: Array<{ from: string; to: string }> = [];
    let content = 0;
    let known = 0;
    const words = foldedWords(question).map((word) => {
      if (isStopword(word)) return word;
      content++;
      if (this.speller.knows(word) || /\d/.test(word)) {
        known++;
        return word;
      }
      const fixed = this.speller.correct(word);
      if (fixed === undefined) return word;
      known++;
      corrected.push({ from: word, to: fixed });
      return fixed;
    });
    const text = words.join(' ');
    const termsIn = (lang: Lang): string[] => [...new Set(toTerms(text, lang, this.synonyms))];
    const terms = { nl: termsIn('nl'), en: termsIn('en') };
    const exact = this.exactForm(text);
    const present = { nl: new Set(terms.nl), en: new Set(terms.en) };
    const mentions = (strength: 'strong' | 'weak'): boolean => this.topic[strength].mentioned(present);
    // Compounds count too: "Facebookgroep", "LinkedIn-post", "whatsappstatus".
    const inCompound = text.split(' ').some((word) => this.topicStems.some((stem) => word.length > stem.length && word.includes(stem)));
    return {
      terms,
      exact,
      topic: mentions('strong') || inCompound ? 'strong' : mentions('weak') ? 'weak' : 'none',
      knownShare: content === 0 ? 0 : known / content,
      corrected,
    };
  }

  /** Works out every term's BM25F contribution per document once, into the postings: a search is a few map lookups. */
  private precompute(doc: ItemDoc, index: number): void {
    for (const lang of LANGS) {
      const terms = new Set<string>();
      for (const f of FIELDS) for (const term of doc.byLang[lang][f].tf.keys()) terms.add(term);
      for (const term of terms) {
        const w = this.fieldScore(doc, lang, term);
        if (w > 0) this.postings.add(lang, term, index, ((this.idf.get(term) ?? 0) * (w * (K1 + 1))) / (w + K1));
      }
      doc.phraseBonus[lang] = doc.phrases[lang].map((terms) => ({ terms, bonus: PHRASE_BONUS * terms.reduce((sum, t) => sum + (this.idf.get(t) ?? 0), 0) }));
    }
  }

  private fieldScore(doc: ItemDoc, lang: Lang, term: string): number {
    let weighted = 0;
    for (const f of FIELDS) {
      const field = doc.byLang[lang][f];
      const tf = field.tf.get(term);
      if (!tf) continue;
      weighted += (FIELD_WEIGHTS[f] * tf) / (1 - B + (B * field.length) / this.avgLength[lang][f]);
    }
    return weighted;
  }

  /** Every document's BM25F score for `terms` (its phrase bonuses after its terms) and how many of them it matched. */
  private scoreAll(lang: Lang, terms: readonly string[], present: ReadonlySet<string>): { score: Float64Array; matched: Uint16Array } {
    const { score, matched } = this.postings.score(lang, terms);
    for (const [index, doc] of this.docs.entries()) {
      if ((matched[index] as number) < 2) continue;
      for (const { terms: phrase, bonus } of doc.phraseBonus[lang]) if (phrase.every((t) => present.has(t))) score[index] = (score[index] as number) + bonus;
    }
    return { score, matched };
  }

  /** Every item with a score above zero, best first. The question's language counts most. */
  search(analysis: QueryAnalysis, lang: Lang): RawMatch[] {
    const other: Lang = lang === 'nl' ? 'en' : 'nl';
    const own = analysis.terms[lang];
    const alt = analysis.terms[other];
    if (own.length === 0 && alt.length === 0) return [];
    const matches: RawMatch[] = [];
    const exactWordsOf = this.exactForms.wordsPerDoc(analysis.exact);
    const [ownSet, altSet] = [new Set(own), new Set(alt)];
    const a = this.scoreAll(lang, own, ownSet);
    const b = this.scoreAll(other, alt, altSet);
    for (const [index, doc] of this.docs.entries()) {
      const [aScore, bScore] = [a.score[index] as number, b.score[index] as number];
      const best =
        aScore >= bScore * OTHER_LANG_FACTOR
          ? { score: aScore, coverage: (a.matched[index] as number) / Math.max(1, own.length) }
          : { score: bScore * OTHER_LANG_FACTOR, coverage: (b.matched[index] as number) / Math.max(1, alt.length) };
      const exactWords = exactWordsOf[index] ?? 0;
      if (exactWords > 0) best.score += EXACT_BONUS * Math.sqrt(exactWords);
      if (best.score > 0) matches.push({ id: doc.id, ...best, exact: exactWords >= MIN_EXACT_ON_TOPIC });
    }
    return matches.sort((x, y) => y.score - x.score);
  }
}
