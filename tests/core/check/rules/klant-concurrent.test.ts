import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  checkerWith,
  checkerWithThresholds,
  codesOf,
  describeRule,
  expectQuiet,
  rulesOnlyChecker,
  rulesOnlyCheckerWith,
} from '../../../support/check.js';

/** The `klant-concurrent` excerpts of a draft's findings. */
const kcExcerpts = (text: string, checker?: Parameters<typeof checkDraft>[1]): string[] =>
  checkDraft(text, checker)
    .findings.filter((f) => f.code === 'klant-concurrent')
    .map((f) => f.excerpt);

/** Each draft's `klant-concurrent` findings hold the excerpt beside it (`found`), or do not. */
function expectExcerpts(cases: ReadonlyArray<readonly [string, string]>, found: boolean, checker?: Parameters<typeof checkDraft>[1]): void {
  for (const [text, excerpt] of cases) {
    if (found) expect(kcExcerpts(text, checker), text).toContain(excerpt);
    else expect(kcExcerpts(text, checker), text).not.toContain(excerpt);
  }
}

describeRule('klant-concurrent', {
  fires: [
    ['Onze klant Transportbedrijf Jansen is slecht in betalen.', 'Onze klant'],
    ['Our competitor just launched a terrible app.', 'competitor'],
    ['Een lid belde vandaag boos over zijn uitkering.'],
    ['Onze leverancier levert alweer te laat.', 'Onze leverancier'],
    ['De concurrentie slaapt niet, wij ook niet.'],
    ['Can’t believe what our supplier did this week.', 'our supplier'],
    // A company named without a role word, by its shape, with its affairs.
    ['De chauffeurs van Koeriersbedrijf Snelweg krijgen al maanden hun toeslag niet.', 'Koeriersbedrijf Snelweg'],
    ['Pixelwerk BV heeft de deadline voor ons ledenportaal weer gemist.', 'Pixelwerk BV'],
    // The same in lower case, and a person or company outside by its shape rather than its role (regel 2: "de persoon of het bedrijf").
    ['De vrachtwagens van installatiebedrijf Hoekstra staan weer dubbel geparkeerd.', 'installatiebedrijf Hoekstra'],
    ['Meneer van Leeuwen stond vanochtend alweer aan de balie te mopperen.', 'Meneer van Leeuwen'],
    ['Wat een amateurs werken er bij dat verhuisbedrijf, alles kapot.', 'dat verhuisbedrijf'],
    ['Which insurance company do you think pays its staff the worst?', 'Which insurance company'],
    ['De nieuwe app van BouwMaat crasht elke ochtend.', 'BouwMaat'],
  ],
  quiet: [
    // "Lid" of a works council or an order is no member of the union.
    'Vandaag is collega Sjoerd tien jaar lid van onze ondernemingsraad. Een mooie mijlpaal!',
    'Onze collega Hennie is vandaag benoemd tot Lid in de Orde van Oranje-Nassau voor veertig jaar vakbondswerk.',
    'Mijn grootste concurrent bij de pubquiz is mijn eigen vader. Revanche volgt volgende maand.',
    'Zaterdag won onze JO11 met 4-3 van de grootste concurrent in de poule. Trots op die gasten!',
    'Onze rivalen uit de competitie wonnen zaterdag met 3-1, petje af.',
    'Our rivals at the chess tournament were simply better this year.',
    'Mijn partner en ik gaan op vakantie naar Zeeland.',
    'Word lid en praat mee over je cao!',
    'In het verleden was alles beter, zeggen ze.',
    'My partner and I ran a marathon today.',
    'De Tweede Kamerleden debatteren vandaag over het minimumloon.',
    // A clause, not a company pointed at; the own bodies; a platform; an abbreviation.
    'Ik hoorde dat het bedrijf flink groeit, mooi om te zien.',
    'Mijn slides van de workshop staan op SlideShare en GitHub.',
    'Ons transportbedrijf Noord viert zijn jubileum.',
    'Ingeschreven bij de KvK, eindelijk een eigen zaak!',
  ],
});

