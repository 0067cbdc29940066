import type { KnowledgeId } from '../ids.js';
import type { KnowledgeBase } from './knowledge-base.js';

/**
 * The knowledge a process answers from now. `kb` is a view that always reads the current
 * version, so the escalation service, the tips and the console need not be rebuilt when a new
 * version is published; `swap` replaces it in one step.
 */
export class LiveKnowledge {
  private current: KnowledgeBase;
  private number: number;
  readonly kb: KnowledgeBase;

  constructor(kb: KnowledgeBase, version: number) {
    this.current = kb;
    this.number = version;
    const now = () => this.current;
    this.kb = Object.freeze({
      get orgName() {
        return now().orgName;
      },
      get org() {
        return now().org;
      },
      get items() {
        return now().items;
      },
      get synonyms() {
        return now().synonyms;
      },
      get lexicons() {
        return now().lexicons;
      },
      get organisation() {
        return now().organisation;
      },
      get departments() {
        return now().departments;
      },
      get tips() {
        return now().tips;
      },
      byId: (id: KnowledgeId) => now().byId(id),
      has: (id: KnowledgeId) => now().has(id),
      rule: (n: number) => now().rule(n),
    });
  }

  get version(): number {
    return this.number;
  }

  swap(kb: KnowledgeBase, version: number): void {
    this.current = kb;
    this.number = version;
  }
}
