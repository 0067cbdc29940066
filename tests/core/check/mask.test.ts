import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../../src/core/check/mask.js';

describe('masking personal data in kept questions', () => {
  it.each([
    ['Mag ik 06-12345678 van Piet delen?', 'Mag ik [telefoon] van Piet delen?'],
    ['Mag ik mail@jan.nl in mijn post zetten?', 'Mag ik [e-mail] in mijn post zetten?'],
    ['Zijn BSN is 111222333, mag dat online?', 'Zijn BSN is [bsn], mag dat online?'],
    ['Rekening NL91ABNA0417164300 posten?', 'Rekening [iban] posten?'],
    ['Mag ik 0612345678/0687654321 delen?', 'Mag ik [telefoon]/[telefoon] delen?'],
    ['Nummers 123456782,111222333 en +32 470 12 34 56?', 'Nummers [bsn],[bsn] en [telefoon]?'],
    ['Rekening NL91-ABNA-0417-1643-00 posten?', 'Rekening [iban] posten?'],
    ['Mag ik 0800-1234567 noemen?', 'Mag ik 0800-1234567 noemen?'],
    ['Mag ik Kerkstraat 5, 1017 GC Amsterdam noemen?', 'Mag ik [adres] noemen?'],
    ['Ik woon in 1017 GC Amsterdam, mag ik dat zeggen?', 'Ik woon in [postcode], mag ik dat zeggen?'],
    ['Mag ik iets zeggen over collega Mark de Vries?', 'Mag ik iets zeggen over collega [naam]?'],
    ['Een lid Jansen klaagt, mag ik reageren?', 'Een lid [naam] klaagt, mag ik reageren?'],
    ['Hoe zit het met mevrouw van der Berg?', 'Hoe zit het met mevrouw [naam]?'],
  ])('masks %j', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it('leaves a question without personal data as it is', () => {
    expect(maskPersonalData('Wat is het wifi-wachtwoord van kantoor?')).toBe('Wat is het wifi-wachtwoord van kantoor?');
  });
});
