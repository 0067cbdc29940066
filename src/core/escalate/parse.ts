import type { Departments } from '../knowledge/schema.js';
import { foldText } from '../answer/normalise.js';
import { MAX_DESCRIPTION, type Urgency } from './model.js';

/** A link as typed, or as Slack and Teams write it: "<https://…|label>", "<https://…>". */
const LINK = /<?(https?:\/\/[^\s<>|]{1,1000})(?:\|[^>]{0,200})?>?/i;
const URGENT_WORDS = /\b(urgent|spoed|dringend|nu meteen|asap|emergency|immediately)\b/i;
const HIGH_WORDS = /\b(snel|vandaag nog|escaleert|viral|pers|journalist|bedreig\w*|threat\w*)\b/i;

/** What "/socialmedia escaleer <link> <omschrijving>" says. */
export interface EscalateText {
  link: string | undefined;
  description: string;
  urgency: Urgency;
}

export function parseEscalateText(text: string): EscalateText {
  const match = LINK.exec(text);
  const link = match?.[1];
  const description = (match ? text.replace(match[0], ' ') : text).replace(/\s+/g, ' ').trim().slice(0, MAX_DESCRIPTION);
  const urgency: Urgency = URGENT_WORDS.test(text) ? 'urgent' : HIGH_WORDS.test(text) ? 'hoog' : 'normaal';
  return { link, description, urgency };
}

/** The category whose words occur most in a description; the last category ("overig") when none. */
export function guessCategory(description: string, departments: Departments): string {
  const words = new Set(foldText(description).split(' '));
  let best = departments.categories[departments.categories.length - 1]?.id ?? 'overig';
  let bestHits = 0;
  for (const category of departments.categories) {
    const hits = category.words.filter((w) =>
      foldText(w)
        .split(' ')
        .every((part) => words.has(part)),
    ).length;
    if (hits > bestHits) {
      best = category.id;
      bestHits = hits;
    }
  }
  return best;
}

/** The department that handles a category; the default department when none claims it. */
export function departmentFor(category: string, departments: Departments): string {
  return departments.departments.find((d) => d.categories.includes(category))?.id ?? departments.default;
}