describe('klant-concurrent and the organisation’s relations', () => {
  it('flags a relation the organisation named, citing regel 2, and a competitor citing regel 3', () => {
    const checker = checkerWith({ relations: { clients: ['Bakkerij Bol'], members: [], partners: [], suppliers: [], competitors: ['Bond X'], companies: [] } });
    const client = checkDraft('Bakkerij Bol heeft weer eens niet betaald.', checker).findings.find((f) => f.code === 'klant-concurrent');
    const rival = checkDraft('Bond X zit er weer naast.', checker).findings.find((f) => f.code === 'klant-concurrent');
    expect(client).toMatchObject({ rule: 'regel-2', excerpt: 'Bakkerij Bol' });
    expect(rival).toMatchObject({ rule: 'regel-3', excerpt: 'Bond X' });
  });

  it('cites regel 3 for a competitor named by role', () => {
    expect(checkDraft('De concurrent heeft een nieuwe campagne.').findings.find((f) => f.code === 'klant-concurrent')?.rule).toBe('regel-3');
  });
});

describe('well-known companies (organisation.yaml relations.companies)', () => {
  it('finds one named as a name, also without the model, but not the same word in lower case', () => {
    for (const [text, name] of [
      ['Het nieuwe roostermodel van Jumbo? Waardeloos.', 'Jumbo'],
      ['De onderhandelaars van Unilever zijn ongeveer net zo betrouwbaar als een tweedehands auto.', 'Unilever'],
    ]) {
      const finding = checkDraft(text as string, rulesOnlyChecker).findings.find((f) => f.code === 'klant-concurrent');
      expect(finding?.excerpt, text).toBe(name);
    }
    expectQuiet('klant-concurrent', ['Een jumbo pak koffie voor de afdeling, lekker.'], rulesOnlyChecker);
  });

  it('leaves a company named outside the work around it alone: a shop, a train, a purchase', () => {
    expectQuiet(
      'klant-concurrent',
      [
        'Vanmiddag nog snel boodschappen gedaan bij Albert Heijn, morgen verjaardag!',
        'Morgen met de trein van Arriva naar Maastricht, eindelijk een dagje uit.',
        // A work word, but the company is one the writer buys from.
        'Mijn nieuwe laptop voor thuiswerken komt van Coolblue, morgen al in huis.',
      ],
      rulesOnlyChecker,
    );
  });

  it('finds it in a sentence about its staff, pay or talks, where the model alone would not', () => {
    for (const [text, name] of [
      ['Ahold maakt miljoenen winst en de vakkenvullers krijgen een fooi.', 'Ahold'],
      ["Lidl's new scheduling policy for the warehouse staff? Garbage.", 'Lidl'],
    ]) {
      expect(checkDraft(text as string).findings.find((f) => f.code === 'klant-concurrent')?.excerpt, text).toBe(name);
    }
  });

  it('finds an employers’ association or a care group at the table, and a company whose staff the next sentence is about', () => {
    for (const [text, name] of [
      ['De AWVN wil de onderhandelingen over de nieuwe regeling uitstellen.', 'AWVN'],
      ['Trots dat we met Zuyderland samenwerken aan zelfroosteren.', 'Zuyderland'],
    ]) {
      expect(checkDraft(text as string).findings.find((f) => f.code === 'klant-concurrent')?.excerpt, text).toBe(name);
    }
    const next = 'Jumbo dus weer. De vakkenvullers in Veghel wachten al drie maanden op hun toeslag.';
    expect(checkDraft(next, rulesOnlyChecker).findings.find((f) => f.code === 'klant-concurrent')?.excerpt).toBe('Jumbo');
  });

  it('stands beside the learned check: training never sees the hit, so the list moves no learned weight', () => {
    const text = 'Ahold maakt miljoenen winst en de vakkenvullers krijgen een fooi.';
    const view = rulesOnlyChecker.learningView(text, 'nl');
    expect(view.hits.filter((h) => h.code === 'klant-concurrent')).toEqual([]);
    expect(checkDraft(text, rulesOnlyChecker).findings.find((f) => f.code === 'klant-concurrent')?.excerpt).toBe('Ahold');
  });

  it('uses the organisation’s own list: a company not on it is not found by name', () => {
    const without = rulesOnlyCheckerWith({ relations: { clients: [], members: [], partners: [], suppliers: [], competitors: [], companies: [] } });
    const own = rulesOnlyCheckerWith({ relations: { clients: [], members: [], partners: [], suppliers: [], competitors: [], companies: ['Zonnestraal'] } });
    expect(codesOf(checkDraft('Het nieuwe roostermodel van Jumbo? Waardeloos.', without))).not.toContain('klant-concurrent');
    expect(codesOf(checkDraft('Het nieuwe rooster van Zonnestraal? Waardeloos.', without))).not.toContain('klant-concurrent');
    expect(codesOf(checkDraft('Het nieuwe rooster van Zonnestraal? Waardeloos.', own))).toContain('klant-concurrent');
  });
});

