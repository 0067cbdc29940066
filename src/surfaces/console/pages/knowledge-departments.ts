import type { Department } from '../../../core/knowledge/schema.js';
import type { KnowledgeSource } from '../../../core/knowledge/source.js';
import type { Lang } from '../../../core/lang.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { html } from '../html.js';
import { optional, type EditKind, type Field, type NoteProblem } from './knowledge-form.js';

const b = (nl: string, en: string) => ({ nl, en });
const TEXT = {
  title: b('Afdeling', 'Department'),
  intro: b(
    'Welke categorieën escalaties deze afdeling krijgt, wie haar vervangt en wanneer ze werkt (herinneringen komen binnen de werktijden, dringende altijd). Een categorie die geen afdeling heeft gaat naar de standaardafdeling.',
    'Which categories of escalations this department gets, who backs it up and when it works (reminders come within working hours, urgent ones always). A category without a department goes to the default department.',
  ),
  nameNl: b('Naam (Nederlands)', 'Name (Dutch)'),
  nameEn: b('Naam (Engels)', 'Name (English)'),
  handlesNl: b('Behandelt (Nederlands)', 'Handles (Dutch)'),
  handlesEn: b('Behandelt (Engels)', 'Handles (English)'),
  categories: b('Categorieën die deze afdeling krijgt', 'Categories this department gets'),
  backup: b('Vervanger (krijgt herinneringen mee)', 'Backup (also gets reminders)'),
  none: b('(geen)', '(none)'),
  contact: b('Contact (hoe mensen de afdeling zelf bereiken)', 'Contact (how people reach the department themselves)'),
  channel: b('Kanaal dat mensen kennen, bijvoorbeeld #communicatie', 'A channel people know, e.g. #communicatie'),
  email: b('E-mailadres', 'E-mail address'),
  phone: b('Telefoonnummer', 'Phone number'),
  hours: b('Werktijden (leeg: altijd)', 'Working hours (empty: always)'),
  from: b('Van (uu:mm)', 'From (hh:mm)'),
  to: b('Tot (uu:mm)', 'To (hh:mm)'),
  timezone: b('Tijdzone', 'Time zone'),
  channels: b('Kanalen die de escalaties van deze afdeling krijgen', "Channels that get this department's escalations"),
  noChannel: b('Nog geen kanaal: meldingen wachten tot er een gekoppeld is.', 'No channel yet: reports wait until one is bound.'),
  bind: b(
    'De bot koppelt alleen een echt kanaal waar hij in zit; in het kanaal zelf kan het ook, met "afdeling koppel {id}" aan de bot. Koppelen en ontkoppelen werkt meteen, zonder nieuwe versie.',
    'The bot binds only a real channel it is in; in the channel itself "afdeling koppel {id}" to the bot does the same. Binding and unbinding take effect at once, without a new version.',
  ),
  platform: b('Platform', 'Platform'),
  channelId: b('Kanaal-ID (Slack: C0123ABCDEF; Teams: 19:…@thread.tacv2)', 'Channel id (Slack: C0123ABCDEF; Teams: 19:…@thread.tacv2)'),
  bindButton: b('Kanaal koppelen', 'Bind the channel'),
  unbind: b('Ontkoppelen', 'Unbind'),
} as const;
const DAYS = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const indexOf = (source: KnowledgeSource, id: string) => source.departments.departments.findIndex((d) => d.id === id);

function fields(source: KnowledgeSource, d: Department, i: number, lang: Lang): { main: Field[]; categories: Field[]; contact: Field[]; hours: Field[] } {
  const at = `departments.departments[${i}]`;
  const others = source.departments.departments.filter((o) => o.id !== d.id).map((o) => ({ value: o.id, label: o.name[lang] }));
  const category = (c: KnowledgeSource['departments']['categories'][number]): Field => ({
    name: `cat__${c.id}`,
    label: c.name,
    value: d.categories.includes(c.id) ? 'ja' : '',
    path: `${at}.categories`,
    kind: 'check',
  });
  const day = (n: number): Field => ({
    name: `day_${n}`,
    label: b(DAYS.nl[n - 1] as string, DAYS.en[n - 1] as string),
    value: d.hours?.days.includes(n) ? 'ja' : '',
    path: `${at}.hours.days`,
    kind: 'check',
  });
  return {
    main: [
      { name: 'name_nl', label: TEXT.nameNl, value: d.name.nl, path: `${at}.name.nl` },
      { name: 'name_en', label: TEXT.nameEn, value: d.name.en, path: `${at}.name.en` },
      { name: 'handles_nl', label: TEXT.handlesNl, value: d.handles.nl, path: `${at}.handles.nl`, kind: 'area' },
      { name: 'handles_en', label: TEXT.handlesEn, value: d.handles.en, path: `${at}.handles.en`, kind: 'area' },
      ...source.departments.categories.map(category),
      {
        name: 'backup',
        label: TEXT.backup,
        value: d.backup ?? '',
        path: `${at}.backup`,
        kind: 'select',
        options: [{ value: '', label: TEXT.none[lang] }, ...others],
      },
    ],
    categories: source.departments.categories.map(category),
    contact: [
      { name: 'contact_channel', label: TEXT.channel, value: d.contact?.channel ?? '', path: `${at}.contact.channel` },
      { name: 'contact_email', label: TEXT.email, value: d.contact?.email ?? '', path: `${at}.contact.email` },
      { name: 'contact_phone', label: TEXT.phone, value: d.contact?.phone ?? '', path: `${at}.contact.phone` },
    ],
    hours: [
      ...[1, 2, 3, 4, 5, 6, 7].map(day),
      { name: 'hours_from', label: TEXT.from, value: d.hours?.from ?? '', path: `${at}.hours.from` },
      { name: 'hours_to', label: TEXT.to, value: d.hours?.to ?? '', path: `${at}.hours.to` },
      { name: 'hours_timezone', label: TEXT.timezone, value: d.hours?.timezone ?? '', path: `${at}.hours.timezone` },
    ],
  };
}

