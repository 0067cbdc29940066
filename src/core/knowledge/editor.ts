import { AnswerEngine, type LearnedModels } from '../answer/answer.js';
import type { OrgNaming } from '../org.js';
import type { Clock } from '../ports.js';
import { createKnowledgeBase } from './knowledge-base.js';
import { FALLBACK, reviewAnswers, type Review, type ReviewQuestion } from './review.js';
import { resolveSource, validateSource, type KnowledgeSource, type PackagedLists, type SourceError } from './source.js';
import { diffSources, type Change, type Draft, type DraftInfo, type Version, type VersionInfo, type VersionStore } from './versions.js';

/** The knowledge's files as text by path (`items/regel-1.yaml`), parsed and written by the store. */
export interface KnowledgeFormat {
  parse(texts: Readonly<Record<string, string>>): Promise<{ ok: true; source: KnowledgeSource } | { ok: false; errors: SourceError[] }>;
  write(source: KnowledgeSource): Record<string, string>;
}

export interface EditorDeps {
  versions: VersionStore;
  format: KnowledgeFormat;
  packaged: PackagedLists;
  org: string | OrgNaming;
  models?: LearnedModels | undefined;
  /** The training questions (labelled) and the masked questions people asked, for the review. */
  questions(): Promise<readonly ReviewQuestion[]>;
  clock: Clock;
}

/** The id of the first item answered, or FALLBACK. */
function firstAnswer(engine: AnswerEngine, text: string): string {
  const result = engine.answer(text);
  return result.kind === 'answer' ? (result.matches[0]?.id ?? FALLBACK) : FALLBACK;
}

/** Who acts, as a role: the history keeps no person. */
export interface Editor {
  role: string;
}

export type Invalid = { kind: 'invalid'; errors: SourceError[] };
export type Published = { kind: 'published'; version: VersionInfo; review: Review | undefined } | { kind: 'needs-confirmation'; review: Review } | Invalid;

/**
 * Editing the knowledge safely: every change is validated as the YAML is, saved as a draft,
 * reviewed against the published version on the questions, and published as a new version of
 * the whole knowledge (rollback and import too). Processes pick up a new version by polling.
 */
export class KnowledgeEditor {
  /** The published version's first answers by question, kept until another version is published. */
  private answered: { number: number; engine: AnswerEngine; answers: Map<string, string> } | undefined;

  constructor(private readonly deps: EditorDeps) {}

  validate(input: unknown): { kind: 'valid'; source: KnowledgeSource } | Invalid {
    const result = validateSource(input, this.deps.packaged);
    return result.ok ? { kind: 'valid', source: result.source } : { kind: 'invalid', errors: result.errors };
  }

  async published(): Promise<Version> {
    const number = await this.deps.versions.latestNumber();
    const version = number === undefined ? undefined : await this.deps.versions.get(number);
    if (!version) throw new Error('no published knowledge version');
    return version;
  }

  async saveDraft(input: unknown, who: Editor, message: string): Promise<{ kind: 'saved'; draft: Draft } | Invalid> {
    const valid = this.validate(input);
    if (valid.kind === 'invalid') return valid;
    const base = (await this.deps.versions.latestNumber()) ?? 0;
    const draft = await this.deps.versions.saveDraft({ author: who.role, message, at: this.deps.clock.now(), base, source: valid.source });
    return { kind: 'saved', draft };
  }

  draft(id: string): Promise<Draft | undefined> {
    return this.deps.versions.draft(id);
  }

  drafts(): Promise<DraftInfo[]> {
    return this.deps.versions.drafts();
  }

  deleteDraft(id: string): Promise<boolean> {
    return this.deps.versions.deleteDraft(id);
  }

  private engineFor(source: KnowledgeSource): AnswerEngine {
    return new AnswerEngine(createKnowledgeBase(resolveSource(source, this.deps.packaged), this.deps.org), this.deps.models);
  }

  /** The published version's answers are kept: a second review answers only with the draft. */
  private publishedAnswers(version: Version): (text: string) => string {
    if (this.answered?.number !== version.number) this.answered = { number: version.number, engine: this.engineFor(version.source), answers: new Map() };
    const { engine, answers } = this.answered;
    return (text) => {
      const known = answers.get(text);
      if (known !== undefined) return known;
      const answer = firstAnswer(engine, text);
      answers.set(text, answer);
      return answer;
    };
  }

  /** What `source` does to the answers, compared with the published version. */
  async review(source: KnowledgeSource): Promise<{ review: Review; changes: Change[]; base: number }> {
    const published = await this.published();
    const draft = this.engineFor(source);
    const review = reviewAnswers(this.publishedAnswers(published), (text) => firstAnswer(draft, text), await this.deps.questions());
    return { review, changes: diffSources(published.source, source), base: published.number };
  }

  /** Publishes `input` as the next version; a review that shows it worse needs `confirm`. */
  async publish(input: unknown, who: Editor, message: string, options: { confirm: boolean; kind?: 'publish' | 'import' }): Promise<Published> {
    const valid = this.validate(input);
    if (valid.kind === 'invalid') return valid;
    // Confirmed: the person saw the review already; publishing need not answer every question again.
    const review = options.confirm ? undefined : (await this.review(valid.source)).review;
    if (review?.isWorse) return { kind: 'needs-confirmation', review };
    const version = await this.deps.versions.add({
      kind: options.kind ?? 'publish',
      source: valid.source,
      author: who.role,
      message,
      at: this.deps.clock.now(),
    });
    return { kind: 'published', version, review };
  }

  /** YAML files as a new version, validated as the folder is. */
  async import(texts: Readonly<Record<string, string>>, who: Editor, message: string, confirm: boolean): Promise<Published> {
    const parsed = await this.deps.format.parse(texts);
    if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
    return this.publish(parsed.source, who, message, { confirm, kind: 'import' });
  }

  /** A rollback is one action and itself a new version, with the earlier version's content. */
  async rollback(to: number, who: Editor, message: string): Promise<VersionInfo | undefined> {
    const earlier = await this.deps.versions.get(to);
    if (!earlier) return undefined;
    return this.deps.versions.add({ kind: 'rollback', source: earlier.source, author: who.role, message, at: this.deps.clock.now(), basedOn: to });
  }

  async export(number?: number): Promise<{ version: number; files: Record<string, string> } | undefined> {
    const version = number === undefined ? await this.published() : await this.deps.versions.get(number);
    return version ? { version: version.number, files: this.deps.format.write(version.source) } : undefined;
  }

  async diff(from: number, to: number): Promise<Change[] | undefined> {
    const [a, b] = await Promise.all([this.deps.versions.get(from), this.deps.versions.get(to)]);
    return a && b ? diffSources(a.source, b.source) : undefined;
  }

  versions(): Promise<VersionInfo[]> {
    return this.deps.versions.list();
  }

  version(number: number): Promise<Version | undefined> {
    return this.deps.versions.get(number);
  }
}
