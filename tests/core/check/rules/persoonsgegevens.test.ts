import { describe, expect, it } from 'vitest';
import { checkDraft, checkerWith, describeRule, expectFlagged, expectQuiet } from '../../../support/check.js';

describeRule('persoonsgegevens', {
  fires: [
    ['Bel me op 06-12345678 voor details', '06-12345678'],
    ['Bel Piet: +31 6 1234 5678', '+31 6 1234 5678'],
    ['Zijn vaste nummer is 020-1234567.', '020-1234567'],
    ['Mail Lisa at lisa.de.vries@gmail.com for her notes.', 'lisa.de.vries@gmail.com'],
    ['Haar BSN is 111222333, vul dat maar in.', '111222333'],
    ['Maak het over naar NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['Zijn adres is Kerkstraat 5, 1017 GC Amsterdam, ga daar maar eens langs.', 'Kerkstraat 5, 1017 GC Amsterdam'],
    ['Bel Piet of Jan: 0612345678 0687654321', '0687654321'],
    ['BSN’s: 123456782,111222333', '111222333'],
    ['Zijn BSN is 123-456-782.', '123-456-782'],
    ['Stort het op NL91-ABNA-0417-1643-00.', 'NL91-ABNA-0417-1643-00'],
    ['Stort het op NL91 ABNA 0417164300.', 'NL91 ABNA 0417164300'],
    ['Bel mijn Belgische collega op +32 470 12 34 56', '+32 470 12 34 56'],
    ['Ruf Anna an: 0049 1512 3456789', '0049 1512 3456789'],
    ['Mijn collega Joost ligt in het ziekenhuis met een hartaanval.', 'ziekenhuis'],
    ['Sanne is al weken thuis met een burn-out.', 'burn-out'],
    ['My colleague Tom has cancer, please pray for him.', 'cancer'],
  ],
  quiet: [
    'Ordernummer 123456789 is verzonden',
    'Bel gerust het algemene nummer op onze website',
    'De vergadering is op 24-11-2026 om 10.30 uur in zaal 3.',
    'Het kost € 1.234.567 per jaar.',
    'Ik ben zelf een paar dagen ziek geweest, fijn om weer aan het werk te zijn.',
    'Ziekteverzuim in de zorg stijgt: tijd voor een betere cao, want de werkdruk is te hoog.',
    'Gefeliciteerd Sanne met je 25-jarig jubileum!',
    'Maak het over naar NL91ABNA0417164301 (een rekening die niet bestaat).',
    'De begroting is EUR 123456782 voor dit jaar.',
    'Het project kost 123.456.782,- euro.',
    'Bestelnummer 0123456789 is onderweg.',
    'Bel gratis 0800-1234 of 0800 022 0000, of de betaallijn 0900-1234567.',
    'Voor de gemeente: bel 14 020.',
    'Ons kantoor: Postbus 123, 1000 AB Amsterdam.',
    'Kom langs op ons kantoor in 3511 AB Utrecht.',
  ],
});

describe('persoonsgegevens and the organisation', () => {
  it('accepts the organisation’s own public number and address, whatever the spacing', () => {
    const checker = checkerWith({ allowed: ['030 751 10 07', 'info@cnv.nl'] });
    expect(checkDraft('Vragen? Bel 030-7511007 of mail info@cnv.nl', checker).findings).toEqual([]);
    expect(checkDraft('Vragen? Bel +31 30 751 10 07', checker).findings).toEqual([]);
  });

  it('accepts every one-word mailbox at the domain of an allowed address, not a person’s address there nor a look-alike domain', () => {
    const checker = checkerWith({ allowed: ['info@cnv.nl'] });
    for (const text of ['Doe mee met de actie! Mail acties@cnv.nl', 'Nepaccount gezien? Meld het via Webcare@CNV.nl.'])
      expect(checkDraft(text, checker).findings, text).toEqual([]);
    expectFlagged(
      'persoonsgegevens',
      [
        'Stuur je cv naar mijn teamleider, r.bakker@cnv.nl.',
        'Mail gewoon even Ellen: ellen.vandenberg@cnv.nl',
        'Mail acties@cnv.nl.evil.com voor de lijst',
        'Mail ellen1987@cnv.nl voor de lijst',
      ],
      checker,
    );
  });

  it('accepts the writer’s own work address given as their own, not a colleague’s nor a private one', () => {
    const checker = checkerWith({ allowed: ['info@cnv.nl'] });
    for (const text of [
      'Vragen over de workshop van donderdag? Mail me gerust op s.bakker@cnv.nl, dan hoor je dezelfde dag van me.',
      'Vragen? Mail gerust naar mij: j.bakker@cnv.nl – Jolanda Bakker, HR-adviseur CNV',
      'Questions about the course? Email me at p.dejong@cnv.nl.',
    ])
      expect(checkDraft(text, checker).findings, text).toEqual([]);
    expectFlagged(
      'persoonsgegevens',
      [
        'Stuur je cv naar mijn teamleider, r.bakker@cnv.nl.',
        'Mail me gerust, of mail Ellen: ellen.vandenberg@cnv.nl',
        'Mail me gerust op sanne.bakker1987@gmail.com',
      ],
      checker,
    );
  });

  it('accepts a number the writer gives as their own work number, not a private one nor a colleague’s', () => {
    expectQuiet('persoonsgegevens', [
      'Want to talk about a works council at your company? Reach me on my work number 030 751 1234 or via LinkedIn.',
      'Leden in Drenthe kunnen mij als regioconsulent bereiken via mijn werknummer 06 12 34 56 78.',
      'Vragen over de cursus? Bel gerust op mijn doorkiesnummer: 030-7511234.',
    ]);
    expectFlagged('persoonsgegevens', [
      'Bel me op 06-12345678 als je vragen hebt.',
      'Collega Ahmed is z’n werktelefoon kwijt, dus bel hem even op zijn privénummer: 06-41 27 88 19.',
      'Mijn werknummer doet het niet, bel mijn collega Ellen op 06-12345678.',
    ]);
  });

  it('accepts a number the draft gives as the organisation’s own by its name, not a person’s number beside the name', () => {
    expectQuiet('persoonsgegevens', [
      'Vragen over je contract? Bel CNV Informatie op 030 - 123 45 67, we helpen je graag.',
      'Questions about your pay? Call CNV on +31 30 123 4567.',
      'Meer weten? CNV: 030-1234567.',
      'Vragen over je contract? Bel gerust de CNV Infolijn: 030 751 1001 (ma t/m vr, 9-17 uur).',
      'Bel de CNV-Infolijn: 030 751 1001.',
      'Twijfel je of je mag meestaken? Bel de stakingslijn van CNV: 030 751 1009, vandaag tot 21.00 uur.',
      'Call the strike helpline of CNV on 030 751 1009.',
      'Bel gewoon het algemene nummer van CNV, 030 - 751 1001, of mail naar info@cnv.nl.',
    ]);
    expectFlagged('persoonsgegevens', [
      'Bel Jan van CNV op 06-12345678 als je vragen hebt.',
      'Bel CNV op 030-1234567. Of bel Piet op 06-12345678.',
      'Bel Sanne Bakker van CNV: 06-12345678.',
      'Bel mijn collega van het team van Piet bij CNV op 06-12345678.',
    ]);
  });

  it('accepts an address given as the organisation’s own place, also named a sentence earlier, not a person’s home', () => {
    expectQuiet('persoonsgegevens', [
      'Spreekuur voor uitzendkrachten: elke dinsdag in ons kantoor aan de Lange Nieuwstraat 40 in Utrecht.',
      'Ons regiokantoor in Zwolle verhuist. Vanaf 1 mei vind je ons aan de Stationsweg 8, 8011 CZ Zwolle.',
      'Questions about your contract? Visit us at Keizersgracht 12, Amsterdam, every Tuesday afternoon.',
    ]);
    expectFlagged('persoonsgegevens', [
      'Ons kantoor is morgen dicht. Jan woont op de Kerkstraat 5 in Ede, breng de sleutels daar maar.',
      'Ons kantoor is dicht, dus breng het pakje naar Piet, hij woont op de Lindelaan 12 in Ede.',
    ]);
  });

  it('accepts the address of a public venue announced for an event, not a home address in a post about an event', () => {
    expectQuiet('persoonsgegevens', [
      "Inloopspreekuur voor zzp'ers: elke eerste maandag in de bibliotheek van Zwolle, Diezerstraat 80, van 10.00 tot 12.00 uur.",
      'Ledenavond over het pensioenakkoord! Donderdag om 19.30 uur in wijkcentrum De Kroon, Marktweg 14, Ede.',
      'Join us for the strike meeting on Friday, Dorpsstraat 21 in Veenendaal. Doors open at 7 pm.',
    ]);
    expectFlagged('persoonsgegevens', [
      'Na de ledenavond gaan we door bij mij thuis, Lindelaan 12 in Ede.',
      'Na het congres kun je de spullen ophalen bij Piet, hij woont op de Kerkstraat 5 in Ede.',
    ]);
  });

  it('accepts a business’s own address, number and mailbox, wherever in the post they stand, not a person’s beside a business', () => {
    expectQuiet('persoonsgegevens', [
      'Zaterdag open dag bij Garage Bakker, Industrieweg 12, 7711 AB Nieuwleusen. Bel 0529-123456 voor een afspraak.',
      'Beste koffie van de stad: de lunchroom aan de Oudestraat 14 in Kampen. Reserveren via 038-3312345.',
      'Trots dat we gisteren bij Kwekerij Van der Lans in Honselersdijk 40 nieuwe leden hebben ingeschreven!',
      'Our favourite bakery moved to Voorstraat 21, 3311 ER Dordrecht. New opening hours: 8 to 5.',
      'Tandartspraktijk Zuid neemt weer patiënten aan: Van Heemstraweg 52, 6532 HH Nijmegen, 024-3554711.',
      'Bakkerij Jansen bakt door in het nieuwe pand aan de Stationsstraat 9 in Dieren. Taartbestellingen: bestellingen@bakkerijjansen-dieren.nl',
      'Het Repair Café zit nu in buurthuis De Kroon in Zeist. Mijn broodrooster doet het weer! Info: repaircafezeist@gmail.com',
      'Shout-out to Fietsenmaker Bakker on Kanaalweg 12, 2321 KR Leiden (071-5124478), fixed my gears in an hour.',
      'Café ’t Veerhuis in Wijk bij Duurstede heeft een nieuw terras: Veerweg 1, 3961 AR Wijk bij Duurstede.',
      'Slecht nieuws voor de collega’s bij Metaalbewerking Hofstede BV, Industrieweg 18, 7944 HT Meppel.',
    ]);
    expectFlagged('persoonsgegevens', [
      'Members at Kuipers Installatietechniek can call their HR contact Petra Kuipers directly on 06-41237788.',
      'De eigenaar van de bakkerij, Henk, woont boven de zaak op de Voorstraat 21 in Dordrecht.',
      'Bel de bakker zelf maar op zijn privénummer 06-12345678, de winkel neemt niet op.',
      'Wie van het depot in Rotterdam helpt Kevin zaterdag met verhuizen? Zijn nieuwe adres is Beukelsweg 212B, 3022 GK Rotterdam.',
      'Werkt Mohamed Ouali nog bij Pallethandel De Kempen? Hij betaalt zijn contributie niet meer. Laatst bekend: 06 18 77 20 45',
      'Heeft iemand bij de Jumbo een portemonnee verloren? Er zat een rijbewijs in van R. Kuipers, Populierenlaan 17, 7414 DB Deventer.',
      'Lars repareerde gratis mijn wasmachine bij de fietsenwinkel om de hoek. App hem gerust: +31 6 38291750.',
      'Te koop via de kringloopwinkel? Nee, gewoon bij mij: mail Anja op anja.broekhuis@hotmail.com',
      'Voor de sinterklaasactie van de vereniging, de adressen: Marloes, Kerkhoflaan 4, 2641 AS Pijnacker; Tim, Westlaan 12, 2641 DL Pijnacker.',
      'Even ter info voor de vereniging: Marga zit nu op de Stationsweg 8, 8011 CZ Zwolle.',
      'Voor de kaartjes van de buurtwinkel-actie: Jan Winkel, Kerkstraat 4, 8011 AB Zwolle.',
      'Welke collega’s komen zaterdag naar het tuinfeest bij Wendy? Voor de navigatie: Heidelaan 3, 3853 BV Ermelo. Parkeren kan bij de kerk.',
      'De leesclub komt deze maand bij Anouk: Esdoornlaan 33, 3431 HK Nieuwegein, 20.00 uur.',
      'Wie kent Petra Lammers van de middelbare school nog? Ik heb een oud adres: Hoofdstraat 101, 9203 KH Drachten. Weet iemand of ze daar nog woont?',
    ]);
  });

  it('masks a phone number in the improved version', () => {
    const result = checkDraft('Bel me op 06-12345678 voor de details van de actie');
    expect(result.improved).toBe('Bel me op [telefoonnummer] voor de details van de actie');
  });
});