/** One department of departments.yaml: names, categories, backup, contact and working hours. */
export const departmentKind: EditKind = {
  path: '/console/kennis/afdeling',
  param: 'id',
  title(source, id, lang) {
    const d = source.departments.departments[indexOf(source, id)];
    return d ? `${TEXT.title[lang]}: ${d.name[lang]}` : undefined;
  },
  intro: TEXT.intro,
  groups(source, id, lang) {
    const i = indexOf(source, id);
    const d = source.departments.departments[i];
    if (!d) return [];
    const { main, categories, contact, hours } = fields(source, d, i, lang);
    return [
      { fields: main },
      { legend: TEXT.categories[lang], fields: categories },
      { legend: TEXT.contact[lang], fields: contact },
      { legend: TEXT.hours[lang], fields: hours },
    ];
  },
  apply(source, id, body) {
    const next = structuredClone(source);
    const i = indexOf(next, id);
    const d = next.departments.departments[i];
    if (!d) return { source, errors: [] };
    const get = (name: string) => body.get(name) ?? '';
    d.name = { nl: get('name_nl'), en: get('name_en') };
    d.handles = { nl: get('handles_nl'), en: get('handles_en') };
    d.categories = next.departments.categories.filter((c) => get(`cat__${c.id}`) === 'ja').map((c) => c.id);
    const backup = optional(get('backup'));
    if (backup) d.backup = backup;
    else delete d.backup;
    const contact = { channel: optional(get('contact_channel')), email: optional(get('contact_email')), phone: optional(get('contact_phone')) };
    const set = Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length > 0) d.contact = set;
    else delete d.contact;
    const days = [1, 2, 3, 4, 5, 6, 7].filter((n) => get(`day_${n}`) === 'ja');
    const [from, to, timezone] = [get('hours_from').trim(), get('hours_to').trim(), get('hours_timezone').trim()];
    if (days.length > 0 || from || to || timezone) d.hours = { days, from, to, timezone };
    else delete d.hours;
    return { source: next, errors: [] };
  },
  async notes(deps: ConsoleDeps, ctx: Ctx, id: string, problem?: NoteProblem) {
    const { lang } = ctx;
    const csrf = html`<input type="hidden" name="csrf" value="${ctx.signed.session.csrf}"><input type="hidden" name="id" value="${id}">`;
    const channels = await deps.escalations.channelsOf(id);
    const list = channels.map(
      (c) => html`<li>${c.platform === 'slack' ? 'Slack' : 'Teams'}: <code>${c.channelId}</code>
<form method="post" action="/console/kennis/afdeling/ontkoppel" class="inline">${csrf}<input type="hidden" name="platform" value="${c.platform}"><input type="hidden" name="kanaal" value="${c.channelId}"><button type="submit" aria-label="${TEXT.unbind[lang]}: ${c.channelId}">${TEXT.unbind[lang]}</button></form></li>`,
    );
    const error = problem?.field === 'kanaal' ? problem : undefined;
    const aria = error ? html` aria-invalid="true" aria-describedby="e-kanaal"` : '';
    const platform = (value: string, label: string) =>
      html`<option value="${value}"${problem?.value.startsWith('19:') === (value === 'teams') ? ' selected' : ''}>${label}</option>`;
    return html`<section aria-labelledby="h-channels" class="panel"><h2 id="h-channels">${TEXT.channels[lang]}</h2>
${list.length > 0 ? html`<ul>${list}</ul>` : html`<p>${TEXT.noChannel[lang]}</p>`}
<form method="post" action="/console/kennis/afdeling/koppel">${csrf}
<p><label for="f-platform">${TEXT.platform[lang]}</label><select id="f-platform" name="platform">${platform('slack', 'Slack')}${platform('teams', 'Teams')}</select></p>
<p><label for="f-kanaal">${TEXT.channelId[lang]}</label><input id="f-kanaal" name="kanaal" value="${problem?.value ?? ''}"${aria}>${error ? html`<span class="field-error" id="e-kanaal">${error.message}</span>` : ''}</p>
<p><button type="submit">${TEXT.bindButton[lang]}</button></p></form><p class="muted">${TEXT.bind[lang].replace('{id}', id)}</p></section>`;
  },
};
