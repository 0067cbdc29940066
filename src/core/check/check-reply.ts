import type { FindingCode } from '../ids.js';
import { citationFor, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import { t } from '../messages.js';
import { baseReply, readMore } from '../reply-builders.js';
import { rich, type Citation, type FollowUp, type Reply, type ReplyPart } from '../reply-model.js';
import type { Lang } from '../lang.js';
import { contactParts } from '../contact.js';
import { MAX_DRAFT_CHARS } from './draft.js';
import type { CheckResult, Finding } from './engine.js';
import { rules } from './rules/index.js';

/** Excerpts quoted per finding code; more would only repeat the point. */
const MAX_EXCERPTS = 3;
/** Codes whose fix is mechanical: the improved version covers them. */
const MECHANICAL: ReadonlySet<FindingCode> = new Set(['persoonsgegevens', 'persoonlijke-titel', 'onderbouwing']);

function citation(kb: KnowledgeBase, id: string, lang: Lang): Citation {
  const item = kb.byId(id);
  return item ? citationFor(item, lang) : { itemId: id, label: id };
}

/** One part per code (and message): the first finding's words, with up to three quoted triggers. */
function findingParts(kb: KnowledgeBase, findings: readonly Finding[], lang: Lang): ReplyPart[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.code}|${f.message}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Finding;
    const excerpts = [...new Set(group.map((f) => f.excerpt))].slice(0, MAX_EXCERPTS);
    return {
      kind: 'finding',
      code: first.code,
      severity: first.severity,
      message: first.message,
      fix: first.fix,
      excerpt: excerpts.join('", "'),
      rule: citation(kb, first.rule, lang),
    };
  });
}

/** What a groen check looked at, by the rules' own labels: "vertrouwelijke informatie, persoonsgegevens, …". */
function checkedLabels(codes: readonly FindingCode[], lang: Lang): string {
  return codes.map((code) => rules.find((r) => r.code === code)?.label[lang] ?? code).join(', ');
}

/** The private reply to a draft check: verdict first, then each finding, then a fixed version. */
export function checkReply(kb: KnowledgeBase, result: CheckResult, draftChars: number, lang: Lang): Reply {
  const parts: ReplyPart[] = [{ kind: 'verdict', verdict: result.verdict, summary: t(`check.${result.verdict}`, lang) }];
  if (result.verdict === 'groen') parts.push({ kind: 'text', text: rich(t('check.checked', lang, { checked: checkedLabels(result.checked, lang) })) });
  parts.push(...findingParts(kb, result.findings, lang));
  if (result.improved !== undefined) {
    parts.push({ kind: 'copy', label: t('check.improved', lang), text: result.improved });
    if (result.findings.some((f) => !MECHANICAL.has(f.code))) parts.push({ kind: 'text', text: rich(t('check.improved-partial', lang)) });
  } else if (result.noSafeVersion) {
    parts.push({ kind: 'text', text: rich(t('check.no-safe-version', lang)) });
  }
  if (result.verdict === 'rood') parts.push({ kind: 'text', text: rich(t('check.doubt', lang)) }, ...contactParts(kb, kb.departments.default, lang));
  if (result.truncated) parts.push({ kind: 'text', text: rich(t('check.truncated', lang, { chars: draftChars, max: MAX_DRAFT_CHARS })) });
  parts.push({ kind: 'text', text: rich(t(result.verdict === 'groen' ? 'check.groen-note' : 'check.private', lang)) });

  const ruleIds = [...new Set([...result.findings.map((f) => f.rule), ...(result.verdict === 'rood' ? ['regel-8'] : [])])];
  const followUps: FollowUp[] = ruleIds
    .map((id) => kb.byId(id))
    .filter((item) => item !== undefined)
    .slice(0, 2)
    .map((item) => readMore(item, lang));
  if (result.findings.some((f) => f.code === 'persoonlijke-titel')) {
    followUps.push({ label: t('followup.disclaimer', lang), command: 'disclaimer' });
  }
  return {
    ...baseReply(lang, 'asker'),
    aboutDraft: true,
    title: t('check.title', lang),
    parts,
    citations: ruleIds.map((id) => citation(kb, id, lang)),
    followUps,
  };
}
