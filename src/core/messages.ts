import type { Lang } from './reply.js';

/**
 * Every UI string the bot writes, Dutch first. Guideline content lives in `knowledge/`, not
 * here. `{name}` placeholders are filled by `t()`; never build sentences from fragments.
 */
export const messages = {
  'help.title': { nl: 'Richtlijnenbot: zo werkt het', en: 'Richtlijnenbot: how it works' },
  'help.body': {
    nl:
      'Ik help je met de social media richtlijnen van {org}.\n' +
      '- **Stel een vraag**, bijvoorbeeld: _mag ik een foto van een collega posten?_\n' +
      '- **check** _<je concept>_: ik kijk je bericht na voordat je het plaatst (alleen jij ziet het)\n' +
      '- **regel** _<1-8>_: lees een regel, **regels** voor het overzicht\n' +
      '- **tip**: een tip uit de richtlijnen\n' +
      '- **disclaimer** _<je naam>_: een disclaimer voor je persoonlijke blog\n' +
      '- **escaleer** _<link> <omschrijving>_: een online discussie loopt uit de hand (regel 7)\n' +
      '- **help**: dit overzicht',
    en:
      'I help you with the social media guidelines of {org}.\n' +
      '- **Ask a question**, for example: _may I post a photo of a colleague?_\n' +
      '- **check** _<your draft>_: I review your post before you publish it (only you see it)\n' +
      '- **rule** _<1-8>_: read a rule, **rules** for the overview\n' +
      '- **tip**: a tip from the guidelines\n' +
      '- **disclaimer** _<your name>_: a disclaimer for your personal blog\n' +
      '- **escalate** _<link> <description>_: an online discussion is getting out of hand (rule 7)\n' +
      '- **help**: this overview',
  },
  'answer.source': { nl: 'Uit de richtlijnen', en: 'From the guidelines, translated' },
  'answer.see-also': { nl: 'Zie ook', en: 'See also' },
  'answer.more': { nl: 'Lees {label}', en: 'Read {label}' },
  'fallback.title': { nl: 'Daar heb ik geen regel voor', en: 'I have no rule for that' },
  'fallback.body': {
    nl:
      'Ik kan in de social media richtlijnen niets vinden dat hier goed bij past. Bij twijfel: ' +
      'overleg met je leidinggevende of de verantwoordelijke afdeling (regel 8).',
    en:
      'I cannot find anything in the social media guidelines that fits this well. When in ' +
      'doubt: check with your manager or the responsible department (rule 8).',
  },
  'fallback.rephrase': {
    nl: 'Ging je vraag wel over social media? Probeer het met andere woorden, of typ **help**.',
    en: 'Was your question about social media? Try other words, or type **help**.',
  },
  'followup.help': { nl: 'Wat kan ik vragen?', en: 'What can I ask?' },
  'followup.rules': { nl: 'Alle regels', en: 'All rules' },
  'followup.tip': { nl: 'Nog een tip', en: 'Another tip' },
  'followup.check': { nl: 'Concept checken', en: 'Check a draft' },
  'rules.title': { nl: 'De richtlijnen in het kort', en: 'The guidelines in short' },
  'rule.unknown': {
    nl: 'Regel {number} bestaat niet. De richtlijnen hebben de regels {range}.',
    en: 'There is no rule {number}. The guidelines have rules {range}.',
  },
  'rule.missing-number': {
    nl: 'Welke regel wil je lezen? Typ bijvoorbeeld **regel 7**.',
    en: 'Which rule would you like to read? Type for example **rule 7**.',
  },
  'tip.title': { nl: 'Tip: bedenk dat…', en: 'Tip: remember…' },
  'disclaimer.title': { nl: 'Disclaimer voor je persoonlijke blog', en: 'Disclaimer for your personal blog' },
  'disclaimer.intro': {
    nl: 'Zet deze tekst op je persoonlijke blog of profiel als je daar over je werk schrijft:',
    en: 'Put this text on your personal blog or profile when you write about your work there:',
  },
  'disclaimer.copy': { nl: 'Kopieer deze tekst', en: 'Copy this text' },
  'disclaimer.name-placeholder': { nl: '(je naam)', en: '(your name)' },
  'disclaimer.no-name': {
    nl: 'Tip: typ **disclaimer** _<je naam>_ om je naam meteen in te vullen.',
    en: 'Tip: type **disclaimer** _<your name>_ to fill in your name straight away.',
  },
  'disclaimer.name-too-long': {
    nl: 'Die naam is te lang voor een disclaimer (hoogstens {max} tekens). Ik heb hem weggelaten.',
    en: 'That name is too long for a disclaimer (at most {max} characters). I left it out.',
  },
  'input.too-long': {
    nl: 'Je bericht is erg lang ({chars} tekens). Ik heb alleen de eerste {max} tekens gelezen.',
    en: 'Your message is very long ({chars} characters). I only read the first {max} characters.',
  },
  'check.title': { nl: 'Check van je concept', en: 'Check of your draft' },
  'check.groen': {
    nl: 'Groen: ik zie geen problemen met de richtlijnen. Plaats het gerust.',
    en: 'Green: I see no problems with the guidelines. Go ahead and post it.',
  },
  'check.oranje': {
    nl: 'Oranje: let op de punten hieronder voordat je dit plaatst.',
    en: 'Orange: mind the points below before you post this.',
  },
  'check.rood': {
    nl: 'Rood: plaats dit zo niet. Pas eerst de punten hieronder aan.',
    en: 'Red: do not post this as it is. Fix the points below first.',
  },
  'check.doubt': {
    nl: 'Twijfel je? Overleg met je leidinggevende of de verantwoordelijke afdeling (regel 8).',
    en: 'In doubt? Check with your manager or the responsible department (rule 8).',
  },
  'check.improved': { nl: 'Verbeterde versie om te kopiëren', en: 'Improved version to copy' },
  'check.improved-partial': {
    nl: 'In deze versie heb ik alleen aangepast wat vanzelf kan; de andere punten moet je zelf aanpassen.',
    en: 'This version only fixes what can be fixed mechanically; the other points are yours to change.',
  },
  'check.groen-note': {
    nl: '_Ik kijk naar de richtlijnen, niet naar spelling of toon. Alleen jij ziet deze check; ik bewaar je tekst niet._',
    en: '_I look at the guidelines, not at spelling or tone. Only you see this check; I do not keep your text._',
  },
  'check.private': {
    nl: '_Alleen jij ziet deze check; ik bewaar je tekst niet._',
    en: '_Only you see this check; I do not keep your text._',
  },
  'check.empty': {
    nl: 'Plak je concept achter **check**, bijvoorbeeld: **/socialmedia check** _Trots op ons team vandaag!_',
    en: 'Paste your draft after **check**, for example: **/socialmedia check** _Proud of our team today!_',
  },
  'check.truncated': {
    nl: 'Je concept is erg lang ({chars} tekens); ik heb de eerste {max} tekens gecheckt.',
    en: 'Your draft is very long ({chars} characters); I checked the first {max} characters.',
  },
  'check.how-to': {
    nl: 'Wil je dat ik je bericht check? Zet je tekst erachter: **/socialmedia mag ik dit posten?** _<je tekst>_',
    en: 'Want me to check your post? Put your text after it: **/socialmedia can I post this?** _<your text>_',
  },
  'slack.shared-by': { nl: 'Gedeeld door {user}', en: 'Shared by {user}' },
  'feedback.thanks-up': { nl: 'Bedankt, fijn dat je er iets aan had!', en: 'Thanks, glad it helped!' },
  'feedback.thanks-down': {
    nl: 'Bedankt voor je feedback. De communicatieafdeling kijkt ernaar. Twijfel je nog? Overleg met je leidinggevende (regel 8).',
    en: 'Thanks for your feedback. The communications department will look at it. Still in doubt? Check with your manager (rule 8).',
  },
  'home.title': { nl: 'Richtlijnenbot', en: 'Richtlijnenbot' },
  'home.rules': { nl: 'De regels', en: 'The rules' },
  'home.expand': { nl: 'Lees meer', en: 'Read more' },
  'home.fold': { nl: 'Inklappen', en: 'Fold' },
  'home.tip': { nl: 'Tip van vandaag', en: 'Tip of the day' },
  'home.disclaimer': { nl: 'Je persoonlijke disclaimer', en: 'Your personal disclaimer' },
  'teams.replied-privately': {
    nl: 'Ik heb je persoonlijk geantwoord, in je chat met mij: een concept laat ik niet aan anderen zien.',
    en: 'I replied to you privately, in your chat with me: I never show a draft to others.',
  },
  'welcome.title': { nl: 'Welkom bij Richtlijnenbot', en: 'Welcome to Richtlijnenbot' },
  'error.generic': {
    nl: 'Er ging iets mis aan mijn kant. Probeer het zo nog eens. Twijfel je over een bericht? Overleg met je leidinggevende (regel 8).',
    en: 'Something went wrong on my side. Please try again shortly. In doubt about a post? Check with your manager (rule 8).',
  },
  'followup.disclaimer': { nl: 'Disclaimer maken', en: 'Make a disclaimer' },
  'escalate.coming': {
    nl:
      'Escaleren via de bot kan nog niet. Loopt een discussie uit de hand? Neem direct contact op ' +
      'met de verantwoordelijke afdeling (regel 7).',
    en:
      'Escalating through the bot is not available yet. Is a discussion getting out of hand? ' +
      'Contact the responsible department straight away (rule 7).',
  },
  'terminal.banner': {
    nl:
      'Richtlijnenbot voor {org}, hier in de terminal. Slack of Teams koppelen: zet de sleutels in .env ' +
      '(zie .env.example en de README). Typ je vraag of "help"; Ctrl+D stopt.',
    en:
      'Richtlijnenbot for {org}, here in the terminal. To connect Slack or Teams, put the keys in .env ' +
      '(see .env.example and the README). Type your question or "help"; Ctrl+D quits.',
  },
  'terminal.emulator': {
    nl: 'De Bot Framework Emulator kan hier praten met de bot: {url}/api/messages (alleen vanaf deze machine).',
    en: 'The Bot Framework Emulator can talk to the bot here: {url}/api/messages (from this machine only).',
  },
  'terminal.follow-up': { nl: '→ {label} (typ: {command})', en: '→ {label} (type: {command})' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageId = keyof typeof messages;

/** The message in `lang` with `{placeholders}` filled in; unknown placeholders stay visible. */
export function t(id: MessageId, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return messages[id][lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
