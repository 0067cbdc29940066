import { nlAccess } from './nl-access.js';
import { nlEscalate } from './nl-escalate.js';

/**
 * Every UI string the bot writes, in Dutch: the first language, whose ids the English must match.
 * Guideline content lives in `knowledge/`, not here. `{name}` placeholders are filled by `t()`;
 * `{cmd:check}` names a command, which each surface writes its own way (see `core/text.ts`).
 * Who may do what (refusals, the console's link) is in `nl-access.ts`, escalations in
 * `nl-escalate.ts`, both spread in first.
 */
export const nl = {
  ...nlAccess,
  ...nlEscalate,
  'help.title': 'Richtlijnenbot: zo werkt het',
  'help.body':
    'Ik help je met de socialemediarichtlijnen van {org}.\n' +
    '- **Stel een vraag**, bijvoorbeeld: _mag ik een foto van een collega posten?_\n' +
    '- {cmd:check} _<je concept>_: ik kijk je bericht na voordat je het plaatst (alleen jij ziet ' +
    'het)\n' +
    '- {cmd:regel} _<1-8>_: lees een regel; {cmd:regels} geeft het overzicht\n' +
    '- {cmd:tip}: een tip uit de richtlijnen\n' +
    '- {cmd:disclaimer} _<je naam>_: een disclaimer voor je persoonlijke blog\n' +
    '- {cmd:escaleer} _<link> <omschrijving>_: een online discussie loopt uit de hand (regel 7)\n' +
    '- {cmd:taal en}: voortaan antwoorden in het Engels (_answers in English_)\n' +
    '- {cmd:help}: dit overzicht',
  'answer.source': 'Uit de richtlijnen',
  'answer.see-also': 'Zie ook',
  'answer.more': 'Meer over {topic}',
  'fallback.title': 'Daar heb ik geen regel voor',
  'fallback.body':
    'Ik kan in de socialemediarichtlijnen niets vinden dat hier goed bij past. Bij twijfel: ' +
    'overleg met je leidinggevende of de verantwoordelijke afdeling (regel 8).',
  'fallback.rephrase': 'Ging je vraag wel over social media? Probeer het met andere woorden, of typ {cmd:help}.',
  'followup.help': 'Wat kan ik vragen?',
  'followup.rules': 'Alle regels',
  'followup.tip': 'Nog een tip',
  'followup.check': 'Concept checken',
  'rules.title': 'De richtlijnen in het kort',
  'rule.unknown': 'Regel {number} bestaat niet. De richtlijnen hebben de regels {range}.',
  'rule.missing-number': 'Welke regel wil je lezen? Typ bijvoorbeeld {cmd:regel 7}.',
  'tip.title': 'Tip van de dag',
  'tip.subscribed': 'Dit kanaal krijgt vanaf nu elke werkdag een tip uit de richtlijnen. Stoppen: ' + '{cmd:dagtip uit}.',
  'tip.not-here': 'Een dagelijkse tip kan in een Slack- of Teams-kanaal. Hier kun je wel een tip vragen met ' + '{cmd:tip}.',
  'tip.unsubscribed': 'Dit kanaal krijgt geen dagelijkse tip meer.',
  'tip.subscribe-personal': 'Een dagelijkse tip zet je aan in een kanaal, niet in een persoonlijke chat. Wil je nu een ' + 'tip? Typ {cmd:tip}.',
  'disclaimer.title': 'Disclaimer voor je persoonlijke blog',
  'disclaimer.intro': 'Zet deze tekst op je persoonlijke blog of profiel als je daar over je werk schrijft:',
  'disclaimer.copy': 'Kopieer deze tekst',
  'disclaimer.name-placeholder': '(je naam)',
  'disclaimer.no-name': 'Tip: typ {cmd:disclaimer} _<je naam>_ om je naam meteen in te vullen.',
  'disclaimer.name-too-long': 'Die naam is te lang voor een disclaimer (hoogstens {max} tekens). Ik heb hem weggelaten.',
  'input.too-long': 'Je bericht is erg lang ({chars} tekens). Ik heb alleen de eerste {max} tekens gelezen.',
  'reply.shortened': '… (ingekort)',
  'check.title': 'Check van je concept',
  'check.groen': 'Groen: ik heb geen punten gevonden. Dat is geen goedkeuring: je blijft zelf verantwoordelijk voor ' + 'wat je plaatst.',
  'check.oranje': 'Oranje: let op de punten hieronder voordat je dit plaatst.',
  'check.rood': 'Rood: plaats dit zo niet. Pas eerst de punten hieronder aan.',
  'check.doubt': 'Twijfel je? Overleg met je leidinggevende of de verantwoordelijke afdeling (regel 8).',
  'check.improved': 'Verbeterde versie om te kopiëren',
  'check.improved-partial': 'In deze versie heb ik alleen aangepast wat vanzelf kan; de andere punten moet je zelf ' + 'aanpassen.',
  'check.groen-note': '_Ik kijk naar de richtlijnen, niet naar spelling of toon. Alleen jij ziet deze check; ik ' + 'bewaar je tekst niet._',
  'check.private': '_Alleen jij ziet deze check; ik bewaar je tekst niet._',
  'check.empty': 'Zet je concept achter {cmd:check}, bijvoorbeeld: {cmd:check} _Trots op ons team vandaag!_',
  'check.truncated': 'Je concept is erg lang ({chars} tekens); ik heb de eerste {max} tekens gecheckt.',
  'check.how-to': 'Wil je dat ik je bericht nakijk? Typ {cmd:check} met je tekst erachter: {cmd:check} ' + '_<je tekst>_',
  'finding.rule': 'Regel',
  'finding.fix': 'Oplossing',
  'share.shared-by': 'Gedeeld door {user}',
  'share.shared-by-label': 'Gedeeld door',
  'share.button': 'Deel in kanaal',
  'share.done': 'Gedeeld.',
  'share.not-member': 'Je kunt alleen delen in een kanaal of chat waar je zelf in zit.',
  'feedback.thanks-up': 'Bedankt, fijn dat je er iets aan had!',
  'feedback.thanks-down': 'Bedankt voor je feedback. De communicatieafdeling kijkt ernaar. Twijfel je nog? Overleg met ' + 'je leidinggevende (regel 8).',
  'feedback.prompt': 'Had je hier iets aan?',
  'feedback.up': 'Ja, dit hielp',
  'feedback.down': 'Nee, dit hielp niet',
  'home.title': 'Richtlijnenbot',
  'home.rules': 'De regels',
  'home.expand': 'Lees meer',
  'home.fold': 'Inklappen',
  'home.tip': 'Tip van vandaag',
  'home.disclaimer': 'Je persoonlijke disclaimer',
  'teams.replied-privately': 'Ik heb je persoonlijk geantwoord, in je chat met mij: een concept laat ik niet aan anderen ' + 'zien.',
  'teams.replied-privately-other': 'Ik heb je persoonlijk geantwoord, in je chat met mij.',
  'welcome.title': 'Welkom bij Richtlijnenbot',
  'error.generic': 'Er ging iets mis aan mijn kant. Probeer het zo nog eens. Twijfel je over een bericht? ' + 'Overleg met je leidinggevende (regel 8).',
  'share.refused': 'Dat kan ik niet delen: alleen een antwoord, een regel, een tip of het overzicht uit de ' + 'richtlijnen.',
  'slack.send': 'Versturen',
  'slack.cancel': 'Annuleren',
  'stats.title': 'Social media in cijfers: {from} – {to}',
  'stats.questions': 'Vragen',
  'stats.questions-value': '{n} gesteld, {answered} beantwoord ({pct})',
  'stats.checks': 'Concepten gecheckt',
  'stats.findings': 'Meest gevonden',
  'stats.escalations': 'Escalaties',
  'stats.escalations-value': '{n} gemeld · mediaan tot oppakken {claim} · tot afgehandeld {resolve}',
  'stats.stale': 'Langer dan een dag open',
  'stats.unhelpful': 'Minst behulpzaam (👎)',
  'stats.unanswered': 'Vragen waar de richtlijnen geen antwoord op hadden',
  'stats.unanswered-none': 'Elke vraag vond een antwoord in de richtlijnen.',
  'stats.make-example': 'Vraag {n} als voorbeeld',
  'stats.refused':
    'Cijfers en exports zijn voor de afdeling die de richtlijnen beheert: vraag ze op in het ' + 'kanaal van een afdeling (zie {cmd:afdeling koppel}).',
  'stats.export-ready': 'De export van de afgelopen {days} dagen staat hierboven: {file}.',
  'suggest.title': 'Voorstel voor de kennisbank',
  'suggest.body':
    'Deze vraag lijkt het meest op **{label}**. Zet dit onder "examples: {lang}" in ' +
    'knowledge/items/{item}.yaml en controleer het met npm run knowledge:check:',
  'suggest.none': 'Deze vraag lijkt op geen enkele regel. Hoort hij bij de richtlijnen, maak dan een nieuw ' + 'item (zie knowledge/README.md).',
  'followup.disclaimer': 'Disclaimer maken',
  'escalate.coming':
    'Escaleren via de bot kan hier niet. Loopt een discussie uit de hand? Neem direct contact op ' + 'met de verantwoordelijke afdeling (regel 7).',
  'terminal.banner': 'Richtlijnenbot voor {org}, hier in de terminal. Typ je vraag of help; exit of Ctrl+D stopt. Slack ' + 'of Teams koppelen: zie de README.',
  'terminal.emulator': 'Teams-emulator (alleen vanaf deze machine): {url}/api/messages',
  'terminal.follow-up': '→ {label} (typ: {command})',
  'contact.line': 'Bereik {department} via {ways}.',
  'lang.set': 'Afgesproken: ik antwoord je voortaan in het Nederlands. Stel je een vraag in het Engels, dan ' + 'krijg je een Engels antwoord.',
  'lang.usage': 'Ik antwoord in de taal van je vraag. Zonder vraag kies je met {cmd:taal nl} voor ' + 'Nederlands of {cmd:taal en} voor Engels.',
  'smalltalk.hello':
    'Hoi! Ik ben Richtlijnenbot. Ik beantwoord vragen over de socialemediarichtlijnen van {org} ' +
    'en check je bericht voordat je het plaatst. Vraag bijvoorbeeld: _mag ik een foto van een collega ' +
    'posten?_ of typ {cmd:check} _<je tekst>_.',
  'smalltalk.thanks': 'Graag gedaan! Heb je nog een vraag over social media, of wil je een bericht laten checken? Vraag maar.',
  'smalltalk.bye': 'Tot ziens! Je kunt me altijd weer een vraag stellen of een bericht laten checken.',
  'donts.title': 'Wat je niet post',
  'donts.intro': 'Dit zijn de dingen die de richtlijnen afraden, met de regel erbij. Twijfel je? Laat je bericht ' + 'checken met {cmd:check} _<je tekst>_.',
  'donts.line': '- {dont} ({rule})',
  'check.checked': 'Ik heb gekeken naar: {checked}.',
  'check.no-safe-version': 'Een veilige versie kan ik hier niet van maken: wat het probleem is, is de kern van je bericht. ' + 'Laat het weg of overleg eerst.',
} as const satisfies Record<string, string>;

/** The id of a UI string, as `t()` takes it. */
export type MessageId = keyof typeof nl;
