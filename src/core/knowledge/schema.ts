import { z } from 'zod';
import { FINDING_CODES } from '../ids.js';
import { route } from '../router.js';
import { commandRefs } from '../text.js';

/**
 * Schemas for the files in `knowledge/`, shared by the loader and the tests. Field names are
 * documented for content owners in `knowledge/README.md`; keep the two in step.
 */

const text = z.string().trim().min(1, 'is empty');
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const itemIdSchema = z.string().regex(idPattern, 'must be lower-case words joined by hyphens, like "regel-7" or "eigen-beleid"');

/**
 * Text people read. Each surface writes commands its own way, so a text names a command as
 * `{cmd:escaleer}`, never as "/socialmedia escaleer" or in backticks, and the words must be a
 * command the bot knows.
 */
const prose = text.superRefine((value, ctx) => {
  if (/\/socialmedia\b/i.test(value))
    ctx.addIssue({ code: 'custom', message: 'names "/socialmedia": write the command as {cmd:check} (each platform fills in how it is typed there)' });
  if (value.includes('`'))
    ctx.addIssue({ code: 'custom', message: 'has a backtick: Teams and the terminal would show it; write a command as {cmd:check} and other text plainly' });
  for (const words of commandRefs(value)) {
    if (route(words).kind === 'question')
      ctx.addIssue({ code: 'custom', message: `names {cmd:${words}}, which is not a command the bot knows (e.g. {cmd:check}, {cmd:regel 7}, {cmd:escaleer})` });
  }
});

/** A text in Dutch and English. */
export const localizedSchema = z.strictObject({ nl: prose, en: prose });

/** Lists of words or sentences in Dutch and English; either list may be empty. */
export const localizedListSchema = z.strictObject({
  nl: z.array(text).default([]),
  en: z.array(text).default([]),
});

export const ITEM_KINDS = ['intro', 'scope', 'rule', 'tip', 'template', 'custom'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const itemSchema = z
  .strictObject({
    id: itemIdSchema,
    kind: z.enum(ITEM_KINDS),
    /** Numbered rules only: the number in the guidelines, used for "regel 7" and the citation. */
    number: z.number().int().min(1).max(99).optional(),
    title: localizedSchema,
    /** How the item is cited; rules default to "Regel N" / "Rule N", others to the title. */
    label: localizedSchema.optional(),
    /** A few words for buttons, "Meer over {topic}": "omgangsvormen" / "manners". Rules say "regel 7". */
    topic: z
      .strictObject({
        nl: prose.pipe(z.string().max(28, 'is too long for a button: at most 28 characters')),
        en: prose.pipe(z.string().max(28, 'is too long for a button: at most 28 characters')),
      })
      .optional(),
    /** The guideline text: Dutch as in the source, English a faithful translation. */
    source: localizedSchema,
    /** A short, direct answer to the questions this item is about. */
    answer: localizedSchema,
    /** Templates only: the text to fill in, with {year}, {name} and {org}. */
    template: localizedSchema.optional(),
    keywords: localizedListSchema,
    examples: localizedListSchema,
    related: z.array(itemIdSchema).default([]),
  })
  .superRefine((item, ctx) => {
    if (item.kind !== 'rule' && item.number !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'is only for kind "rule"' });
    }
    if (item.kind === 'template' && item.template === undefined) {
      ctx.addIssue({ code: 'custom', path: ['template'], message: 'is missing: a template needs its text' });
    }
    if (item.keywords.nl.length + item.keywords.en.length + item.examples.nl.length + item.examples.en.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['keywords'],
        message: 'and examples are both empty: the bot could never find this item',
      });
    }
  });

export type KnowledgeItem = z.infer<typeof itemSchema>;

/**
 * Retrieval synonyms: each group lists words that mean the same to a reader. All words of a
 * group are treated as the first one, in questions and in the knowledge alike.
 */
export const synonymsSchema = z.strictObject({
  groups: z.array(z.array(text).min(2, 'needs at least two words')),
  /** Words that show a question is about social media or the guidelines at all. */
  topic: z.array(text).default([]),
  /** Words that often come with such questions, but also with others ("post", "delen"). */
  topic_weak: z.array(text).default([]),
});

export type Synonyms = z.infer<typeof synonymsSchema>;

/**
 * A word list the draft check uses. A term is one or more words; a word may end in `*` (any
 * ending: `sukkel*` finds "sukkels") or start with `*` (any beginning, for compounds:
 * `*gesprek` finds "Teams-gesprek" and "functioneringsgesprek").
 */
export const termListSchema = z.strictObject({
  nl: z.array(text).default([]),
  en: z.array(text).default([]),
});

export const lexiconSchema = z.strictObject({
  code: z.enum(FINDING_CODES),
  /** Named word lists; each rule says which names it needs. */
  lists: z.record(z.string().regex(/^[a-z][a-z-]*$/, 'list names are lower-case words'), termListSchema),
  /** Lists filled from a maintained package, minus the words that cause false alarms. */
  include: z
    .array(
      z.strictObject({
        list: z.string(),
        from: z.enum(['naughty-words/en', 'naughty-words/nl']),
        except: z.array(text).default([]),
      }),
    )
    .default([]),
  /** Look-alikes that must never fire: a hit inside one of these is dropped (and tested). */
  never: z.array(text).default([]),
});

