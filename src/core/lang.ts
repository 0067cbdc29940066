/** The languages the bot speaks, Dutch first. */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

// Frequent function words that tell the two languages apart; words both share ("is", "in")
// are left out on purpose.
const NL = new Set(
  'de het een en ik je jij u wij we ze zij hij mij me jouw uw ons onze dit dat deze die wat wie waar waarom hoe wanneer welke mag mogen kan kun kunnen moet moeten wil wilt mijn niet geen ook over van voor met bij naar op als dan maar omdat want zijn ben bent heb hebt heeft hebben doe doen iets iemand er nog wel zo graag collega werk bericht regel regels'.split(
    ' ',
  ),
);
const EN = new Set(
  'the a an and i you we they he she my me your our this that these those what who where why how when which may can could should must would will not no also about of for with at to on if then but because are am have has do does something someone there still so please colleague work rule rules'.split(
    ' ',
  ),
);

/** The longest word of either list: a longer word is none of them, and is not cut out of the text. */
const LONGEST = Math.max(...[...NL, ...EN].map((w) => w.length));

/** What `[a-zà-ÿ']` matches: ASCII lower case, the Latin-1 range from à to ÿ, and the apostrophe. */
const isWordUnit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff) || c === 39;

/** The language a text shows by its function words; undefined when it shows none (or both equally). */
export function langSignal(text: string): Lang | undefined {
  let nl = 0;
  let en = 0;
  // The words of /[a-zà-ÿ']+/g, read in one pass: a long draft's sentences are each read, and
  // an array of all their words was garbage at once.
  const lower = text.toLowerCase();
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isWordUnit(lower.charCodeAt(i))) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0 && i - from <= LONGEST) {
      const word = lower.slice(from, i);
      if (NL.has(word)) nl++;
      if (EN.has(word)) en++;
    }
    from = -1;
  }
  if (nl === en) return undefined;
  return nl > en ? 'nl' : 'en';
}

/** Guesses whether a text is Dutch or English from its function words; `fallback` when unsure. */
export function detectLang(text: string, fallback: Lang = 'nl'): Lang {
  return langSignal(text) ?? fallback;
}
