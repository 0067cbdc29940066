import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { answerEngine, topAnswer as top } from '../../support/bot.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await answerEngine();
});

describe('the answer engine', () => {
  it.each([
    ['Mag ik een foto van een collega op Instagram zetten?', 'tip-auteursrecht'],
    ['Wat moet ik doen als de reacties onder ons bericht uit de hand lopen?', 'regel-7'],
    ['Mag ik iets vertellen over de begroting die nog niet openbaar is?', 'regel-1'],
    ['Moet ik erbij zeggen dat het mijn persoonlijke mening is?', 'regel-4'],
    ['Ik ben directeur, mag ik mijn privémening op LinkedIn geven?', 'regel-5'],
    ['Mag ik dit posten?', 'regel-8'],
  ])('answers the Dutch question %j with %s, in Dutch', (question, id) => {
    const result = engine.answer(question);
    expect(top(result)).toBe(id);
    expect(result.lang).toBe('nl');
  });

  it.each([
    ['Can I post a photo of a colleague on Instagram?', 'tip-auteursrecht'],
    ['The comments under our post are turning into a flame war', 'regel-7'],
    ['Is it okay to share internal documents on LinkedIn?', 'regel-1'],
    ['Do I need to say my views are my own?', 'regel-4'],
    ['Can I delete a tweet with a mistake in it?', 'tip-niet-verwijderen'],
  ])('answers the English question %j with %s, in English', (question, id) => {
    const result = engine.answer(question);
    expect(top(result)).toBe(id);
    expect(result.lang).toBe('en');
  });

  // Questions with a typo, each with the rules that answer it. One pin per question broke on a retrain that answers
  // typos as well as before: 28 and 27 of these 28 right first on the models before and after the long questions
  // of stop 39 ("a competitorr" went to rule 2 first, rule 3 second), all 28 in the top 3 on both.
  const TYPOS: Array<[string, ...string[]]> = [
    ['Mag ik een foto van een colega posten?', 'tip-auteursrecht'],
    ['wat als een dicussie ontspoort', 'regel-7'],
    ['mag ik vertrouwlijke info delen?', 'regel-1'],
    ['can I share info about a competitorr?', 'regel-3'],
    ['mag ik iets zeggen over een concurent van ons?', 'regel-3'],
    ['can i post about a competiter union?', 'regel-3'],
    ['is it ok to critisize a rival union online?', 'regel-3'],
    ['mag ik klantgegevens delen op linkedn?', 'regel-2'],
    ['can I tell about a suplier we work with?', 'regel-2'],
    ['mag ik intrene info posten?', 'regel-1'],
    ['can i share confidental numbers?', 'regel-1'],
    ['moet ik zeggen dat het mijn persoonlijk mening is?', 'regel-4'],
    ['do i need a disclaimr on my blog?', 'disclaimer', 'tip-grijs-gebied'],
    ['wat moet ik doen als een discusie uit de hand loopt?', 'regel-7'],
    ['wie moet ik vragen als ik twijfle?', 'regel-8'],
    ['mag ik een foto van iemand anders gebruken?', 'tip-auteursrecht'],
    ['can i use a pictrue i found on google?', 'tip-auteursrecht'],
    ['mag ik een bericht stiekum verwijderen?', 'tip-niet-verwijderen'],
    ['can i delte a post with a mistake?', 'tip-niet-verwijderen'],
    ['mag ik schelden op twiter?', 'tip-omgangsvormen'],
    ['moet ik mijn menig onderbouwen?', 'tip-onderbouwing'],
    ['blijft alles voor altijd onlien staan?', 'tip-eeuwig-online'],
    ['waarom zijn er richtlijnen voor socal media?', 'waarom'],
    ['mag ik tijdens werktijd op facebok?', 'actief-mits'],
    ['gelden de regels ook voor mijn privé hobbyblog over vissn?', 'reikwijdte'],
    ['mag ik een vergadering opnemen en delen zonder te vragn?', 'regel-1'],
    ['mag ik het mobiele nummer van een colega online zetten?', 'regel-6', 'tip-omgangsvormen'],
    ['wat zijn de regels voor blogs op het intarnet?', 'intranet'],
  ];
  it('understands questions despite their typos: each with its rule among the first three, nearly all first', () => {
    const ranks = TYPOS.map(([question, ...ids]) => {
      const result = engine.answer(question);
      const found = result.kind === 'answer' ? result.matches.map((m) => m.id) : [];
      return { question, rank: found.findIndex((id) => ids.includes(id)) };
    });
    expect(ranks.filter((r) => r.rank < 0 || r.rank > 2)).toEqual([]);
    expect(ranks.filter((r) => r.rank !== 0).length).toBeLessThanOrEqual(2);
  });

  // A whole story with the question somewhere in it (60-90 words): answered with its rule among the first three,
  // not declined as off-topic. The model before stop 39's long training questions declined the last one.
  const STORIES: Array<[string, ...string[]]> = [
    [
      'Goedemorgen, even een vraag want ik zit ermee. Mijn zoon speelt bij de plaatselijke voetbalclub en ik doe daar de Facebookpagina. Vorige week hadden we een toernooi en toen kwam het gesprek op de staking bij het busbedrijf, waar een paar ouders werken. Ik heb toen op die clubpagina een berichtje gezet over hoe de onderhandelingen volgens mij gaan. Nu vroeg iemand of dat het standpunt van de bond is. Moet ik daar iets bij zetten?',
      'regel-4',
      'tip-grijs-gebied',
      'disclaimer',
    ],
    [
      'So this is a bit of a long story. Last night a post from our regional team about the cleaning strike got shared by a couple of angry accounts, and now there are more than two hundred comments, people calling each other names and some tagging our chairman and calling him a liar. I was the one who posted it and I have been replying all evening but it only gets worse. My partner says I should just go to bed. What am I supposed to do now?',
      'regel-7',
    ],
    [
      'Hoi, ik ben sinds twee weken stagiair bij communicatie en ik vind het allemaal nog een beetje spannend. Gisteren zat ik bij een overleg waar werd verteld dat er volgend jaar een paar regiokantoren dicht gaan, dat is nog niet bekend bij iedereen. Mijn vriendin werkt bij een van die kantoren en vroeg me vanavond via Instagram of ik iets wist. Ik wil haar eigenlijk gewoon een berichtje terugsturen met wat ik gehoord heb, kan dat of juist niet?',
      'regel-1',
    ],
  ];
  it('answers a long question that tells a whole story instead of falling back', () => {
    for (const [question, ...ids] of STORIES) {
      const result = engine.answer(question);
      expect(result.kind).toBe('answer');
      const found = result.kind === 'answer' ? result.matches.slice(0, 3).map((m) => m.id) : [];
      expect(found.some((id) => ids.includes(id))).toBe(true);
    }
  });

  it.each(['wat is het wifi-wachtwoord?', 'Hoe boek ik een vergaderruimte?', 'When is the Christmas party?', 'wie is mijn leidinggevende?'])(
    'falls back instead of guessing for the off-topic %j',
    (question) => {
      expect(engine.answer(question)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
    },
  );

  // Practical social-media questions share the guidelines' words (Instagram, posten, volgers) but not their subject. The
  // model before stop 44's how-to training questions answered a follower count with actief-mits (the first line); the
  // others it declined already. "What is the best time to post?" is still answered with a guideline (knowledge/README.md).
  it.each([
    'Hoeveel volgers heeft onze Facebookpagina nu?',
    'Welke afmeting moet de omslagfoto van onze Facebookpagina hebben?',
    'Hoe maak ik een poll in onze Instagram-story?',
    'Hoe zet ik ondertiteling onder een filmpje voor Instagram?',
    'How do I schedule a post on our Facebook page for Monday morning?',
    "Who can give me the login of the union's TikTok account?",
  ])('falls back for the social-media how-to %j, which the guidelines do not cover', (question) => {
    expect(engine.answer(question)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
  });

  // Questions the guidelines do not cover, though their words come close, and their contrasts: the same platforms or
  // topics in a question the guidelines do answer keep their item (each round held as many such contrasts).
  // - A platform's own buttons (pinning, disappearing messages): the model before stop 53's off-topic questions
  //   answered these with tip-auteursrecht and tip-eeuwig-online (knowledge/README.md, OFFTOPIC-4).
  // - Labour law as members and staff ask it: the model before stop 55's labour questions answered these with
  //   tip-omgangsvormen and tip-eeuwig-online (OFFTOPIC-LABOUR).
  // - The target of online abuse asking what to do about it: answered with tip-omgangsvormen before ANSWERS-TARGETS.
  it.each([
    ['the app how-to', 'Hoe pin ik een reactie vast onder mijn eigen TikTok-video?'],
    ['the app how-to', 'Hoe zet ik een Signal-groep op verdwijnende berichten?'],
    ['the labour-law question', 'mijn werkgever wil mij ontslaan omdat ik te vaak ziek was, kan dat zomaar?'],
    ['the labour-law question', 'What is the minimum wage for an 18-year-old working in retail?'],
    ['the question of recourse', 'hoe blokeer ik iemand op facebook die steeds rare berichten stuurt over mn werk'],
  ])('falls back for %s %j', (_kind, question) => {
    expect(engine.answer(question)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
  });
  it.each([
    ['Mag ik een screenshot van een interne Teams-chat op LinkedIn zetten?', 'regel-1'],
    ['Ik wil een reel maken over ons werk, moet ik erbij zeggen dat ik bij het CNV werk?', 'regel-4'],
    ['Iemand reageert boos onder mijn post over de cao, mag ik die reactie weghalen?', 'tip-niet-verwijderen'],
    ['Mag ik in een blog vertellen wat er in de reorganisatie bij ons gaat gebeuren voordat het bekend is?', 'regel-1'],
    ['Iemand scheldt onder mijn Facebookpost over de nieuwe cao op de werkgever, moet ik daar iets mee?', 'regel-7'],
  ])('answers %j, set on a platform or a labour topic, with %s', (question, id) => {
    const result = engine.answer(question);
    expect(result.kind).toBe('answer');
    expect(result.kind === 'answer' ? result.matches[0]?.id : undefined).toBe(id);
  });

  // Another person in the post: the guidelines' part answers, not the person's role. The model before stop 55's
  // questions about other people answered the first two with regel-1 (knowledge/README.md, ANSWERS-PEOPLE-2) and the
  // third with regel-5 (ANSWERS-TARGETS).
  it.each([
    ['Mijn directeur is gescheiden, mag ik dat op Facebook zetten?', 'tip-omgangsvormen'],
    ['Leidinggevende afzeiken op Facebook?', 'tip-omgangsvormen'],
    ['moet ik nou echt toestemming vragen als ik gewoon een foto van het team op de vrijdagmiddagborrel post of is dat overdreven', 'tip-auteursrecht'],
  ])('answers %j, about another person, with %s', (question, id) => {
    const result = engine.answer(question);
    expect(result.kind === 'answer' ? result.matches[0]?.id : undefined).toBe(id);
  });

  // Each holds one of regel-8's phrases ("wie moet ik vragen") word for word: the gate weighs that,
  // and declines these all the same (a word-for-word phrase used to answer them with regel-8).
  it.each(['Wie moet ik vragen voor een nieuwe bureaustoel?', 'Wie moet ik vragen als mijn laptop niet opstart?'])(
    'falls back for the off-topic %j though it holds an item phrase word for word',
    (question) => {
      expect(engine.answer(question)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
    },
  );

  it.each(['asdf qwerty', '🙂🙂🙂'])('answers %j with no guideline (a fallback or a friendly hello)', (question) => {
    expect(['fallback', 'smalltalk']).toContain(engine.answer(question).kind);
  });

  it('falls back on an empty question', () => {
    expect(engine.answer('   ')).toMatchObject({ kind: 'fallback', reason: 'empty' });
  });

  it('returns at most five matches, best first, scores between 0 and 1', () => {
    const result = engine.answer('mag ik een foto van een klant delen op mijn blog als ik twijfel?');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.matches.length).toBeLessThanOrEqual(5);
    const scores = result.matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) expect(s > 0 && s < 1).toBe(true);
  });

  it('lists the runners-up too when the best is far ahead: the right rule may be second', () => {
    // Swearing under a post: removing it (tip-niet-verwijderen) is the best answer, handling a derailing thread (regel-7) the next.
    const result = engine.answer('Iemand scheldt ons uit onder een bericht, mag ik dat weghalen?');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.matches.map((m) => m.id).slice(0, 3)).toEqual(expect.arrayContaining(['tip-niet-verwijderen', 'regel-7']));
    expect(result.matches.length).toBeGreaterThanOrEqual(3);
  });

  it('answers a 40 000-character question without trouble', () => {
    const question = `mag ik een foto van een collega posten? ${'bla '.repeat(10_000)}`;
    expect(['answer', 'fallback']).toContain(engine.answer(question).kind);
  });
});
