import type { RenderBlocksOptions } from '../../../src/surfaces/slack/render-blocks.js';
import { rich, type Reply } from '../../../src/core/reply-model.js';

/** Text a user could type to try to ping everyone, mention people or hide a link. */
export const HOSTILE = '<!channel> <@U123> <#C1|x> <https://evil|click> @here <!subteam^S1> &amp; *vet* _schuin_ ~weg~ `code` ```blok```';

export interface SlackFixture {
  /** File name stem of the golden file: `tests/surfaces/golden/<name>.slack.json`. */
  name: string;
  reply: Reply;
  options?: RenderBlocksOptions;
}

/** An answer to a question: text with a link, the rule quoted, citations, follow-ups, feedback. */
const answer: Reply = {
  lang: 'nl',
  audience: 'asker',
  title: 'Regel 3: Bedenk dat je altijd medewerker bent',
  parts: [
    {
      kind: 'text',
      text: rich(
        'Ja, dat mag, **mits** je collega het goed vindt. Vraag het _vooraf_, en lees ook [de intranetpagina](https://intranet.example.nl/social-media?tab=regels&lang=nl).',
      ),
    },
    {
      kind: 'quote',
      text: "Plaats geen foto's of video's van collega's zonder hun toestemming.\nDat geldt ook voor besloten groepen.",
      source: 'Uit de richtlijnen, regel 3',
    },
  ],
  citations: [
    { itemId: 'regel-3', label: 'Regel 3' },
    { itemId: 'tip-auteursrecht', label: 'Tip: auteursrecht' },
  ],
  followUps: [
    { label: 'Lees regel 3', command: 'regel 3' },
    { label: 'Alle regels', command: 'regels' },
    { label: 'Nog een tip', command: 'tip' },
  ],
  feedbackFor: 'regel-3',
};

/** The help text: bold, italics with `<…>` placeholders, and a list. */
const help: Reply = {
  lang: 'nl',
  audience: 'asker',
  title: 'Richtlijnenbot: zo werkt het',
  parts: [
    {
      kind: 'text',
      text: rich(
        'Ik help je met de social media richtlijnen van CNV.\n' +
          '- **Stel een vraag**, bijvoorbeeld: _mag ik een foto van een collega posten?_\n' +
          '- **check** _<je concept>_: ik kijk je bericht na voordat je het plaatst (alleen jij ziet het)\n' +
          '- **regel** _<1-8>_: lees een regel, **regels** voor het overzicht\n' +
          '- **help**: dit overzicht',
      ),
    },
  ],
  citations: [],
  followUps: [
    { label: 'Alle regels', command: 'regels' },
    { label: 'Concept checken', command: 'check' },
  ],
};

/** A draft check: verdict, two findings, and an improved draft to copy. */
const check: Reply = {
  lang: 'nl',
  audience: 'asker',
  title: 'Check van je concept',
  parts: [
    { kind: 'verdict', verdict: 'rood', summary: 'Niet plaatsen zoals het nu is: 2 punten.' },
    {
      kind: 'finding',
      code: 'vertrouwelijk',
      severity: 'rood',
      message: 'Dit lijkt vertrouwelijke informatie.',
      fix: 'Laat interne cijfers weg.',
      excerpt: 'de omzetcijfers van Q3',
      rule: { itemId: 'regel-1', label: 'Regel 1' },
    },
    {
      kind: 'finding',
      code: 'persoonsgegevens',
      severity: 'oranje',
      message: 'Je noemt iemands e-mailadres.',
      fix: 'Haal het adres weg of vraag toestemming.',
      excerpt: 'jan_de_vries@example.nl',
      rule: { itemId: 'regel-4', label: 'Regel 4' },
    },
    {
      kind: 'copy',
      label: 'Zo kan het wel',
      text: 'Trots op ons team! Meer lezen? Zie onze site & volg ons. *Morgen* meer.',
    },
  ],
  citations: [
    { itemId: 'regel-1', label: 'Regel 1' },
    { itemId: 'regel-4', label: 'Regel 4' },
  ],
  followUps: [{ label: 'Lees regel 1', command: 'regel 1' }],
};

