import { describeRule } from '../../../support/check.js';

describeRule('auteursrecht', {
  fires: [
    ['Deze foto heb ik van Instagram gehaald, mooi he?'],
    ['Copied the whole NRC article below so you don’t need to pay:'],
    ['Gevonden op Google, mooi plaatje van de staking.', 'Gevonden op Google'],
    ['Deze meme op Instagram gevonden, geen idee wie hem gemaakt heeft.'],
    ['Foto van de collega’s op het feest, ze wisten niet dat ik hem maakte.'],
    ['Took this photo of the new trainees without asking, they look great.'],
  ],
  quiet: [
    'Mooi citaat van Johan Cruijff: "Elk nadeel heb z’n voordeel."',
    'Eigen foto van de zonsondergang in Zeeland.',
    'Photo by me, from our team day at the beach.',
    'Lees het hele artikel via de link, met toestemming gedeeld door de NOS.',
    'CNV werd in 1909 opgericht en is niet overgenomen door een andere bond.',
    'Ik heb mijn sleutels gevonden, eindelijk!',
  ],
});
