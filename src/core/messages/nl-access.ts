/**
 * The Dutch strings about who may do what: refusals for lack of a role (one voice for all of
 * them, see handlers/owners-only.ts) and the web console's sign-in link. Part of `nl`.
 */
export const nlAccess = {
  'access.owners-only':
    'Dit is alleen voor de afdeling die de richtlijnen beheert: de leden van het kanaal van ' +
    '**{department}** en de beheerders van de bot. Vraag het een van hen.',
  'access.console-only':
    'De webconsole is alleen voor de afdeling die de richtlijnen beheert (de leden van het kanaal ' +
    'van **{department}** en de beheerders van de bot) en voor de leden van het kanaal van een ' +
    'afdeling die escalaties ontvangt. Hoor je daarbij? Vraag een van hen je aan dat kanaal toe te voegen.',
  'console.unavailable.no-server':
    'De webconsole draait niet: de HTTP-server van de bot kon niet starten (is de poort bezet? ' + 'Zet PORT op een vrije poort en start opnieuw).',
  'console.unavailable.no-public-url':
    'De webconsole is hier nog niet bereikbaar: de beheerder moet PUBLIC_URL instellen (het adres ' + 'waarop de bot vanuit de browser te openen is).',
  'console.link.title': 'Je inloglink voor de webconsole',
  'console.link.body': 'Deze link is alleen voor jou, werkt één keer en verloopt over {minutes} minuten. Deel hem niet.',
  'console.link.open': 'Open de webconsole',
} as const satisfies Record<string, string>;