describe('a firm in the writer’s private life', () => {
  it('leaves the builder of one’s bathroom, the garage of one’s car and local news with its source alone', () => {
    expectQuiet('klant-concurrent', [
      'Badkamer eindelijk klaar! Top gedaan door Loodgietersbedrijf Ramaker uit Assen.',
      'My car is back from Autobedrijf Lammers in Emmen, new brakes and a fair price.',
      'Volgens Omroep Gelderland heeft Bakkerij Wolters in Ede de prijs voor de lekkerste appeltaart gewonnen.',
    ]);
  });

  it('still finds the firm where the post is about its staff or pay, also beside home or family', () => {
    expectExcerpts(
      [
        ['Op mijn verjaardag nog bellen met de chauffeurs van Transportbedrijf De Vries: hun loon is weer te laat.', 'Transportbedrijf De Vries'],
        ['Mijn buurvrouw werkt al twintig jaar bij Bakkerij Verhoef en krijgt nu opeens minder uren.', 'Bakkerij Verhoef'],
      ],
      true,
    );
  });

  it('leaves a shop or charity alone whose address, number or website the post gives the public, not one in the union’s work', () => {
    expectQuiet('klant-concurrent', [
      'Eindelijk open! 🥐 Bakkerij Van Dam zit vanaf zaterdag op de Voorstraat 41, 3512 AK Utrecht. Open van 7 tot 18 uur.',
      'Moving day for my favourite bookshop: Boekhandel Wester is now at Hoofdstraat 96, 3971 KH Driebergen. Open Tue–Sat, 0343-512266.',
      'Vrijwilligers gezocht voor Voedselbank Tilburg! Aanmelden via www.voedselbanktilburg.nl',
    ]);
    expectExcerpts(
      [
        ['Bij Bakkerij Van Dam, Voorstraat 41 in Utrecht, dreigt een reorganisatie. Bel ons gerust: 030-7511001.', 'Bakkerij Van Dam'],
        ['Onze partner Fietsplan BV geeft leden 15 % korting, zie www.fietsplan.nl', 'Fietsplan BV'],
        ['Drukkerij Vermeer levert onze nieuwe folders te laat. Mail de eigenaar gerust: p.vermeer@gmail.com', 'Drukkerij Vermeer'],
      ],
      true,
    );
  });

  it('is set aside after the model: the learned check still sees the hit, as in training', () => {
    const text = 'Badkamer eindelijk klaar! Top gedaan door Loodgietersbedrijf Ramaker uit Assen.';
    expect(rulesOnlyChecker.learningView(text, 'nl').hits.filter((h) => h.code === 'klant-concurrent')).not.toEqual([]);
    expect(codesOf(checkDraft(text, rulesOnlyChecker))).not.toContain('klant-concurrent');
  });
});

