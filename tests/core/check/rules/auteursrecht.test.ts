import { describeRule } from '../../../support/check.js';

describeRule('auteursrecht', {
  fires: [
    ['Deze foto heb ik van Instagram gehaald, mooi he?'],
    ['Copied the whole NRC article below so you don’t need to pay:'],
    ['Gevonden op Google, mooi plaatje van de staking.', 'Gevonden op Google'],
    ['Deze meme op Instagram gevonden, geen idee wie hem gemaakt heeft.'],
    ['Foto van de collega’s op het feest, ze wisten niet dat ik hem maakte.'],
    ['Took this photo of the new trainees without asking, they look great.'],
    // A well-known character or work on the organisation's own material, in the same sentence or the next.
    ['Onze nieuwe mokken met Nijntje erop voor de kinderledendag! Laat maar drukken, 500 stuks.', 'Nijntje'],
    ['Onze nieuwe banner voor de jongerenactie! Met Mickey Mouse erop, want dat spreekt aan.', 'Mickey Mouse'],
    ['Nieuwe headerfoto voor onze pagina. Er staat nog een klein watermerk op, maar dat ziet niemand.', 'watermerk'],
    ['Heb de speech van de minister herschreven en als mijn eigen blog gepost.', 'als mijn eigen blog'],
    ['Full lyrics of the song below, because this is what every shift worker feels.', 'Full lyrics'],
  ],
  quiet: [
    'Mooi citaat van Johan Cruijff: "Elk nadeel heb z’n voordeel."',
    'Eigen foto van de zonsondergang in Zeeland.',
    'Photo by me, from our team day at the beach.',
    'Lees het hele artikel via de link, met toestemming gedeeld door de NOS.',
    'CNV werd in 1909 opgericht en is niet overgenomen door een andere bond.',
    'Ik heb mijn sleutels gevonden, eindelijk!',
    'Gisteren met de kinderen naar Nijntje in het theater. Wat een feest!',
    'Nieuwe flyers voor de jongerenavond, ontworpen door onze eigen collega Sanne.',
    'Pay rises are frozen this year. New flyers about our campaign are on their way.',
    'Mijn dochter wil voor haar verjaardag alleen maar Frozen kijken. Vanavond weer.',
  ],
});
