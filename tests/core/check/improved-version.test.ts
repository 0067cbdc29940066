import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../src/core/reply-model.js';
import { message, testBot } from '../../support/bot.js';
import { checkDraft, checkerWith, codesOf } from '../../support/check.js';

describe('the improved version of a rood draft', () => {
  it('leaves out the confidential sentence and keeps the rest', () => {
    const result = checkDraft('Wat een mooie dag op kantoor! Vertrouwelijk: de afdeling Zwolle gaat volgend jaar dicht.');
    expect(result.verdict).toBe('rood');
    expect(result.improved).toBe('Wat een mooie dag op kantoor!');
  });

  it('masks personal data instead of repeating it', () => {
    const result = checkDraft('Bel Piet gerust op 06-12345678 als je vragen hebt over de actie.');
    expect(result.improved).toBeDefined();
    expect(result.improved).not.toContain('06-12345678');
    expect(result.improved).toContain('[telefoonnummer]');
  });

  it('never contains an insult', () => {
    const result = checkDraft('Morgen staat onze stand op de markt. De wethouder is een complete idioot.');
    expect(result.improved ?? '').not.toMatch(/idioot/);
  });

  it('is not offered when the problem is all of the draft, and the reply says so', async () => {
    const text = 'Vertrouwelijk: de begroting wordt gekort.';
    const result = checkDraft(text);
    expect(result.improved).toBeUndefined();
    expect(result.noSafeVersion).toBe(true);
    const { bot } = await testBot();
    const { reply } = await bot.handle(message(`check ${text}`));
    expect(reply.parts.some((p) => p.kind === 'copy')).toBe(false);
    expect(toPlainText(reply)).toContain('Een veilige versie kan ik hier niet van maken');
  });

  it('fixes shouting with sentence case and one exclamation mark', () => {
    expect(checkDraft('GEWELDIG!!!!').improved).toBe('Geweldig!');
    expect(checkDraft('Dit is GEWELDIG!!!! Kom allemaal.').improved).toBe('Dit is geweldig! Kom allemaal.');
  });
});

describe('a groen check', () => {
  it('says what was checked and that it is not an approval', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('check Lekker weekend gehad in Zeeland, heerlijk uitgewaaid aan het strand.'));
    const text = toPlainText(reply);
    expect(reply.parts[0]).toMatchObject({ kind: 'verdict', verdict: 'groen' });
    expect(text).not.toMatch(/plaats het gerust/i);
    expect(text).toContain('geen goedkeuring');
    expect(text).toContain('vertrouwelijke informatie');
    expect(text).toContain('persoonsgegevens');
  });

  it('leaves out the checks the organisation switched off', async () => {
    const result = checkerWith({ disabled_checks: ['onderbouwing'] }).check({ text: 'Mooie dag.' } as never, 'nl');
    expect(result.checked).not.toContain('onderbouwing');
  });
});

describe('what users noticed', () => {
  it.each([
    'Vragen over je lidmaatschap? Bel 030 751 10 07 of mail info@cnv.nl.',
    'Ons kantoor: Tiberdreef 4, 3561 GG Utrecht. Bel +31 30 751 10 07.',
    'Kaderleden gezocht! Interesse? Mail naar kader@cnv.nl.',
    'Vragen over de staking? Bel onze ledenservice op 030-7511001.',
    'De ledenservice van De Bond is bereikbaar via 030 - 123 45 67 (ma-vr 9-17 uur).',
    'Stuur een mail naar info@debond.nl of bel 030 - 751 10 01. Onze juristen helpen je graag.',
    'Het bezoekadres van ons kantoor verandert per 1 september: Kerkstraat 5, 1017 GC Amsterdam.',
    'Our new office address: Kerkstraat 5, 1017 GC Amsterdam. Drop by for coffee!',
  ])('never calls the organisation’s own contact details personal data: %j', (text) => {
    expect(codesOf(checkDraft(text))).not.toContain('persoonsgegevens');
  });

  it.each([
    'Vragen? Bel mijn collega Mark op 06-12345678.',
    'De ledenservice was dicht, dus bel Mark maar op 06-12345678, die is altijd bereikbaar.',
    'Zijn adres is Kerkstraat 5, 1017 GC Amsterdam, vlak bij ons kantoor.',
  ])('still flags a person’s own number or address: %j', (text) => {
    expect(codesOf(checkDraft(text))).toContain('persoonsgegevens');
  });

  it('does not read the member service desk as talking about a member', () => {
    expect(codesOf(checkDraft('Need help? Our member service desk is reachable at +31 30 751 10 07.'))).not.toContain('klant-concurrent');
  });

  it('does not read "200 leden geholpen" as talking about a client', () => {
    expect(codesOf(checkDraft('Deze week hebben we met het team meer dan 200 leden geholpen met vragen over hun vakantiegeld.'))).not.toContain(
      'klant-concurrent',
    );
  });

  it('does not read a congratulation as speaking for the organisation', () => {
    expect(checkDraft('Gefeliciteerd Sanne met 25 jaar bij ons! Wat een mijlpaal 🎉').verdict).toBe('groen');
  });

  it('takes organisation and function stated together as regel 4 done', () => {
    expect(codesOf(checkDraft('Als teamleider Communicatie bij CNV kan ik bevestigen dat de ledenservice zaterdag open is.'))).not.toContain(
      'persoonlijke-titel',
    );
  });
});
