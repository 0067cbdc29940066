import type { Span } from '../detect/span.js';
import { isStopword } from '../../answer/normalise.js';
import type { PhraseMatch } from '../match/phrase-matcher.js';
import type { Token } from '../match/tokens.js';
import { apartFrom, defineRule, sentenceSpans, type CheckContext, type Edit, type Hit } from '../rule.js';

/**
 * A bare opinion is (almost) nothing but the judgement: besides the judgement and function
 * words, a post with more content words than this says something of substance.
 */
const MAX_OTHER_CONTENT_WORDS = 4;
/** A shouted stretch: at least this many letters, nearly all capitals. */
const MIN_SHOUT_LETTERS = 10;
/** A stretch of capitals followed by "!" is shouted from this many letters: "GEWELDIG!" but not "CNV!". */
const MIN_EXCLAIMED_LETTERS = 6;

const KIND = {
  shouting: { nl: 'Je bericht schreeuwt (hoofdletters of veel uitroeptekens).', en: 'Your post is shouting (capitals or many exclamation marks).' },
  bare: { nl: 'Je geeft een mening zonder onderbouwing.', en: 'You give an opinion without backing it up.' },
} as const;

/**
 * Stretches of capitals ("WAT EEN SCHANDE"). Acronyms such as CNV or FNV are short, so a
 * stretch counts only with enough letters and at least one word longer than an acronym.
 */
function shouted(ctx: CheckContext): Span[] {
  const spans: Span[] = [];
  let run: { start: number; end: number; letters: number; longest: number } | undefined;
  const close = () => {
    // "GEWELDIG!!!" is shouting too: a shorter stretch of capitals that ends in exclamation marks.
    const exclaimed = run !== undefined && /^\s*!/.test(ctx.doc.text.slice(run.end, run.end + 3));
    if (run && (run.letters >= MIN_SHOUT_LETTERS || (exclaimed && run.letters >= MIN_EXCLAIMED_LETTERS)) && run.longest > 4) spans.push([run.start, run.end]);
    run = undefined;
  };
  for (const token of ctx.doc.tokens) {
    if (capitals(ctx.doc.text, token)) {
      const length = token.end - token.start;
      if (run) {
        run.end = token.end;
        run.letters += length;
        run.longest = Math.max(run.longest, length);
      } else run = { start: token.start, end: token.end, letters: length, longest: length };
    } else {
      close();
    }
  }
  close();
  return spans;
}

// Module constants: a regular expression literal in a function is a new object each time it is read.
const CAPITAL = /\p{Lu}/u;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;

/** Whether a word is all capitals: a capital and no lower case letter or digit. */
function capitals(text: string, token: Token): boolean {
  // Most words start with a lower case letter or a digit: they are not cut out of the text.
  const first = text.charCodeAt(token.start);
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return false;
  const word = text.slice(token.start, token.end);
  return CAPITAL.test(word) && !LOWER_OR_DIGIT.test(word);
}

/** Words that are neither part of a judgement nor function words ("de", "is", "what"). */
function otherContentWords(ctx: CheckContext, judgements: readonly PhraseMatch[]): number {
  return ctx.doc.tokens.filter((t, i) => !isStopword(t.folded) && t.folded.length > 1 && !judgements.some((j) => i >= j.firstToken && i <= j.lastToken)).length;
}

/**
 * "WAT DOET CNV NU" → "Wat doet CNV nu": lower case, but the organisation's name as written,
 * and a capital only where a sentence starts ("Dit is GEWELDIG" → "Dit is geweldig").
 */
function sentenceCase(text: string, orgName: string, startsSentence: boolean): string {
  const lower = text.replace(/[\p{L}\p{N}]+/gu, (word) => (word.toLowerCase() === orgName.toLowerCase() ? orgName : word.toLowerCase()));
  return startsSentence ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

function exclamations(text: string): Span[] {
  return [...text.matchAll(/[!?]*![!?]*!{2,}[!?]*|[!?]{4,}/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as Span);
}

/** Bare opinions without any argument, and shouting. */
export const onderbouwing = defineRule({
  code: 'onderbouwing',
  rule: 'tip-onderbouwing',
  severity: 'oranje',
  lists: ['judgement', 'argument', 'dismissal', 'feeling', 'passing-on'],
  label: { nl: 'onderbouwing en toon', en: 'reasoning and tone' },
  dont: { nl: 'Een mening roepen zonder onderbouwing, of schreeuwen', en: 'Shouting an opinion without backing it up' },
  learned: { data: { what: KIND.bare, kind: 'bare' } },
  text: {
    nl: {
      message: '{what}',
      fix: 'Leg uit waarom je dit vindt (een reden, een feit, een bron) en schrijf rustig, zonder hoofdletters of rijen uitroeptekens.',
    },
    en: { message: '{what}', fix: 'Explain why you think so (a reason, a fact, a source) and write calmly, without capitals or rows of exclamation marks.' },
  },
  detect: (ctx) => {
    const shouting: Hit[] = [...shouted(ctx), ...exclamations(ctx.doc.text)].map((span) => ({ span, data: { what: KIND.shouting, kind: 'shouting' } }));
    const judgements = ctx.find('judgement');
    const bare: Hit[] =
      judgements.length > 0 && ctx.find('argument').length === 0 && otherContentWords(ctx, judgements) <= MAX_OTHER_CONTENT_WORDS
        ? judgements.map((m) => ({ span: m.span, data: { what: KIND.bare, kind: 'bare' } }))
        : [];
    return [...shouting, ...bare];
  },
  // An opinion with a reason in its sentence is argued, whatever the model makes of its words. A sentence that states one's own
  // feeling ("ik heb vertrouwen in de toekomst") gives no verdict, unless it also holds a strong judgement; nor does one
  // that passes on someone else's work ("het hele artikel hieronder"), unless it also holds a judgement or a dismissal.
  unlearned: (ctx) => {
    const judgements = ctx.find('judgement');
    const feelings = apartFrom(ctx.find('feeling'), judgements);
    const verdicts = [...judgements, ...ctx.find('dismissal')];
    const passingOn = apartFrom(ctx.find('passing-on'), verdicts);
    return [
      ...ctx.find('argument').map((m) => m.span),
      ...sentenceSpans(
        ctx.doc,
        [...feelings, ...passingOn].map((m) => m.sentence),
      ),
    ];
  },
  improve: (ctx, hits): Edit[] =>
    hits
      .filter((h) => h.data?.kind === 'shouting')
      .map((h) => {
        const raw = ctx.doc.text.slice(h.span[0], h.span[1]);
        const before = ctx.doc.text.slice(Math.max(0, h.span[0] - 200), h.span[0]).replace(/[ \t]+$/, '');
        const startsSentence = (before === '' && h.span[0] < 200) || /[.!?:\n]$/.test(before);
        const calm = /^[!?]+$/.test(raw) ? '!' : sentenceCase(raw, ctx.org.name, startsSentence);
        return { kind: 'replace', span: h.span, text: calm };
      }),
});
