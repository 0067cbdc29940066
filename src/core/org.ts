import type { Lang } from './lang.js';

/** The article Dutch puts before the organisation's name: het CNV, de FNV, or none (Acme). */
export type OrgArticle = 'het' | 'de' | 'none';
export const ORG_ARTICLES: readonly OrgArticle[] = ['het', 'de', 'none'];

/** How the bot names the organisation (`ORG_NAME`, `ORG_ARTICLE`). */
export interface OrgNaming {
  name: string;
  article: OrgArticle;
}

/** "het CNV" in Dutch ("Het CNV" at the start of a sentence), "CNV" in English. */
export function theOrg(org: OrgNaming, lang: Lang, capital = false): string {
  if (lang === 'en' || org.article === 'none') return org.name;
  return `${capital ? org.article.charAt(0).toUpperCase() + org.article.slice(1) : org.article} ${org.name}`;
}

/**
 * Fills in the organisation in a text: `{org}` is the bare name ("CNV’er", "namens {org}" reads
 * "namens CNV"), `{the org}` the name with its article where Dutch wants one ("van het CNV"),
 * `{The org}` the same at the start of a sentence. English has no article: both are the name.
 */
export function fillOrgText(text: string, org: OrgNaming, lang: Lang): string {
  return text
    .replace(/\{the org\}/g, theOrg(org, lang))
    .replace(/\{The org\}/g, theOrg(org, lang, true))
    .replace(/\{org\}/g, org.name);
}
