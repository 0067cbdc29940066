import type { Span } from '../detect/span.js';
import { defineRule, type CheckContext, type Edit, type Hit } from '../rule.js';

/** A bare opinion is short: a post of more than this many words usually carries some substance. */
const MAX_BARE_WORDS = 40;
/** A shouted stretch: at least this many letters, nearly all capitals. */
const MIN_SHOUT_LETTERS = 10;

const KIND = {
  shouting: { nl: 'Je bericht schreeuwt (hoofdletters of veel uitroeptekens).', en: 'Your post is shouting (capitals or many exclamation marks).' },
  bare: { nl: 'Je geeft een mening zonder onderbouwing.', en: 'You give an opinion without backing it up.' },
} as const;

/** Stretches of capitals ("WAT EEN SCHANDE"), ignoring short acronyms such as CNV or FNV. */
function shouted(ctx: CheckContext): Span[] {
  const spans: Span[] = [];
  let run: { start: number; end: number; letters: number } | undefined;
  const close = () => {
    if (run && run.letters >= MIN_SHOUT_LETTERS) spans.push([run.start, run.end]);
    run = undefined;
  };
  for (const token of ctx.doc.tokens) {
    const word = ctx.doc.text.slice(token.start, token.end);
    const isCaps = /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
    if (isCaps && (word.length > 3 || run)) {
      run = run ? { ...run, end: token.end, letters: run.letters + word.length } : { start: token.start, end: token.end, letters: word.length };
    } else if (!(isCaps && word.length <= 3)) {
      close();
    }
  }
  close();
  return spans;
}

function exclamations(text: string): Span[] {
  return [...text.matchAll(/[!?]*![!?]*!{2,}[!?]*|[!?]{4,}/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as Span);
}

/** Bare opinions without any argument, and shouting. */
export const onderbouwing = defineRule({
  code: 'onderbouwing',
  rule: 'tip-onderbouwing',
  severity: 'oranje',
  lists: ['judgement', 'argument'],
  text: {
    nl: { message: '{what}', fix: 'Leg uit waarom je dit vindt (een reden, een feit, een bron) en schrijf rustig, zonder hoofdletters of rijen uitroeptekens.' },
    en: { message: '{what}', fix: 'Explain why you think so (a reason, a fact, a source) and write calmly, without capitals or rows of exclamation marks.' },
  },
  detect: (ctx) => {
    const shouting: Hit[] = [...shouted(ctx), ...exclamations(ctx.doc.text)].map((span) => ({ span, data: { what: KIND.shouting, kind: 'shouting' } }));
    const isShort = ctx.doc.tokens.length <= MAX_BARE_WORDS;
    const bare: Hit[] =
      isShort && ctx.find('argument').length === 0
        ? ctx.find('judgement').map((m) => ({ span: m.span, data: { what: KIND.bare, kind: 'bare' } }))
        : [];
    return [...shouting, ...bare];
  },
  improve: (ctx, hits): Edit[] =>
    hits
      .filter((h) => h.data?.kind === 'shouting')
      .map((h) => {
        const raw = ctx.doc.text.slice(h.span[0], h.span[1]);
        const calm = /^[!?]+$/.test(raw) ? '!' : raw.charAt(0) + raw.slice(1).toLowerCase();
        return { kind: 'replace', span: h.span, text: calm };
      }),
});
