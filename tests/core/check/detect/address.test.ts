import { describe, expect, it } from 'vitest';
import { findAddresses, findPostcodes } from '../../../../src/core/check/detect/address.js';

const found = (text: string): string[] => findAddresses(text).map(([s, e]) => text.slice(s, e));

describe('findAddresses', () => {
  it.each([
    // street + number
    ['Ik woon op de Kerkstraat 5.', ['Kerkstraat 5']],
    ['Ik woon in de kerkstraat 5.', ['kerkstraat 5']],
    ['Lange Voorhout 12a is mooi', ['Lange Voorhout 12a']],
    ['Dorpsweg 123-2', ['Dorpsweg 123-2']],
    ['Kerkstraat 5-7', ['Kerkstraat 5-7']],
    ['Op de Grote Markt 5 is een feest', ['Grote Markt 5']],
    ['Jacob van Lennepkade 5 is dicht', ['Jacob van Lennepkade 5']],
    ['Burgemeester de Monchyplein 5', ['Burgemeester de Monchyplein 5']],
    ['1e Jacob van Campenstraat 12', ['1e Jacob van Campenstraat 12']],
    ['Van Baerlestraat 4', ['Van Baerlestraat 4']],
    ['Dr. Lelylaan 3', ['Dr. Lelylaan 3']],
    ['Laan van Meerdervoort 12', ['Laan van Meerdervoort 12']],
    ['Noordring 10 en Stadsring 4', ['Noordring 10', 'Stadsring 4']],
    ['Museumplein 6, Singel 1 nee Herengracht 1b', ['Museumplein 6', 'Herengracht 1b']],
    ['Het Binnenhof 1 in Den Haag', ['Binnenhof 1']],
    ['Richting de Kerkstraat 5', ['Kerkstraat 5']],
    // street + number + postcode + place: one span
    ['Kerkstraat 5, 1017 GC Amsterdam', ['Kerkstraat 5, 1017 GC Amsterdam']],
    ['Ik woon op de Kerkstraat 5, 1017 GC Amsterdam.', ['Kerkstraat 5, 1017 GC Amsterdam']],
    ['Kerkstraat 5 1017GC Amsterdam', ['Kerkstraat 5 1017GC Amsterdam']],
    ['Kerkstraat 5\n1017 GC  AMSTERDAM', ['Kerkstraat 5\n1017 GC  AMSTERDAM']],
    ['Kerkstraat 5, 1017 GC', ['Kerkstraat 5, 1017 GC']],
    ['Bezoek ons op Keizersgracht 123, 1015 CJ Amsterdam', ['Keizersgracht 123, 1015 CJ Amsterdam']],
    ['Kerkstraat 5, 1017 GC Amsterdam en 2514 EE Den Haag, of Dorpsweg 3.', ['Kerkstraat 5, 1017 GC Amsterdam', 'Dorpsweg 3']],
    ['Lange Voorhout 12a, 2514 EE Den Haag', ['Lange Voorhout 12a, 2514 EE Den Haag']],
    ['Laan van Meerdervoort 12, 2517 AA Den Haag', ['Laan van Meerdervoort 12, 2517 AA Den Haag']],
    // any capitalised name counts as a street when a postcode follows
    ['Stuur het naar Rokin 75, 1012 KL Amsterdam', ['Rokin 75, 1012 KL Amsterdam']],
    // postcode + house number
    ['Postcode: 1017 GC, huisnummer 5', ['1017 GC, huisnummer 5']],
    ['postcode 1017GC nr. 12a', ['1017GC nr. 12a']],
    ['1017 GC Amsterdam, nummer 5', ['1017 GC Amsterdam, nummer 5']],
    ['postcode 1017 GC 5', ['1017 GC 5']],
  ])('finds in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports exact offsets', () => {
    expect(findAddresses('Adres: Kerkstraat 5, 1017 GC Amsterdam.')).toEqual([[7, 38]]);
  });

  it.each([
    ['Kom om 5 uur', 'time'],
    ['Zie pagina 12', 'page'],
    ['Zie Pagina 12', 'capitalised page'],
    ['in 2026', 'year'],
    ['Artikel 12 van de wet', 'article'],
    ['regel 7', 'rule'],
    ['Week 12', 'week'],
    ['Stap 3: klik op OK', 'step'],
    ['Hoofdstuk 3 en Bijlage 2', 'chapter'],
    ['Windows 11 en iPhone 15', 'product versions'],
    ['Vergadering 5 begint om 10:00', 'a word ending in -ring'],
    ['Onderweg 5 keer gestopt', 'onderweg'],
    ['Rijksweg 12 km verderop', 'a distance'],
    ['Markt 5 is alleen een woord', 'bare street type'],
    ['Kerkstraat 12-05-2026', 'date after a street name'],
    ['Dorpsweg 2026 wordt vernieuwd', 'year after a street name'],
    ['Winkelstraat 1,5 km', 'decimal'],
    ['Kerkstraat 5:30', 'time after a street name'],
    ['1017 GC', 'bare postcode'],
    ['Stuur het naar 2514 EE Den Haag', 'postcode and place without house number'],
    ['1017 GC Amsterdam, Nederland', 'postcode and place without house number'],
    ['Ons kantoor: 3561 GG Utrecht', 'an office’s postcode'],
    ['postcode 1017GC', 'postcode alone'],
    ['Postcode: 1017 GC, 5 km verderop', 'a distance after a postcode'],
    ['Postbus 123, 1000 AB Amsterdam', 'a PO box'],
    ['Antwoordnummer 1234, 1000 AB Amsterdam', 'a freepost number'],
    ['1017 SA Amsterdam', 'excluded letters SA'],
    ['1017 SD Amsterdam', 'excluded letters SD'],
    ['1017 SS Amsterdam', 'excluded letters SS'],
    ['0123 AB Amsterdam', 'postcode cannot start with 0'],
    ['1017 gc Amsterdam', 'lower-case letters'],
    ['In 2026 EU Commissie', 'year and abbreviation'],
    ['Het bestand is 1500 MB Groot', 'file size'],
    ['Op 5 december om 12:00 in Zaal 3', 'date and room'],
    ['€ 1.234.567', 'amount'],
    ['10234 AB Amsterdam', 'five digits'],
  ])('stays quiet on %j (%s)', (text) => {
    expect(findAddresses(text)).toEqual([]);
  });

  it.each([
    ['Stuur het naar 2514 EE Den Haag', ['2514 EE Den Haag']],
    ['1017 GC Amsterdam, Nederland', ['1017 GC Amsterdam']],
    ['2960 AA Alphen aan den Rijn', ['2960 AA Alphen aan den Rijn']],
    ['4611 AA Bergen op Zoom', ['4611 AA Bergen op Zoom']],
    ["2500 AA 's-Gravenhage", ["2500 AA 's-Gravenhage"]],
    ['1976 AA IJmuiden', ['1976 AA IJmuiden']],
    ['postcode 1017GC', ['1017GC']],
    ['Postbus 123, 1000 AB Amsterdam', ['1000 AB Amsterdam']],
  ])('findPostcodes finds in %j (for masking)', (text, expected) => {
    expect(findPostcodes(text).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });

  it.each([
    ['zeros and spaces', '0 '.repeat(100_000)],
    ['dashes', '-'.repeat(200_000)],
    ['repeated street names', `${'Kerkstraat '.repeat(18_182)}5`],
    ['repeated particles', `${'van de '.repeat(28_572)}Kerkstraat 5`],
    ['words and numbers', 'Aa 1 '.repeat(40_000)],
    ['postcodes', '1017 GC '.repeat(25_000)],
    ['addresses', 'Kerkstraat 5, '.repeat(14_286)],
    ['one long word', `${'a'.repeat(200_000)} 5`],
  ])('handles 200 000 characters of %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    expect(Array.isArray(findAddresses(text))).toBe(true);
    expect(Array.isArray(findPostcodes(text))).toBe(true);
  });
});