describe('a company pointed at by its look', () => {
  it('finds a company or a union described by its colours instead of its name', () => {
    expectExcerpts(
      [
        ['Ik vroeg de depotmanager van het pakketbedrijf met de bruine busjes om extra pauze.', 'pakketbedrijf met de bruine'],
        ['Leuk dat de bond met de rode vlaggen nu ook aandacht vraagt voor hitte in de kassen.', 'bond met de rode'],
        ['Funny how the union with the red-and-white logo discovered the meat sector.', 'union with the red'],
        ['Bij de supermarktketen die met de blauwe letters adverteert, verdienen vakkenvullers te weinig.', 'supermarktketen die met de blauwe'],
      ],
      true,
      rulesOnlyChecker,
    );
  });

  it('leaves people, one’s own union and a company without colours alone', () => {
    expectQuiet(
      'klant-concurrent',
      [
        'De buurman met de rode auto parkeert altijd voor mijn deur.',
        'Een bedrijf met de beste cao van de sector? Dat willen we allemaal.',
        'My niece with the blue hair starts her first job on Monday.',
      ],
      rulesOnlyChecker,
    );
    expectExcerpts([['Onze bond met de groene hesjes stond vandaag bij de poort.', 'bond met de groene']], false, rulesOnlyChecker);
  });
});

describe('a member by name beside their own matters', () => {
  it('finds the member whose objection, dues or membership the post is about', () => {
    expectExcerpts(
      [
        ['Wie kan Gerda van der Meulen even bellen over haar bezwaarschrift?', 'Gerda van der Meulen'],
        ['Kijk hoe blij Fenna is! Ze kreeg gisteren haar contributie terug.', 'Fenna'],
        ['Oud-lid Ton Verschuren vroeg me zijn verhaal te delen.', 'Ton Verschuren'],
        // "or" in English is a conjunction, not the works council (OR).
        ['Does Maria Lopez get her refund or not? Still waiting.', 'Maria Lopez'],
      ],
      true,
      rulesOnlyChecker,
    );
  });

  it('leaves colleagues, speakers and people who are no member alone', () => {
    expectExcerpts(
      [
        ['Hennie van de ledenadministratie regelt je contributie.', 'Hennie'],
        ['Onze collega Wim helpt leden met hun bezwaar.', 'Wim'],
        ['Fleur Jansen is zelf geen lid en vond het maar niks.', 'Fleur Jansen'],
        ['Word ook lid! Vragen? Mail Sanne.', 'Sanne'],
        ['Welkom Anouk Lammers, de nieuwe manager van het team Bezwaar en Beroep!', 'Anouk Lammers'],
        ['Dank je wel voor alles, Gerda! Groet, Team Bezwaar', 'Team Bezwaar'],
        ['Petra Smit van de OR legt het bezwaar van de collega’s uit.', 'Petra Smit'],
      ],
      false,
      rulesOnlyChecker,
    );
  });

  it('stands beside the learned check: training never sees the hit', () => {
    const text = 'Wie kan Gerda van der Meulen even bellen over haar bezwaarschrift?';
    expect(rulesOnlyChecker.learningView(text, 'nl').hits.filter((h) => h.code === 'klant-concurrent')).toEqual([]);
  });
});

describe('the organisation’s own relations by role', () => {
  it('finds "onze cateraar", "our biggest sponsor" and "onze huisbank", where the model alone would not', () => {
    expectExcerpts(
      [
        ['Onze nieuwe cateraar is echt niet te vreten, kunnen we alsjeblieft terug naar de vorige?', 'Onze nieuwe cateraar'],
        ['Our biggest sponsor for the youth day is pulling out next year.', 'Our biggest sponsor'],
        ['Onze huisbank heeft de rente op de stakingskas weer verlaagd.', 'Onze huisbank'],
      ],
      true,
    );
  });

  it('leaves the in-house, the ambiguous and the family’s own alone', () => {
    expectQuiet(
      'klant-concurrent',
      [
        'Alle foto’s van het congres zijn gemaakt door onze eigen fotograaf.',
        'Onze oude bank is weg via Marktplaats, de nieuwe komt zaterdag.',
        'Onze zorgverzekeraar doet moeilijk over de fysio van mijn dochter.',
      ],
      rulesOnlyChecker,
    );
  });
});

