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

/** The language a text shows by its function words; undefined when it shows none (or both equally). */
export function langSignal(text: string): Lang | undefined {
  let nl = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/[a-zà-ÿ']+/g) ?? []) {
    if (NL.has(word)) nl++;
    if (EN.has(word)) en++;
  }
  if (nl === en) return undefined;
  return nl > en ? 'nl' : 'en';
}

/** Guesses whether a text is Dutch or English from its function words; `fallback` when unsure. */
export function detectLang(text: string, fallback: Lang = 'nl'): Lang {
  return langSignal(text) ?? fallback;
}
