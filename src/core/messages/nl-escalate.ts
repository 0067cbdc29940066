/** The Dutch strings of escalations (rule 7): the form, the department's card, claim, release, resolve, reopen. Part of `nl`. */
export const nlEscalate = {
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
    'Dit kanaal is niet gekoppeld aan een afdeling. De communicatieafdeling koppelt een kanaal ' +
    'met {cmd:afdeling koppel} _<afdeling>_ ({departments}).',
  'esc.bound': 'Dit kanaal ontvangt vanaf nu de escalaties van **{department}**.',
  'esc.bind-unknown': 'Die afdeling ken ik niet. Kies uit: {departments}.',
  'esc.bind-personal': 'Koppel een afdeling in haar eigen kanaal, niet in een persoonlijke chat.',
  'esc.bind-not-channel':
    'Alleen een kanaal kan een afdeling ontvangen, geen persoonlijk of groepsgesprek. Typ dit in ' +
    'het kanaal van de afdeling.',
  'esc.bind-not-member':
    'Ik zit niet in dit kanaal. Nodig me eerst uit in dit kanaal en ' +
    'koppel het dan.',
  'esc.unbound': 'Dit kanaal ontvangt geen escalaties van **{department}** meer.',
  'esc.unbind-none': 'Dit kanaal is niet gekoppeld aan een afdeling; er valt niets te ontkoppelen.',
  'esc.unbind-configured':
    'Dit kanaal is in de instellingen van de bot gekoppeld (ESCALATION_SLACK_CHANNEL of ' +
    'ESCALATION_TEAMS_CHANNEL); vraag de beheerder van de bot om dat te veranderen.',
  'esc.not-card-channel':
    'Pas {ref} aan in het kanaal waar de kaart van de escalatie staat, met de knoppen op de kaart.',
  'esc.form.link-invalid': 'Plak een link die begint met https:// (hoogstens {max} tekens).',
  'esc.form.too-long': 'Dat is te lang: hoogstens {max} tekens. Vat het kort samen.',
  'esc.form.required': 'Vertel kort wat er aan de hand is.',
  'esc.form.choose': 'Kies een van de opties.',
  'esc.form.title': 'Escaleer discussie',
  'esc.form.submit': 'Melden',
  'esc.form.intro':
    'Loopt een online discussie uit de hand? De verantwoordelijke afdeling krijgt je melding ' +
    'meteen (regel 7).',
  'esc.form.placeholder': 'Wat is er aan de hand?',
} as const satisfies Record<string, string>;
