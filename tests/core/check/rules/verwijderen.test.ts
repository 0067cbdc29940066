import { describeRule } from '../../../support/check.js';

describeRule('verwijderen', {
  fires: [
    ['Ik verwijder die post van vanochtend stiekem, dan heeft niemand het gezien.', 'verwijder'],
    ['Deleting yesterday’s post without saying anything, hope nobody noticed.'],
    ['Ik gooi dat oude bericht gewoon weg en doe alsof het nooit bestaan heeft.'],
    ['Die reactie van gisteren heb ik zonder uitleg verwijderd.'],
    ['Quietly edited my tweet so nobody sees the typo.'],
  ],
  quiet: [
    'Kleine correctie op mijn bericht van gisteren: de bijeenkomst is om 20.00 uur, niet om 19.00 uur.',
    'Ik heb mijn vorige bericht verwijderd omdat er een fout in stond, sorry!',
    'We gaan weg op vakantie, tot over twee weken!',
    'Update: the meeting moved to Thursday.',
    'Stiekem ben ik best trots op ons team.',
  ],
});
