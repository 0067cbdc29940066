import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentCard, noticeReply, type NoticeEvent } from '../../src/core/escalate/escalation-replies.js';
import type { Escalation } from '../../src/core/escalate/model.js';
import type { Lang } from '../../src/core/lang.js';
import { stripRichText, toPlainText, type Reply } from '../../src/core/reply-model.js';
import { commandRefs } from '../../src/core/text.js';
import { renderBlocks } from '../../src/surfaces/slack/render-blocks.js';
import { renderCard } from '../../src/surfaces/teams/card/render-card.js';
import { renderText } from '../../src/surfaces/terminal/render-text.js';
import { knowledgeBase, message, testBot } from '../support/bot.js';
import { testDb } from '../support/db.js';
import { escalationService } from '../support/escalations.js';

/*
 * What people read, from the real core over the real knowledge, rendered for Slack, Teams and
 * the terminal in both languages: golden files to review by eye (tests/surfaces/golden/replies.*),
 * and the rules of issue 16 checked on every one of them.
 */

type Scenario = { name: string; lang: Lang; reply: Reply };

const MESSAGES: Record<Lang, string[]> = {
  nl: [
    'help',
    'mag ik een foto van een collega posten?',
    'regel 7',
    'regels',
    'tip',
    'disclaimer Jan de Vries',
    'check Mijn baas is een idioot, bel me op 0612345678',
    'check',
    'waar staat de koffieautomaat?',
    'taal',
    'taal en',
    'dagtip aan',
  ],
  en: [
    'help',
    'can I post a photo of a colleague?',
    'rule 7',
    'rules',
    'tip',
    'disclaimer Jan de Vries',
    'check My boss is an idiot, call me at 0612345678',
    'check',
    'where is the coffee machine?',
    'language',
    'language nl',
    'daily tip on',
  ],
};

const HOSTILE_NAME = '**Baas** [klik](https://evil.example) <at>Iedereen</at> @channel \u202Eesrever';

function escalation(lang: Lang, patch: Partial<Escalation> = {}): Escalation {
  const at = new Date('2026-11-24T09:00:00Z');
  return {
    id: 'E-7K3QX',
    department: 'communicatie',
    category: 'discussie',
    urgency: 'hoog',
    link: 'https://x.com/cnv/status/1',
    description: lang === 'nl' ? 'Boze reacties <b>onder</b> onze post & meer' : 'Angry replies <b>under</b> our post & more',
    reporter: { platform: 'slack', id: 'U0RITA', name: 'Rita Reporter' },
    status: 'open',
    claimedBy: undefined,
    claimedAt: undefined,
    resolvedBy: undefined,
    resolvedAt: undefined,
    outcome: undefined,
    createdAt: at,
    announcedAt: at,
    reminders: 0,
    ...patch,
  };
}

const scenarios: Scenario[] = [];
const dbs: Array<Awaited<ReturnType<typeof testDb>>> = [];