export type LexiconFile = z.infer<typeof lexiconSchema>;

/** A lexicon after loading: includes resolved, ready for the matcher. */
export interface Lexicon {
  code: (typeof FINDING_CODES)[number];
  lists: Readonly<Record<string, readonly string[]>>;
  never: readonly string[];
}

/** The organisation's own settings for the draft check (`knowledge/organisation.yaml`). */
export const organisationSchema = z.strictObject({
  /** Phone numbers, e-mail addresses, addresses and words that are fine to publish. */
  allowed: z.array(text).default([]),
  /** People whose name may appear with anything: public figures, the organisation's spokespeople. */
  public_figures: z.array(text).default([]),
  /** Finding codes the organisation does not want checked. */
  disabled_checks: z.array(z.enum(FINDING_CODES)).default([]),
  /** Names of the organisation's relations; a draft that names one gets `klant-concurrent`. */
  relations: z
    .strictObject({
      clients: z.array(text).default([]),
      members: z.array(text).default([]),
      partners: z.array(text).default([]),
      suppliers: z.array(text).default([]),
      competitors: z.array(text).default([]),
      /**
       * Well-known companies outside the organisation that its people often name (employers, shops,
       * banks, staffing agencies): named with a capital in a sentence about the work around it, each
       * is a relation ("de vakkenvullers van Albert Heijn"), not as a shop in private life.
       */
      companies: z.array(text).default([]),
    })
    .default({ clients: [], members: [], partners: [], suppliers: [], competitors: [], companies: [] }),
});

export type OrganisationSettings = z.infer<typeof organisationSchema>;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:30');

/** The escalation departments and categories (`knowledge/departments.yaml`). */
export const departmentsSchema = z
  .strictObject({
    default: itemIdSchema,
    departments: z
      .array(
        z.strictObject({
          id: itemIdSchema,
          name: localizedSchema,
          handles: localizedSchema,
          categories: z.array(itemIdSchema).default([]),
          backup: itemIdSchema.optional(),
          /** How people reach the department themselves: shown wherever the bot sends someone there. */
          contact: z
            .strictObject({
              /** A channel people know, e.g. "#communicatie" or "Communicatie > Algemeen". */
              channel: prose.pipe(z.string().max(80)).optional(),
              email: z.email('is not an e-mail address such as communicatie@example.org').optional(),
              phone: z
                .string()
                .trim()
                .regex(/^\+?[0-9][0-9 ()-]{5,20}$/, 'is not a phone number such as 030 751 10 07')
                .optional(),
            })
            .optional(),
          /** Working hours for reminders; urgent escalations are always announced. */
          hours: z
            .strictObject({
              days: z.array(z.number().int().min(1).max(7)).min(1),
              from: clock,
              to: clock,
              timezone: z.string().min(1),
            })
            .optional(),
        }),
      )
      .min(1, 'needs at least one department'),
    categories: z.array(z.strictObject({ id: itemIdSchema, name: localizedSchema, words: z.array(text).default([]) })).min(1, 'needs at least one category'),
  })
  .superRefine((file, ctx) => {
    const ids = new Set(file.departments.map((d) => d.id));
    const categories = new Set(file.categories.map((c) => c.id));
    if (!ids.has(file.default)) ctx.addIssue({ code: 'custom', path: ['default'], message: `"${file.default}" is not one of the departments` });
    file.departments.forEach((d, i) => {
      if (d.backup !== undefined && !ids.has(d.backup))
        ctx.addIssue({ code: 'custom', path: ['departments', i, 'backup'], message: `"${d.backup}" is not one of the departments` });
      d.categories.forEach((c, j) => {
        if (!categories.has(c)) ctx.addIssue({ code: 'custom', path: ['departments', i, 'categories', j], message: `"${c}" is not one of the categories` });
      });
      if (d.hours) {
        try {
          new Intl.DateTimeFormat('en', { timeZone: d.hours.timezone });
        } catch {
          ctx.addIssue({
            code: 'custom',
            path: ['departments', i, 'hours', 'timezone'],
            message: `"${d.hours.timezone}" is not a time zone such as Europe/Amsterdam`,
          });
        }
      }
    });
  });

export type Departments = z.infer<typeof departmentsSchema>;
export type Department = Departments['departments'][number];

/** The daily tips (`knowledge/tips.yaml`): short texts, each pointing at the item it comes from. */
export const tipsSchema = z.strictObject({
  tips: z
    .array(z.strictObject({ id: itemIdSchema, item: itemIdSchema, text: localizedSchema }))
    .min(1, 'needs at least one tip')
    .superRefine((tips, ctx) => {
      const seen = new Set<string>();
      tips.forEach((tip, i) => {
        if (seen.has(tip.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${tip.id}" is used twice` });
        seen.add(tip.id);
      });
    }),
});

export type Tip = z.infer<typeof tipsSchema>['tips'][number];
