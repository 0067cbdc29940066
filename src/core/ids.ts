/** CONTRACT §1: the knowledge ids every deployment has. Organisations may add their own. */
export const KNOWLEDGE_IDS = [
  'kansen',
  'waarom',
  'actief-mits',
  'reikwijdte',
  'regel-1',
  'regel-2',
  'regel-3',
  'regel-4',
  'regel-5',
  'regel-6',
  'regel-7',
  'regel-8',
  'intranet',
  'disclaimer',
  'tip-realtime',
  'tip-eeuwig-online',
  'tip-niet-verwijderen',
  'tip-auteursrecht',
  'tip-omgangsvormen',
  'tip-onderbouwing',
  'tip-grijs-gebied',
] as const;

export type ContractKnowledgeId = (typeof KNOWLEDGE_IDS)[number];

/** Any knowledge item id: the contract's, or one an organisation added (kebab-case). */
export type KnowledgeId = string;

/** The rule every uncertain answer falls back to (CONTRACT §1, "ask your manager"). */
export const FALLBACK_ITEM: ContractKnowledgeId = 'regel-8';

/** CONTRACT §2: draft-check finding codes. */
export const FINDING_CODES = [
  'vertrouwelijk',
  'persoonsgegevens',
  'belediging',
  'gesprek',
  'klant-concurrent',
  'auteursrecht',
  'persoonlijke-titel',
  'onderbouwing',
  'verwijderen',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