beforeAll(async () => {
  const kb = await knowledgeBase();
  for (const lang of ['nl', 'en'] as const) {
    const db = await testDb();
    dbs.push(db);
    const { service, deliver } = await escalationService(db);
    const { bot } = await testBot({ defaultLang: lang });
    for (const text of MESSAGES[lang]) scenarios.push({ name: `${lang}: ${text}`, lang, reply: (await bot.handle(message(text, { lang }))).reply });
    const chris = { platform: 'slack' as const, id: 'U0COMMS1', name: 'Chris' };
    const claimed = { status: 'claimed' as const, claimedBy: chris, claimedAt: new Date('2026-11-24T09:05:00Z') };
    const resolved = { ...claimed, status: 'resolved' as const, resolvedBy: chris, resolvedAt: new Date('2026-11-24T10:00:00Z') };
    const options = { timeZone: 'Europe/Amsterdam' };
    scenarios.push(
      { name: `${lang}: department card, open`, lang, reply: departmentCard(kb, escalation(lang), lang, options) },
      { name: `${lang}: department card, reminder`, lang, reply: departmentCard(kb, escalation(lang), lang, { ...options, waitedMinutes: 15 }) },
      { name: `${lang}: department card, backup`, lang, reply: departmentCard(kb, escalation(lang), lang, { ...options, backupFor: 'juridisch' }) },
      { name: `${lang}: department card, claimed`, lang, reply: departmentCard(kb, escalation(lang, claimed), lang, options) },
      {
        name: `${lang}: department card, resolved`,
        lang,
        reply: departmentCard(kb, escalation(lang, { ...resolved, outcome: 'Gereageerd & <b>opgelost</b>' }), lang, options),
      },
    );
    const notices: Array<[NoticeEvent, Partial<Escalation>]> = [
      ['claimed', claimed],
      ['unclaimed', {}],
      ['resolved', { ...resolved, outcome: 'Gereageerd met een rustige uitleg' }],
      ['resolved', resolved],
      ['reopened', {}],
    ];
    for (const [event, patch] of notices) {
      scenarios.push({
        name: `${lang}: notice ${event}${patch.outcome ? ' with outcome' : ''}`,
        lang,
        reply: noticeReply(kb, escalation(lang, patch), event, lang),
      });
    }
    // The escalation service's own notes: reported without a channel, someone was first (a hostile name).
    const reporter = { platform: 'teams' as const, id: 'aad-1', name: HOSTILE_NAME };
    const reported = await service.report({ reporter, link: undefined, description: 'ophef', category: 'privacy', urgency: 'normaal' }, lang);
    const id = /E-[A-Z0-9]{5}/.exec(toPlainText(reported))?.[0] as string;
    // The reference is random: the golden files show a fixed one.
    const fixed = (reply: Reply): Reply => JSON.parse(JSON.stringify(reply).replaceAll(id, 'E-NR001')) as Reply;
    scenarios.push({ name: `${lang}: reported, department without a channel`, lang, reply: fixed(reported) });
    // Bound and delivered, its card can be acted on: the second to claim hears who was first.
    const legal = { platform: 'slack' as const, channelId: 'C0LEGAL' };
    await service.bind('juridisch', legal.platform, legal.channelId, lang);
    const second = await service.report({ reporter, link: undefined, description: 'ophef', category: 'privacy', urgency: 'normaal' }, lang);
    const id2 = /E-[A-Z0-9]{5}/.exec(toPlainText(second))?.[0] as string;
    await deliver();
    const first = { platform: 'slack' as const, id: 'U0COMMS1', name: HOSTILE_NAME };
    await service.act(id2, 'claim', first, legal.channelId, undefined, lang);
    const late = await service.act(id2, 'claim', { ...first, id: 'U0COMMS2', name: 'Sam' }, legal.channelId, undefined, lang);
    scenarios.push({ name: `${lang}: someone was first`, lang, reply: JSON.parse(JSON.stringify(late).replaceAll(id2, 'E-NR002')) as Reply });
  }
});
afterAll(async () => {
  for (const db of dbs) await db.cleanup();
});

/** Invisible characters as \u escapes, so a reviewer sees them; the JSON is the same. */
const visible = (value: unknown) =>
  `${JSON.stringify(value, null, 2)}\n`.replace(
    /[\u00A0\u00AD\u200B-\u200D\u2060]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );

const slack = (s: Scenario) => renderBlocks(s.reply, { feedback: true });
const teams = (s: Scenario) => renderCard(s.reply, { feedback: true });
const terminal = (s: Scenario) => renderText(s.reply);

