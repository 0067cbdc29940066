import { describe, expect, it } from 'vitest';
import { organisationNames } from '../../../../src/core/check/detect/organisation-name.js';
import { tokenize } from '../../../../src/core/check/match/tokens.js';

const names = (text: string): string[] => organisationNames(tokenize(text)).map((n) => text.slice(n.span[0], n.span[1]));

describe('organisationNames', () => {
  it('finds a sector word followed by a name, particles included', () => {
    expect(names('De lonen bij Metaalbedrijf Hendriks blijven achter.')).toEqual(['Metaalbedrijf Hendriks']);
    expect(names('Gesprek met Bouwbedrijf Van der Berg over de roosters.')).toEqual(['Bouwbedrijf Van der Berg']);
    expect(names('Drukkerij De Vlijt gaat failliet.')).toEqual(['Drukkerij De Vlijt']);
    expect(names('Post over Zuivelcoöperatie Noordmelk even verwijderd.')).toEqual(['Zuivelcoöperatie Noordmelk']);
    expect(names('De huur bij Woningcorporatie Thuisbasis gaat omhoog.')).toEqual(['Woningcorporatie Thuisbasis']);
  });

  it('finds a name followed by a legal form', () => {
    expect(names('Het portaal is gebouwd door Pixelwerk BV en het is traag.')).toEqual(['Pixelwerk BV']);
    expect(names('Van Dijk & Partners deed de offerte.')).toEqual(['Van Dijk & Partners']);
    expect(names('Brightstone Foods cuts the night bonus.')).toEqual(['Brightstone Foods']);
  });

  it('finds the English endings that name a firm, but not those that as often name a field', () => {
    expect(names('Heads up to anyone crewing for Nordvik Shipping this winter.')).toEqual(['Nordvik Shipping']);
    expect(names('Word is that Nexora Solutions is about to lose the contract.')).toEqual(['Nexora Solutions']);
    expect(names('Die prutsers van Dekker Dredging sluiten geen cao af.')).toEqual(['Dekker Dredging']);
    expect(names('Our Social Media Manager starts on Monday.')).toEqual([]);
    expect(names('Renewable Energy and Health Care were the themes.')).toEqual([]);
  });

  it('finds a name that has a CEO or staff', () => {
    expect(names("Northway's CEO called me about my post.")).toEqual(['Northway']);
  });

  it('finds a name followed by a sector word of its own, but not a sector, a department, a fair or an agreement', () => {
    expect(names('Gisteren gesproken met Kuipers Logistiek over de nachtdiensten.')).toEqual(['Kuipers Logistiek']);
    expect(names('Van Rooij Techniek sluit de vestiging in Hoorn.')).toEqual(['Van Rooij Techniek']);
    expect(names('De cao Particuliere Beveiliging is rond.')).toEqual([]);
    expect(names('Welkom bij Sector Techniek en Team Bouw!')).toEqual([]);
    expect(names('Kom langs op de Vakbeurs Bouw in Gorinchem.')).toEqual([]);
  });

  it('finds a name followed by a compound that ends in a sector word, but not a foundation or a department', () => {
    expect(names('Die onderhandelaar van Glansrijk Schoonmaakdiensten liep weg.')).toEqual(['Glansrijk Schoonmaakdiensten']);
    expect(names('Onze contactpersoon bij Pelikaan Verpakkingen is ziek.')).toEqual(['Pelikaan Verpakkingen']);
    expect(names('Van Leeuwen Installatietechniek neemt weer mensen aan.')).toEqual(['Van Leeuwen Installatietechniek']);
    expect(names('Net gebeld met de inkoopdirecteur van Hendriks Staal.')).toEqual(['Hendriks Staal']);
    expect(names('Met de mannen van Boskamp Baggerwerken aan tafel.')).toEqual(['Boskamp Baggerwerken']);
    expect(names('Ik lees voor bij Stichting Lezen op zaterdag.')).toEqual([]);
    expect(names('Vraag het even aan de afdeling Facilitaire Diensten.')).toEqual([]);
    expect(names('Wij staan voor Duurzame Landbouw en Sociale Woningbouw.')).toEqual([]);
  });

  it('finds no company in a function title before a sector, or in a pair of sectors', () => {
    expect(names('Groet,\nJan de Vries\nRegiobestuurder Bouw & Infra, CNV')).toEqual([]);
    expect(names('Beleidsadviseur Techniek bij het CNV, dat ben ik sinds maart.')).toEqual([]);
    expect(names('Nieuwsbrief kaderleden Transport & Logistiek, oktober')).toEqual([]);
    expect(names('Morgen een gesprek met Transport Oostland.')).toEqual(['Transport Oostland']);
  });

  it('finds a shipping line or a yard by its head word, but no person with a title', () => {
    expect(names('Rederij Zeewind schrapt de wintervaart.')).toEqual(['Rederij Zeewind']);
    expect(names('Bij Scheepswerf De Hoop ligt het werk stil.')).toEqual(['Scheepswerf De Hoop']);
    expect(names('Het overleg met rederij Doeksen loopt.')).toEqual(['rederij Doeksen']);
    expect(names('De lezing van prof. dr. Marieke Staal was sterk.')).toEqual([]);
    expect(names('Mooi gesprek met dhr. Jan Bouw over zijn pensioen.')).toEqual([]);
  });

  it('finds the name after a role only a company has', () => {
    expect(names('Net gebeld met de HR-manager van Hoogland Zuivel over het rooster.')).toEqual(['Hoogland Zuivel']);
    expect(names("The owner of Brookfield Dairy won't talk to us.")).toEqual(['Brookfield Dairy']);
    expect(names('Gesprek met de directeur van Van der Meer Installaties.')).toEqual(['Van der Meer Installaties']);
    expect(names('De directeur van Team Noord is met verlof.')).toEqual([]);
    expect(names('Directeur Van Leeuwen van dat bedrijf belde.')).toEqual([]);
  });

  it('stays quiet on ordinary capitals, sector words alone and social partners', () => {
    expect(names('Ik ging naar de bakkerij en daarna naar het ziekenhuis.')).toEqual([]);
    expect(names('De Sociale Partners zijn het eens.')).toEqual([]);
    expect(names('Vandaag de nieuwe CAO Bouw & Infra uitgelegd.')).toEqual([]);
    expect(names('My partner and I visited Amsterdam.')).toEqual([]);
    expect(names("Sanne's verjaardag was gezellig.")).toEqual([]);
  });
});