/** A fields reply (an escalation summary), in English. */
const fields: Reply = {
  lang: 'en',
  audience: 'conversation',
  title: 'Escalation sent',
  parts: [
    { kind: 'text', text: rich('The communications team has been told. **Do not respond** yourself for now.') },
    {
      kind: 'fields',
      fields: [
        { label: 'Link', value: 'https://social.example.com/post/123_456' },
        { label: 'Description', value: 'Angry replies under our post about the strike' },
        { label: 'Reported by', value: 'Jan' },
        { label: 'Rule', value: 'Rule 7' },
      ],
    },
  ],
  citations: [{ itemId: 'regel-7', label: 'Rule 7' }],
  followUps: [{ label: 'Read rule 7', command: 'rule 7' }],
};

/** Exactly 10 000 characters: many paragraphs, one of many lines, one line that is too long. */
function longText(): string {
  const sentence = 'Wat je online zet, blijft online staan, ook als je het later weghaalt. ';
  const paragraphs: string[] = [];
  for (let i = 1; i <= 8; i++) paragraphs.push(`**Alinea ${i}.** ${sentence.repeat(6).trim()}`);
  const lines = Array.from({ length: 40 }, (_, i) => `- Regel ${i + 1} van de lange lijst: ${sentence.trim()}`);
  paragraphs.push(`Een te lange regel: ${'bla '.repeat(1000).trim()}`);
  paragraphs.push(lines.join('\n'));
  const text = paragraphs.join('\n\n');
  if (text.length < 10_000) throw new Error(`long fixture too short: ${text.length}`);
  return text.slice(0, 10_000);
}

const long: Reply = {
  lang: 'nl',
  audience: 'asker',
  title: 'Een heel lang antwoord',
  parts: [{ kind: 'text', text: rich(longText()) }],
  citations: [{ itemId: 'tip-eeuwig-online', label: 'Tip: eeuwig online' }],
  followUps: [],
};

/** User text everywhere user text can appear, plus in RichText and labels. */
const hostile: Reply = {
  lang: 'en',
  audience: 'asker',
  title: `Check: ${HOSTILE}`,
  parts: [
    { kind: 'text', text: rich(`Bot text with a bad link [click](https://evil|x) and ${HOSTILE}`) },
    { kind: 'verdict', verdict: 'oranje', summary: HOSTILE },
    {
      kind: 'finding',
      code: 'gesprek',
      severity: 'oranje',
      message: `You write ${HOSTILE}`,
      fix: HOSTILE,
      excerpt: `${HOSTILE}\n> not a quote`,
      rule: { itemId: 'regel-6', label: HOSTILE },
    },
    { kind: 'quote', text: HOSTILE, source: HOSTILE },
    { kind: 'copy', label: HOSTILE, text: `${HOSTILE}\nmore \`\`\`\` text` },
    { kind: 'fields', fields: [{ label: HOSTILE, value: HOSTILE }] },
  ],
  citations: [{ itemId: 'regel-6', label: HOSTILE }],
  followUps: [{ label: HOSTILE, command: 'regel 6' }],
  feedbackFor: 'regel-6',
};

/** More blocks than Slack allows in one message: 30 findings, two blocks each. */
const tooManyBlocks: Reply = {
  lang: 'nl',
  audience: 'asker',
  title: 'Heel veel punten',
  parts: Array.from({ length: 30 }, (_, i) => ({
    kind: 'finding' as const,
    code: 'belediging' as const,
    severity: 'oranje' as const,
    message: `Punt ${i + 1}`,
    fix: 'Formuleer het vriendelijker.',
    excerpt: `woord ${i + 1}`,
    rule: { itemId: 'tip-omgangsvormen', label: 'Tip: omgangsvormen' },
  })),
  citations: [{ itemId: 'tip-omgangsvormen', label: 'Tip: omgangsvormen' }],
  followUps: [{ label: 'Nog een tip', command: 'tip' }],
  feedbackFor: 'tip-omgangsvormen',
};

/** One fixture per reply kind; these have golden files. */
export const GOLDEN_FIXTURES: readonly SlackFixture[] = [
  { name: 'answer', reply: answer, options: { share: 'regel 7', feedback: true } },
  { name: 'help', reply: help },
  { name: 'check', reply: check },
  { name: 'fields', reply: fields },
  { name: 'long-text', reply: long },
  { name: 'hostile', reply: hostile, options: { share: 'regel 7', feedback: true } },
];

/** Every fixture the property checks run over. */
export const ALL_FIXTURES: readonly SlackFixture[] = [
  ...GOLDEN_FIXTURES,
  { name: 'too-many-blocks', reply: tooManyBlocks, options: { share: 'regel 7', feedback: true } },
  { name: 'answer-plain', reply: answer },
];