it('leaves a rival at a quiz or in a league alone without the model too, and still finds a competing union', () => {
  expectQuiet(
    'klant-concurrent',
    [
      'Mijn grootste concurrent bij de pubquiz is mijn eigen vader.',
      'Zaterdag won onze JO11 met 4-3 van de grootste concurrent in de poule.',
      'De concurrentie om personeel in de techniek is groot.',
    ],
    rulesOnlyChecker,
  );
  expect(codesOf(checkDraft('FNV is onze grootste concurrent.', rulesOnlyChecker))).toContain('klant-concurrent');
});

it('finds one member by name beside "lid sinds" or "lid van de week", also without the model, but not one’s own membership', () => {
  for (const [text, name] of [
    ['Henk de Vries, lid sinds 1979, vecht al twee jaar tegen zijn werkgever.', 'Vries'],
    ['Lid van de week: Kees (62), buschauffeur, gaat met pensioen.', 'Kees'],
    ['Vandaag op bezoek geweest bij Jeroen, lid sinds 1985, in het verpleeghuis.', 'Jeroen'],
  ]) {
    const finding = checkDraft(text as string, rulesOnlyChecker).findings.find((f) => f.code === 'klant-concurrent');
    expect(finding?.excerpt, text).toContain(name);
  }
  expectQuiet('klant-concurrent', ['Ik ben lid sinds 1990 en nog steeds trots op mijn bond.', 'Sinds maart ben ik lid van de OR.'], rulesOnlyChecker);
});

it('finds one member by name beside a member’s role in the union or the union’s help, with or without the model', () => {
  const cases = [
    ['Sterkte aan onze kaderman Wim de Boer, die deze week aan zijn knie geopereerd wordt.', 'Wim'],
    ['Mooi nieuws: Dennis Vos heeft na onze hulp zijn ontslag van tafel gekregen.', 'Vos'],
    ['Thanks to our shop steward Kevin Dijkman for organising the ballot at the depot.', 'Kevin'],
    ['Fatma Yilmaz, kaderlid bij de thuiszorg, bood vandaag de petitie aan.', 'Yilmaz'],
  ];
  for (const checker of [undefined, rulesOnlyChecker])
    for (const [text, name] of cases) {
      const finding = checkDraft(text as string, checker).findings.find((f) => f.code === 'klant-concurrent');
      expect(finding?.excerpt, text).toContain(name);
    }
  expectQuiet(
    'klant-concurrent',
    ['Ik ben zelf ook al twintig jaar kaderlid, met plezier.', 'Zaterdag een training gegeven aan twaalf kaderleden in Zwolle.'],
    rulesOnlyChecker,
  );
});

describe('a competitor the organisation named, beside another problem', () => {
  // A model that overrules every klant-concurrent hit: what stands, stands without it.
  const vetoing = checkerWithThresholds('klant-concurrent', { keep: 2, add: 2 });

  it('keeps "De Unie" or "FNV" when the draft also insults, copies or leaks', () => {
    for (const text of [
      'Die lui van De Unie zijn echt een stelletje oplichters.',
      'Hele brochure van FNV hieronder overgetypt, bron weet ik niet meer.',
      'Nog niet bekend, maar FNV stapt volgende week uit de onderhandelingen.',
    ]) {
      const codes = codesOf(checkDraft(text, vetoing));
      expect(codes, text).toContain('klant-concurrent');
      expect(codes.length, text).toBeGreaterThan(1);
    }
  });

  it('leaves the name to the model when it is the only thing in the draft', () => {
    expectQuiet('klant-concurrent', ['Samen met FNV actie gevoerd voor een hoger minimumloon, mooie dag.'], vetoing);
  });
});

describe('a member named by role', () => {
  it('reads a place after the member word as a place, not as the member’s name', () => {
    expectQuiet(
      'klant-concurrent',
      [
        'Mijn eerste training als kaderlid gedaan in Zwolle, veel geleerd.',
        'Our shop stewards from Eindhoven did great work this week.',
        'Trots op alle kaderleden in regio Oost!',
      ],
      rulesOnlyChecker,
    );
  });

  it('still finds the member beside the place', () => {
    expect(kcExcerpts('Onze kaderman Jan Kuipers uit Zwolle is ontslagen.', rulesOnlyChecker)).toContain('Jan');
  });
});
