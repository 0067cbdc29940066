/**
 * Every UI string the bot writes, in Dutch: the first language, whose ids the English must match.
 * Guideline content lives in `knowledge/`, not here. `{name}` placeholders are filled by `t()`;
 * `{cmd:check}` names a command, which each surface writes its own way (see `core/text.ts`).
 */
export const nl = {
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
  'fallback.rephrase':
    'Ging je vraag wel over social media? Probeer het met andere woorden, of typ {cmd:help}.',
  'followup.help': 'Wat kan ik vragen?',
  'followup.rules': 'Alle regels',
  'followup.tip': 'Nog een tip',
  'followup.check': 'Concept checken',
  'rules.title': 'De richtlijnen in het kort',
  'rule.unknown': 'Regel {number} bestaat niet. De richtlijnen hebben de regels {range}.',
  'rule.missing-number': 'Welke regel wil je lezen? Typ bijvoorbeeld {cmd:regel 7}.',
  'tip.title': 'Tip van de dag',
  'tip.subscribed':
    'Dit kanaal krijgt vanaf nu elke werkdag een tip uit de richtlijnen. Stoppen: ' +
    '{cmd:dagtip uit}.',
  'tip.not-here':
    'Een dagelijkse tip kan in een Slack- of Teams-kanaal. Hier kun je wel een tip vragen met ' +
    '{cmd:tip}.',
  'tip.unsubscribed': 'Dit kanaal krijgt geen dagelijkse tip meer.',
  'tip.subscribe-personal':
    'Een dagelijkse tip zet je aan in een kanaal, niet in een persoonlijke chat. Wil je nu een ' +
    'tip? Typ {cmd:tip}.',
  'disclaimer.title': 'Disclaimer voor je persoonlijke blog',
  'disclaimer.intro':
    'Zet deze tekst op je persoonlijke blog of profiel als je daar over je werk schrijft:',
  'disclaimer.copy': 'Kopieer deze tekst',
  'disclaimer.name-placeholder': '(je naam)',
  'disclaimer.no-name': 'Tip: typ {cmd:disclaimer} _<je naam>_ om je naam meteen in te vullen.',
  'disclaimer.name-too-long':
    'Die naam is te lang voor een disclaimer (hoogstens {max} tekens). Ik heb hem weggelaten.',
  'input.too-long':
    'Je bericht is erg lang ({chars} tekens). Ik heb alleen de eerste {max} tekens gelezen.',
  'reply.shortened': '… (ingekort)',
  'check.title': 'Check van je concept',
  'check.groen': 'Groen: ik zie geen problemen met de richtlijnen. Plaats het gerust.',
  'check.oranje': 'Oranje: let op de punten hieronder voordat je dit plaatst.',
  'check.rood': 'Rood: plaats dit zo niet. Pas eerst de punten hieronder aan.',
  'check.doubt':
    'Twijfel je? Overleg met je leidinggevende of de verantwoordelijke afdeling (regel 8).',
  'check.improved': 'Verbeterde versie om te kopiëren',
  'check.improved-partial':
    'In deze versie heb ik alleen aangepast wat vanzelf kan; de andere punten moet je zelf ' +
    'aanpassen.',
  'check.groen-note':
    '_Ik kijk naar de richtlijnen, niet naar spelling of toon. Alleen jij ziet deze check; ik ' +
    'bewaar je tekst niet._',
  'check.private': '_Alleen jij ziet deze check; ik bewaar je tekst niet._',
  'check.empty':
    'Zet je concept achter {cmd:check}, bijvoorbeeld: {cmd:check} _Trots op ons team vandaag!_',
  'check.truncated':
    'Je concept is erg lang ({chars} tekens); ik heb de eerste {max} tekens gecheckt.',
  'check.how-to':
    'Wil je dat ik je bericht nakijk? Typ {cmd:check} met je tekst erachter: {cmd:check} ' +
    '_<je tekst>_',
  'finding.rule': 'Regel',
  'finding.fix': 'Oplossing',
  'slack.shared-by': 'Gedeeld door {user}',
  'slack.share': 'Deel in kanaal',
  'feedback.thanks-up': 'Bedankt, fijn dat je er iets aan had!',
  'feedback.thanks-down':
    'Bedankt voor je feedback. De communicatieafdeling kijkt ernaar. Twijfel je nog? Overleg met ' +
    'je leidinggevende (regel 8).',
  'feedback.prompt': 'Had je hier iets aan?',
  'feedback.up': 'Ja, dit hielp',
  'feedback.down': 'Nee, dit hielp niet',
  'home.title': 'Richtlijnenbot',
  'home.rules': 'De regels',
  'home.expand': 'Lees meer',
  'home.fold': 'Inklappen',
  'home.tip': 'Tip van vandaag',
  'home.disclaimer': 'Je persoonlijke disclaimer',
  'teams.replied-privately':
    'Ik heb je persoonlijk geantwoord, in je chat met mij: een concept laat ik niet aan anderen ' +
    'zien.',
  'teams.replied-privately-other': 'Ik heb je persoonlijk geantwoord, in je chat met mij.',
  'welcome.title': 'Welkom bij Richtlijnenbot',
  'error.generic':
    'Er ging iets mis aan mijn kant. Probeer het zo nog eens. Twijfel je over een bericht? ' +
    'Overleg met je leidinggevende (regel 8).',
  'esc.confirm.title': 'Gemeld: {ref}',
  'esc.confirm.body':
    'Dank je. **{department}** krijgt je melding nu te zien en spreekt een aanpak af (regel 7). ' +
    'Je hoort van mij zodra iemand hem oppakt. Reageer tot die tijd liever niet verder in de ' +
    'discussie.',
  'esc.confirm.no-channel':
    'Let op: voor **{department}** is nog geen kanaal gekoppeld. Ik heb je melding bewaard en ' +
    'stuur hem door zodra dat er is, maar neem nu zelf direct contact op met de afdeling (regel ' +
    '7).',
  'esc.usage':
    'Meld een ontsporende discussie met {cmd:escaleer} _<link> <wat er aan de hand is>_, ' +
    'bijvoorbeeld: {cmd:escaleer} _https://x.com/… boze reacties op onze post over de staking_',
  'esc.card.title': 'Escalatie {ref}: {category}',
  'esc.card.reminder': '⏰ Herinnering: deze escalatie wacht al {minutes} minuten op iemand.',
  'esc.card.backup':
    'Doorgestuurd als achtervang voor {department}: daar heeft nog niemand hem opgepakt.',
  'esc.field.reporter': 'Gemeld door',
  'esc.field.when': 'Wanneer',
  'esc.field.link': 'Discussie',
  'esc.field.category': 'Categorie',
  'esc.field.urgency': 'Urgentie',
  'esc.field.status': 'Status',
  'esc.field.outcome': 'Uitkomst',
  'esc.field.description': 'Omschrijving',
  'esc.no-link': '(geen link)',
  'esc.someone': 'iemand',
  'esc.status.open': 'Open: nog niemand heeft dit opgepakt',
  'esc.status.claimed': 'Opgepakt door {name} ({at})',
  'esc.status.resolved': 'Afgehandeld door {name} ({at})',
  'esc.urgency.normaal': 'Normaal',
  'esc.urgency.hoog': 'Hoog',
  'esc.urgency.urgent': 'Urgent',
  'esc.button.claim': 'Ik pak dit op',
  'esc.button.unclaim': 'Loslaten',
  'esc.button.resolve': 'Afgehandeld',
  'esc.button.reopen': 'Heropenen',
  'esc.outcome.label': 'Hoe is het afgehandeld? (kort)',
  'esc.done.claim': 'Je hebt {ref} opgepakt. De melder weet het.',
  'esc.done.unclaim': 'Je hebt {ref} losgelaten; hij staat weer open.',
  'esc.done.resolve': '{ref} is afgehandeld. De melder weet het.',
  'esc.done.reopen': '{ref} is heropend.',
  'esc.already-claimed': '{name} was je voor: {ref} is al opgepakt.',
  'esc.wrong-state': 'Dat kan nu niet: {ref} is {status}.',
  'esc.state-word.open': 'open',
  'esc.state-word.claimed': 'al opgepakt',
  'esc.state-word.resolved': 'al afgehandeld',
  'esc.not-found': 'Ik ken geen escalatie {ref}.',
  'esc.not-member':
    'Sorry, alleen leden van het kanaal van {department} kunnen deze escalatie aanpassen.',
  'esc.notice.claimed': 'Je melding {ref} is opgepakt door {name} ({department}).',
  'esc.notice.unclaimed': 'Je melding {ref} is weer vrijgegeven; {department} pakt hem opnieuw op.',
  'esc.notice.resolved': 'Je melding {ref} is afgehandeld door {department}. Uitkomst: {outcome}',
  'esc.notice.resolved-plain': 'Je melding {ref} is afgehandeld door {department}.',
  'esc.notice.reopened': 'Je melding {ref} is heropend door {department}.',
  'esc.list.title': 'Open escalaties van {department}',
  'esc.list.empty': 'Er staat niets open. 🎉',
  'esc.list.line': '**{ref}** ({urgency}) {category}: {status}, sinds {at}',
  'esc.not-department':
    'Dit kanaal is niet gekoppeld aan een afdeling. Een afdeling koppelt haar kanaal met ' +
    '{cmd:afdeling koppel} _<afdeling>_ ({departments}).',
  'esc.bound': 'Dit kanaal ontvangt vanaf nu de escalaties van **{department}**.',
  'esc.bind-unknown': 'Die afdeling ken ik niet. Kies uit: {departments}.',
  'esc.bind-personal': 'Koppel een afdeling in haar eigen kanaal, niet in een persoonlijke chat.',
  'esc.form.title': 'Escaleer discussie',
  'esc.form.submit': 'Melden',
  'esc.form.intro':
    'Loopt een online discussie uit de hand? De verantwoordelijke afdeling krijgt je melding ' +
    'meteen (regel 7).',
  'esc.form.placeholder': 'Wat is er aan de hand?',
  'slack.send': 'Versturen',
  'slack.cancel': 'Annuleren',
  'stats.title': 'Social media in cijfers: {from} – {to}',
  'stats.questions': 'Vragen',
  'stats.questions-value': '{n} gesteld, {answered} beantwoord ({pct})',
  'stats.checks': 'Concepten gecheckt',
  'stats.findings': 'Meest gevonden',
  'stats.escalations': 'Escalaties',
  'stats.escalations-value':
    '{n} gemeld · mediaan tot oppakken {claim} · tot afgehandeld {resolve}',
  'stats.stale': 'Langer dan een dag open',
  'stats.unhelpful': 'Minst behulpzaam (👎)',
  'stats.unanswered': 'Vragen waar de richtlijnen geen antwoord op hadden',
  'stats.unanswered-none': 'Elke vraag vond een antwoord in de richtlijnen.',
  'stats.make-example': 'Vraag {n} als voorbeeld',
  'console.refused':
    'De webconsole is voor de communicatieafdeling en de afdelingen die escalaties afhandelen. ' +
    'Hoor je daarbij? Vraag dan of je in het kanaal van je afdeling wordt gezet.',
  'console.unavailable.no-server':
    'De webconsole draait niet: de HTTP-server van de bot kon niet starten (is de poort bezet? ' +
    'Zet PORT op een vrije poort en start opnieuw).',
  'console.unavailable.no-public-url':
    'De webconsole is hier nog niet bereikbaar: de beheerder moet PUBLIC_URL instellen (het adres ' +
    'waarop de bot vanuit de browser te openen is).',
  'console.link.title': 'Je inloglink voor de webconsole',
  'console.link.body':
    'Deze link is alleen voor jou, werkt één keer en verloopt over {minutes} minuten. Deel hem niet.',
  'console.link.open': 'Open de webconsole',
  'stats.refused':
    'Cijfers en exports zijn voor de afdeling die de richtlijnen beheert: vraag ze op in het ' +
    'kanaal van een afdeling (zie {cmd:afdeling koppel}).',
  'stats.export-ready': 'De export van de afgelopen {days} dagen staat hierboven: {file}.',
  'suggest.title': 'Voorstel voor de kennisbank',
  'suggest.body':
    'Deze vraag lijkt het meest op **{label}**. Zet dit onder "examples: {lang}" in ' +
    'knowledge/items/{item}.yaml en controleer het met npm run knowledge:check:',
  'suggest.none':
    'Deze vraag lijkt op geen enkele regel. Hoort hij bij de richtlijnen, maak dan een nieuw ' +
    'item (zie knowledge/README.md).',
  'followup.disclaimer': 'Disclaimer maken',
  'escalate.coming':
    'Escaleren via de bot kan hier niet. Loopt een discussie uit de hand? Neem direct contact op ' +
    'met de verantwoordelijke afdeling (regel 7).',
  'terminal.banner':
    'Richtlijnenbot voor {org}, hier in de terminal. Typ je vraag of help; Ctrl+D stopt. Slack ' +
    'of Teams koppelen: zie de README.',
  'terminal.emulator':
    'Teams-emulator (alleen vanaf deze machine): {url}/api/messages',
  'terminal.follow-up': '→ {label} (typ: {command})',
  'contact.line': 'Bereik {department} via {ways}.',
  'lang.set':
    'Afgesproken: ik antwoord je voortaan in het Nederlands. Stel je een vraag in het Engels, dan ' +
    'krijg je een Engels antwoord.',
  'lang.usage':
    'Ik antwoord in de taal van je vraag. Zonder vraag kies je met {cmd:taal nl} voor ' +
    'Nederlands of {cmd:taal en} voor Engels.',
} as const satisfies Record<string, string>;

/** The id of a UI string, as `t()` takes it. */
export type MessageId = keyof typeof nl;
