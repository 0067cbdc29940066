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
  'tip.title': { nl: 'Tip van de dag', en: 'Tip of the day' },
  'tip.more': { nl: 'Meer over deze regel', en: 'More about this rule' },
  'tip.subscribed': {
    nl: 'Dit kanaal krijgt vanaf nu elke werkdag een tip uit de richtlijnen. Stoppen: **dagtip uit**.',
    en: 'From now on this channel gets a tip from the guidelines every working day. To stop: **dagtip uit**.',
  },
  'tip.not-here': {
    nl: 'Een dagelijkse tip kan in een Slack- of Teams-kanaal. Hier kun je wel **tip** typen.',
    en: 'A daily tip works in a Slack or Teams channel. Here you can type **tip**.',
  },
  'tip.unsubscribed': { nl: 'Dit kanaal krijgt geen dagelijkse tip meer.', en: 'This channel no longer gets a daily tip.' },
  'tip.subscribe-personal': {
    nl: 'Een dagelijkse tip zet je aan in een kanaal, niet in een persoonlijke chat. Wil je nu een tip? Typ **tip**.',
    en: 'Turn the daily tip on in a channel, not in a personal chat. Want a tip now? Type **tip**.',
  },
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
    nl: 'Groen: ik heb geen punten gevonden. Dat is geen goedkeuring: je blijft zelf verantwoordelijk voor wat je plaatst.',
    en: 'Green: I found no points. That is not an approval: you remain responsible for what you post.',
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
  'esc.confirm.title': { nl: 'Gemeld: {ref}', en: 'Reported: {ref}' },
  'esc.confirm.body': {
    nl:
      'Dank je. **{department}** krijgt je melding nu te zien en spreekt een aanpak af (regel 7). ' +
      'Je hoort van mij zodra iemand hem oppakt. Reageer tot die tijd liever niet verder in de discussie.',
    en:
      'Thank you. **{department}** sees your report now and will agree on an approach (rule 7). ' +
      'I will tell you as soon as someone picks it up. Until then, better not reply further in the discussion.',
  },
  'esc.confirm.no-channel': {
    nl:
      'Let op: voor **{department}** is nog geen kanaal gekoppeld. Ik heb je melding bewaard en stuur hem door zodra dat er is, ' +
      'maar neem nu zelf direct contact op met de afdeling (regel 7).',
    en:
      'Note: **{department}** has no channel yet. I kept your report and will pass it on as soon as there is one, ' +
      'but please contact the department yourself right now (rule 7).',
  },
  'esc.usage': {
    nl: 'Meld een ontsporende discussie met **escaleer** _<link> <wat er aan de hand is>_, bijvoorbeeld: **escaleer** _https://x.com/… boze reacties op onze post over de staking_',
    en: 'Report a derailing discussion with **escalate** _<link> <what is going on>_, for example: **escalate** _https://x.com/… angry replies to our post about the strike_',
  },
  'esc.card.title': { nl: 'Escalatie {ref}: {category}', en: 'Escalation {ref}: {category}' },
  'esc.card.reminder': {
    nl: '⏰ Herinnering: deze escalatie wacht al {minutes} minuten op iemand.',
    en: '⏰ Reminder: this escalation has been waiting for {minutes} minutes.',
  },
  'esc.card.backup': {
    nl: 'Doorgestuurd als achtervang voor {department}: daar heeft nog niemand hem opgepakt.',
    en: 'Passed on as backup for {department}: nobody there has picked it up yet.',
  },
  'esc.field.reporter': { nl: 'Gemeld door', en: 'Reported by' },
  'esc.field.when': { nl: 'Wanneer', en: 'When' },
  'esc.field.link': { nl: 'Discussie', en: 'Discussion' },
  'esc.field.category': { nl: 'Categorie', en: 'Category' },
  'esc.field.urgency': { nl: 'Urgentie', en: 'Urgency' },
  'esc.field.status': { nl: 'Status', en: 'Status' },
  'esc.field.outcome': { nl: 'Uitkomst', en: 'Outcome' },
  'esc.field.description': { nl: 'Omschrijving', en: 'Description' },
  'esc.no-link': { nl: '(geen link)', en: '(no link)' },
  'esc.someone': { nl: 'iemand', en: 'someone' },
  'esc.status.open': { nl: 'Open: nog niemand heeft dit opgepakt', en: 'Open: nobody has picked this up yet' },
  'esc.status.claimed': { nl: 'Opgepakt door {name} ({at})', en: 'Picked up by {name} ({at})' },
  'esc.status.resolved': { nl: 'Afgehandeld door {name} ({at})', en: 'Resolved by {name} ({at})' },
  'esc.urgency.normaal': { nl: 'Normaal', en: 'Normal' },
  'esc.urgency.hoog': { nl: 'Hoog', en: 'High' },
  'esc.urgency.urgent': { nl: 'Urgent', en: 'Urgent' },
  'esc.button.claim': { nl: 'Ik pak dit op', en: 'I will take this' },
  'esc.button.unclaim': { nl: 'Loslaten', en: 'Release' },
  'esc.button.resolve': { nl: 'Afgehandeld', en: 'Resolved' },
  'esc.button.reopen': { nl: 'Heropenen', en: 'Reopen' },
  'esc.outcome.label': { nl: 'Hoe is het afgehandeld? (kort)', en: 'How was it resolved? (briefly)' },
  'esc.done.claim': { nl: 'Je hebt {ref} opgepakt. De melder weet het.', en: 'You picked up {ref}. The reporter has been told.' },
  'esc.done.unclaim': { nl: 'Je hebt {ref} losgelaten; hij staat weer open.', en: 'You released {ref}; it is open again.' },
  'esc.done.resolve': { nl: '{ref} is afgehandeld. De melder weet het.', en: '{ref} is resolved. The reporter has been told.' },
  'esc.done.reopen': { nl: '{ref} is heropend.', en: '{ref} has been reopened.' },
  'esc.already-claimed': { nl: '{name} was je voor: {ref} is al opgepakt.', en: '{name} was first: {ref} has already been picked up.' },
  'esc.wrong-state': { nl: 'Dat kan nu niet: {ref} is {status}.', en: 'That is not possible now: {ref} is {status}.' },
  'esc.state-word.open': { nl: 'open', en: 'open' },
  'esc.state-word.claimed': { nl: 'al opgepakt', en: 'already picked up' },
  'esc.state-word.resolved': { nl: 'al afgehandeld', en: 'already resolved' },
  'esc.not-found': { nl: 'Ik ken geen escalatie {ref}.', en: 'I know no escalation {ref}.' },
  'esc.not-member': {
    nl: 'Sorry, alleen leden van het kanaal van {department} kunnen deze escalatie aanpassen.',
    en: 'Sorry, only members of the {department} channel can change this escalation.',
  },
  'esc.notice.claimed': { nl: 'Je melding {ref} is opgepakt door {name} ({department}).', en: 'Your report {ref} was picked up by {name} ({department}).' },
  'esc.notice.unclaimed': { nl: 'Je melding {ref} is weer vrijgegeven; {department} pakt hem opnieuw op.', en: 'Your report {ref} was released; {department} will pick it up again.' },
  'esc.notice.resolved': { nl: 'Je melding {ref} is afgehandeld door {department}. Uitkomst: {outcome}', en: 'Your report {ref} was resolved by {department}. Outcome: {outcome}' },
  'esc.notice.reopened': { nl: 'Je melding {ref} is heropend door {department}.', en: 'Your report {ref} was reopened by {department}.' },
  'esc.list.title': { nl: 'Open escalaties van {department}', en: 'Open escalations of {department}' },
  'esc.list.empty': { nl: 'Er staat niets open. 🎉', en: 'Nothing is open. 🎉' },
  'esc.list.line': { nl: '**{ref}** ({urgency}) {category}: {status}, sinds {at}', en: '**{ref}** ({urgency}) {category}: {status}, since {at}' },
  'esc.not-department': {
    nl: 'Dit kanaal is niet gekoppeld aan een afdeling. Een afdeling koppelt haar kanaal met **afdeling koppel** _<afdeling>_ ({departments}).',
    en: 'This channel is not bound to a department. A department binds its channel with **afdeling koppel** _<department>_ ({departments}).',
  },
  'esc.bound': {
    nl: 'Dit kanaal ontvangt vanaf nu de escalaties van **{department}**.',
    en: 'From now on this channel receives the escalations of **{department}**.',
  },
  'esc.bind-unknown': {
    nl: 'Die afdeling ken ik niet. Kies uit: {departments}.',
    en: 'I do not know that department. Choose from: {departments}.',
  },
  'esc.bind-personal': {
    nl: 'Koppel een afdeling in haar eigen kanaal, niet in een persoonlijke chat.',
    en: 'Bind a department in its own channel, not in a personal chat.',
  },
  'slack.escalate.title': { nl: 'Escaleer discussie', en: 'Escalate discussion' },
  'slack.escalate.submit': { nl: 'Melden', en: 'Report' },
  'slack.escalate.intro': {
    nl: 'Loopt een online discussie uit de hand? De verantwoordelijke afdeling krijgt je melding meteen (regel 7).',
    en: 'Is an online discussion getting out of hand? The responsible department gets your report at once (rule 7).',
  },
  'slack.escalate.placeholder': { nl: 'Wat is er aan de hand?', en: 'What is going on?' },
  'slack.send': { nl: 'Versturen', en: 'Send' },
  'slack.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'stats.title': { nl: 'Social media in cijfers: {from} – {to}', en: 'Social media in figures: {from} – {to}' },
  'stats.questions': { nl: 'Vragen', en: 'Questions' },
  'stats.questions-value': { nl: '{n} gesteld, {answered} beantwoord ({pct})', en: '{n} asked, {answered} answered ({pct})' },
  'stats.checks': { nl: 'Concepten gecheckt', en: 'Drafts checked' },
  'stats.findings': { nl: 'Meest gevonden', en: 'Most found' },
  'stats.escalations': { nl: 'Escalaties', en: 'Escalations' },
  'stats.escalations-value': {
    nl: '{n} gemeld · mediaan tot oppakken {claim} · tot afgehandeld {resolve}',
    en: '{n} reported · median to pick up {claim} · to resolve {resolve}',
  },
  'stats.stale': { nl: 'Langer dan een dag open', en: 'Open for more than a day' },
  'stats.unhelpful': { nl: 'Minst behulpzaam (👎)', en: 'Least helpful (👎)' },
  'stats.unanswered': { nl: 'Vragen waar de richtlijnen geen antwoord op hadden', en: 'Questions the guidelines had no answer for' },
  'stats.unanswered-none': { nl: 'Elke vraag vond een antwoord in de richtlijnen.', en: 'Every question found an answer in the guidelines.' },
  'stats.make-example': { nl: 'Vraag {n} als voorbeeld', en: 'Question {n} as an example' },
  'stats.refused': {
    nl: 'Cijfers en exports zijn voor de afdeling die de richtlijnen beheert: vraag ze op in het kanaal van een afdeling (zie **afdeling koppel**).',
    en: 'Figures and exports are for the department that owns the guidelines: ask for them in a department channel (see **afdeling koppel**).',
  },
  'stats.export-ready': { nl: 'De export van de afgelopen {days} dagen staat hierboven: {file}.', en: 'The export of the last {days} days is above: {file}.' },
  'suggest.title': { nl: 'Voorstel voor de kennisbank', en: 'Suggestion for the knowledge base' },
  'suggest.body': {
    nl: 'Deze vraag lijkt het meest op **{label}**. Plak dit onder `examples.{lang}` in `knowledge/items/{item}.yaml` en controleer met `npm run knowledge:check`:',
    en: 'This question is closest to **{label}**. Paste this under `examples.{lang}` in `knowledge/items/{item}.yaml` and check with `npm run knowledge:check`:',
  },
  'suggest.none': {
    nl: 'Deze vraag lijkt op geen enkele regel. Hoort hij bij de richtlijnen, maak dan een nieuw item (zie knowledge/README.md).',
    en: 'This question resembles no rule. If it belongs in the guidelines, add a new item (see knowledge/README.md).',
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
  'smalltalk.hello': {
    nl:
      'Hoi! Ik ben Richtlijnenbot. Ik beantwoord vragen over de social media richtlijnen van {org} ' +
      'en check je bericht voordat je het plaatst. Vraag bijvoorbeeld: _mag ik een foto van een collega posten?_ ' +
      'of typ **check** _<je tekst>_.',
    en:
      'Hi! I am Richtlijnenbot. I answer questions about the social media guidelines of {org} ' +
      'and check your post before you publish it. Ask for example: _may I post a photo of a colleague?_ ' +
      'or type **check** _<your text>_.',
  },
  'smalltalk.thanks': {
    nl: 'Graag gedaan! Heb je nog een vraag over social media, of wil je een bericht laten checken? Vraag maar.',
    en: 'You are welcome! Any other question about social media, or a post you would like me to check? Just ask.',
  },
  'smalltalk.bye': {
    nl: 'Tot ziens! Je kunt me altijd weer een vraag stellen of een bericht laten checken.',
    en: 'Bye! You can always come back with a question or a post to check.',
  },
  'donts.title': { nl: 'Wat je niet post', en: 'What not to post' },
  'donts.intro': {
    nl: 'Dit zijn de dingen die de richtlijnen afraden, met de regel erbij. Twijfel je? Laat je bericht checken met **check** _<je tekst>_.',
    en: 'These are the things the guidelines advise against, with their rule. In doubt? Have your post checked with **check** _<your text>_.',
  },
  'donts.line': { nl: '- {dont} ({rule})', en: '- {dont} ({rule})' },
  'check.checked': {
    nl: 'Ik heb gekeken naar: {checked}.',
    en: 'I looked at: {checked}.',
  },
  'check.no-safe-version': {
    nl: 'Een veilige versie kan ik hier niet van maken: wat het probleem is, is de kern van je bericht. Laat het weg of overleg eerst.',
    en: 'I cannot make a safe version of this: the problem is the heart of your post. Leave it out or ask first.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type MessageId = keyof typeof messages;

/** The message in `lang` with `{placeholders}` filled in; unknown placeholders stay visible. */
export function t(id: MessageId, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return messages[id][lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
