import { PhraseMatcher } from '../match/phrase-matcher.js';

/**
 * A member's role in the union, or the union's help, which makes the name beside it a member's:
 * "onze kaderman Jan Kuipers", "our shop steward Dennis", "Joyce is na onze hulp vast in dienst".
 * Kept out of the lexicon's lists on purpose: every list is also a cue of the learned check, and
 * these words say nothing without the name, which only this rule looks for.
 */
export const MEMBER_ROLE = new PhraseMatcher([
  'ons lid',
  'kaderlid',
  'kaderman',
  'kadervrouw',
  'na onze hulp',
  'met onze hulp',
  'dankzij onze hulp',
  'our member',
  'shop steward',
  'with our help',
  'thanks to our help',
]);