describe('replies as people read them (golden files)', () => {
  it('Slack', async () => {
    await expect(visible(Object.fromEntries(scenarios.map((s) => [s.name, slack(s)])))).toMatchFileSnapshot('golden/replies.slack.json');
  });
  it('Teams', async () => {
    await expect(visible(Object.fromEntries(scenarios.map((s) => [s.name, teams(s).card])))).toMatchFileSnapshot('golden/replies.teams.json');
  });
  it('the terminal', async () => {
    await expect(scenarios.map((s) => `### ${s.name}\n\n${terminal(s)}\n`).join('\n')).toMatchFileSnapshot('golden/replies.terminal.txt');
  });
});

/** Every string a Teams user sees in a card: texts, facts, button titles. */
function teamsTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(teamsTexts);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return ['text', 'title', 'value', 'label', 'body', 'items', 'columns', 'facts', 'actions', 'card'].flatMap((k) => (k in o ? teamsTexts(o[k]) : []));
  }
  return [];
}

/** The command menu words of the Teams app, per language (manifest.json in Dutch, en.json in English). */
function teamsMenu(): Record<Lang, Set<string>> {
  const dir = resolve(import.meta.dirname, '../../manifests/teams');
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as {
    bots: Array<{ commandLists: Array<{ commands: Array<{ title: string }> }> }>;
  };
  const en = JSON.parse(readFileSync(resolve(dir, 'en.json'), 'utf8')) as Record<string, string>;
  const nl = new Set(manifest.bots[0]?.commandLists.flatMap((l) => l.commands.map((c) => c.title)));
  return {
    nl,
    en: new Set(
      Object.entries(en)
        .filter(([k]) => /commands\[\d+\]\.title$/.test(k))
        .map(([, v]) => v),
    ),
  };
}

