import { describe, expect, it } from 'vitest';
import { route } from '../../src/core/router.js';

describe('the router', () => {
  it.each([
    ['', { kind: 'help' }],
    ['/socialmedia', { kind: 'help' }],
    ['/socialmedia   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['Hulp', { kind: 'help', lang: 'nl' }],
    ['regels', { kind: 'rules', lang: 'nl' }],
    ['rules', { kind: 'rules', lang: 'en' }],
    ['regel 7', { kind: 'rule', number: 7, lang: 'nl' }],
    ['/socialmedia regel 7', { kind: 'rule', number: 7, lang: 'nl' }],
    ['Rule 3', { kind: 'rule', number: 3, lang: 'en' }],
    ['regel7', { kind: 'rule', number: 7, lang: 'nl' }],
    ['regel zeven', { kind: 'rule', number: 7, lang: 'nl' }],
    ['regel', { kind: 'rule', number: null, lang: 'nl' }],
    ['regel 12', { kind: 'rule', number: 12, lang: 'nl' }],
    ['tip', { kind: 'tip' }],
    ['disclaimer', { kind: 'disclaimer', name: '' }],
    ['disclaimer Jan de Vries', { kind: 'disclaimer', name: 'Jan de Vries' }],
    ['check Mijn concept', { kind: 'check', draft: 'Mijn concept' }],
    ['/socialmedia check: Mijn concept', { kind: 'check', draft: 'Mijn concept' }],
    ['escaleer https://x.com/1 het loopt uit de hand', { kind: 'escalate', text: 'https://x.com/1 het loopt uit de hand', lang: 'nl' }],
    ['lees tip-auteursrecht', { kind: 'item', id: 'tip-auteursrecht', lang: 'nl' }],
    ['afdeling koppel juridisch', { kind: 'bind', department: 'juridisch', lang: 'nl' }],
    ['afdeling ontkoppel', { kind: 'unbind', lang: 'nl' }],
    ['/socialmedia afdeling ontkoppel juridisch', { kind: 'unbind', lang: 'nl' }],
    ['department unbind', { kind: 'unbind', lang: 'en' }],
  ])('routes %j', (text, command) => {
    expect(route(text)).toMatchObject(command);
  });

  it.each([
    'mag ik een foto posten?',
    'regel voor foto’s van collega’s?',
    'help, een discussie loopt uit de hand',
    'disclaimer voor mijn blog?',
    'tip voor een goede post?',
    'rules for the intranet?',
  ])('treats %j as a question', (text) => {
    expect(route(text).kind).toBe('question');
  });

  it('keeps the draft of a check exactly as typed, line breaks included', () => {
    expect(route('check Regel één\nRegel twee  ')).toEqual({ kind: 'check', draft: 'Regel één\nRegel twee', lang: undefined });
  });
});

describe('may-I-post questions', () => {
  it.each([
    ['mag ik dit posten? Trots op ons team!', 'Trots op ons team!'],
    ['/socialmedia Mag ik dit posten?\nTrots op ons team!', 'Trots op ons team!'],
    ['kan dit zo? Vertrouwelijk: de begroting', 'Vertrouwelijk: de begroting'],
    ['is dit oké: WAT EEN SCHANDE', 'WAT EEN SCHANDE'],
    ['Can I post this? Proud of my team', 'Proud of my team'],
    ['is this ok to post: hello world', 'hello world'],
  ])('%j checks the draft after the question', (text, draft) => {
    expect(route(text)).toMatchObject({ kind: 'check', draft });
  });

  it.each(['mag ik dit posten?', 'Can I post this?', 'kan dit zo?'])('%j alone is a question about posting', (text) => {
    expect(route(text)).toMatchObject({ kind: 'question', asksToPost: true });
  });

  it.each(['Mag dit ook op LinkedIn?', 'Kan dit tot problemen leiden?', 'Is dit oké voor mijn manager of niet'])('%j stays a question', (text) => {
    expect(route(text).kind).toBe('question');
  });
});