describe('the rules for every reply', () => {
  it('covers both languages and every escalation state', () => {
    const names = scenarios.map((s) => s.name);
    for (const lang of ['nl', 'en']) {
      for (const state of ['open', 'reminder', 'backup', 'claimed', 'resolved']) expect(names).toContain(`${lang}: department card, ${state}`);
      for (const notice of ['claimed', 'unclaimed', 'resolved', 'resolved with outcome', 'reopened']) expect(names).toContain(`${lang}: notice ${notice}`);
    }
  });

  it('names commands as typed on each surface: Slack the slash command, Teams and the terminal the plain word', () => {
    for (const s of scenarios) {
      const refs = s.reply.parts.flatMap((p) => (p.kind === 'text' ? commandRefs(p.text) : []));
      const shown = JSON.stringify(slack(s).blocks);
      for (const words of refs) expect(shown, s.name).toContain(`\`/socialmedia ${words}\``);
      expect(teamsTexts(teams(s).card).join('\n'), s.name).not.toMatch(/\/socialmedia|\{cmd:/);
      expect(terminal(s), s.name).not.toMatch(/\/socialmedia|\{cmd:/);
    }
  });

  it('in Teams, names only commands of the bot’s command menu, in the reply’s language', () => {
    const menu = teamsMenu();
    for (const s of scenarios) {
      const refs = s.reply.parts.flatMap((p) => (p.kind === 'text' ? commandRefs(p.text) : []));
      for (const words of refs)
        expect(
          [...menu[s.lang]].some((title) => words === title || words.startsWith(`${title} `)),
          `${s.name}: ${words}`,
        ).toBe(true);
    }
  });

  it('shows no backticks where code does not render (Teams, the terminal)', () => {
    for (const s of scenarios) {
      expect(teamsTexts(teams(s).card).join('\n').replace(/\\`/g, ''), s.name).not.toContain('`');
      expect(terminal(s), s.name).not.toContain('`');
    }
  });

  it('says nothing twice: the verdict once, each citation once, no rules-list item with its label and title', () => {
    for (const s of scenarios) {
      const text = terminal(s);
      expect(text, s.name).not.toMatch(/ROOD|ORANJE|GROEN|\bRED\b|ORANGE|GREEN/);
      for (const citation of s.reply.citations) {
        const times = text.split(citation.label).length - 1;
        const inTitle = s.reply.title?.includes(citation.label) ? 1 : 0;
        expect(times - inTitle, `${s.name}: ${citation.label}`).toBeLessThanOrEqual(
          1 + s.reply.parts.filter((p) => p.kind === 'finding' && p.rule.itemId === citation.itemId).length,
        );
      }
    }
    const rules = scenarios.find((s) => s.name === 'en: rules');
    expect(terminal(rules as Scenario)).not.toContain('Intranet guidelines: Guidelines for the intranet');
  });

  it('shows <, > and & as typed, while no name can format, link or mention', () => {
    const first = scenarios.filter((s) => s.name.endsWith('someone was first'));
    for (const s of first) {
      const [block] = teamsTexts(teams(s).card);
      expect(block, s.name).toContain('\\*\\*Baas\\*\\* \\[klik\\]\\(https://evil.example) <\u2060at>Iedereen<\u2060/at> @\u200Dchannel esrever');
      expect(JSON.stringify(slack(s).blocks)).toContain('∗∗Baas∗∗ [klik](https://evil.example) &lt;at&gt;Iedereen&lt;/at&gt; @\u200Dchannel esrever');
      expect(terminal(s)).toContain('**Baas** [klik](https://evil.example) <at>Iedereen</at> @channel esrever');
    }
    const card = scenarios.find((s) => s.name === 'nl: department card, open') as Scenario;
    expect(teamsTexts(teams(card).card).join('\n')).toContain('Boze reacties <\u2060b>onder<\u2060/b> onze post & meer');
  });

  it('gives a department’s contact details wherever it sends someone there', () => {
    for (const lang of ['nl', 'en'] as const) {
      const contact =
        lang === 'nl'
          ? 'Bereik Communicatie via #communicatie, pers@cnv.nl of 030 751 10 07.'
          : 'Reach Communications via #communicatie, pers@cnv.nl or 030 751 10 07.';
      const legal = lang === 'nl' ? 'Bereik Juridische zaken via #juridische-zaken.' : 'Reach Legal affairs via #juridische-zaken.';
      const text = (name: string) => terminal(scenarios.find((s) => s.name === `${lang}: ${name}`) as Scenario);
      expect(text(lang === 'nl' ? 'waar staat de koffieautomaat?' : 'where is the coffee machine?')).toContain(contact);
      expect(text(lang === 'nl' ? 'check Mijn baas is een idioot, bel me op 0612345678' : 'check My boss is an idiot, call me at 0612345678')).toContain(
        contact,
      );
      expect(text('reported, department without a channel')).toContain(legal);
    }
  });

  it('writes English replies in English: no Dutch labels, buttons or item names', () => {
    const dutch =
      /\b(Regel \d|Lees |Meer over|Bedenk dat|Uit de richtlijnen|Had je hier|Nog een tip|Alle regels|Oplossing|Escalatie|Opgepakt|Afgehandeld|Heropenen|Loslaten|Ik pak dit op|Bereik )/;
    for (const s of scenarios.filter((x) => x.lang === 'en')) {
      expect(teamsTexts(teams(s).card).join('\n'), s.name).not.toMatch(dutch);
      expect(JSON.stringify(slack(s).blocks), s.name).not.toMatch(dutch);
    }
  });

  it('writes Dutch as the Taalunie does, in one voice (je), with the organisation’s article', () => {
    for (const s of scenarios.filter((x) => x.lang === 'nl')) {
      const own = s.reply.parts.flatMap((p) => (p.kind === 'text' ? [stripRichText(p.text)] : []));
      for (const text of [s.reply.title ?? '', ...own, ...s.reply.followUps.map((f) => f.label)]) {
        expect(text, s.name).not.toMatch(/social media[ -]?richtlijn/i);
        expect(text, s.name).not.toMatch(/\b(u|uw|U|Uw)\b/);
      }
    }
    const help = scenarios.find((s) => s.name === 'nl: help') as Scenario;
    expect(terminal(help)).toContain('Ik help je met de socialemediarichtlijnen van het CNV.');
  });
});
