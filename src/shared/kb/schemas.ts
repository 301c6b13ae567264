import { z } from 'zod';
import { isoDate, provenance, regionCodeSchema, regionSchema, sourceUrl } from './provenance';

/**
 * Schemas of the curated source files in data/. The build script (scripts/build-kb.ts) validates every
 * file against these before compiling the bundled knowledge base; a data test does the same.
 */

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case slugs');
/** Fact ids are dotted paths: `<entry>.<subject>.<metric>`, e.g. `s3.standard.durability`. */
export const factId = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'fact ids look like s3.standard.durability');

// A year alone when the sources give no month (the change is documented, its announcement is not).
const monthOrDay = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY)');

/**
 * A yes/no property a fact states, in the words a note would use, so the notes fact-check can hold a
 * sentence without a figure against it (src/shared/notes/assertCheck.ts): a sentence (or its headings)
 * that names one of `about` and says one of `says` (or one of `opposite`, its antonym: "optional" for
 * "required") asserts the property, or denies it when negated; it contradicts the fact when that polarity
 * is not `holds`. `claim` is a plain sentence asserting the property (true exactly when `holds`), with an
 * auxiliary (is, are, can, does, do, will) so the evaluation can also write its negation.
 */
// A phrase holding a negation would invert the polarity the check reads around it.
const assertPhrase = z
  .string()
  .min(2)
  .refine(
    // "all or nothing" names a property; its "nothing" negates nothing.
    (p) => !/\b(?:not|no|never|none|nothing|cannot|without|neither|nor)\b|n['’]t\b/i.test(p.replace(/\ball[\s-]+or[\s-]+nothing\b/gi, '')),
    'phrases must not hold a negation',
  );

export const factAssertSchema = z.strictObject({
  /** Names of the subject (any one); a plural "s" is accepted. */
  about: z.array(z.string().min(2)).min(1),
  /** Words one of which must also begin a word of the sentence or its headings (the service, when `about` alone is a common word). */
  context: z.array(z.string().min(2)).min(1).optional(),
  /** Words that make a sentence about something else (another engine, class or tier): not checked. */
  exclude: z.array(z.string().min(2)).min(1).optional(),
  /** Phrases that state the property; `*` stands for up to four words ("cross-zone * on by default"). */
  says: z.array(assertPhrase).min(1),
  /** Phrases that state its opposite (antonyms). */
  opposite: z.array(assertPhrase).min(1).optional(),
  /** Whether the property holds. */
  holds: z.boolean(),
  claim: z
    .string()
    .min(10)
    .refine((c) => /\b(?:is|are|can|does|do|will)\b/.test(c), 'claim needs an auxiliary (is, are, can, does, do, will)'),
});
export type FactAssert = z.infer<typeof factAssertSchema>;

/** One checkable figure: the unit of fact-checking and of "facts with sources" on entry pages. */
export const factSchema = provenance.extend({
  id: factId,
  /** Human label, e.g. "S3 Standard durability". */
  label: z.string().min(3),
  /** Display value as the docs state it, e.g. "99.999999999% (11 nines)". */
  value: z.string().min(1),
  /** Machine value when the fact is a number (in `unit`), used by the fact-checker. */
  numeric: z.number().finite().optional(),
  unit: z.string().optional(),
  /** Wrong values commonly seen in notes/cheat sheets, each with why it is wrong. */
  commonMistakes: z.array(z.object({ claim: z.string().min(1), why: z.string().min(5) })).optional(),
  /**
   * Earlier official values, newest first: a note quoting one is outdated rather than wrong, and the
   * fact-check says when it changed. `to` is the day the value stopped being official.
   */
  history: z
    .array(
      z.strictObject({
        value: z.string().min(1),
        numeric: z.number().finite().optional(),
        unit: z.string().optional(),
        from: monthOrDay.optional(),
        /** When it stopped being official: a day, a month when the announcement's day is not known, a year when neither is. */
        to: monthOrDay,
        source: sourceUrl,
      }),
    )
    .optional(),
  /**
   * Whether the figure is a quota AWS raises on request: `true` when the service's quotas page says
   * "Adjustable: Yes" (the figure is then the default), `false` when it says "No" (a hard limit). Absent when
   * the figure is no quota or the page does not say. The notes fact-check flags "hard limit" said of an
   * adjustable figure and "can be raised" said of a fixed one.
   */
  adjustable: z.boolean().optional(),
  /** The page stating `adjustable`, when it is not the fact's own `source`. */
  adjustableSource: sourceUrl.optional(),
  /** A yes/no property the fact states, checked in sentences without a figure (see factAssertSchema). */
  assert: factAssertSchema.optional(),
  /** Hints for the notes fact-check where the label alone would mislead it. */
  check: z
    .strictObject({
      /** The figure holds for every variant (storage class, engine…) the label happens to name. */
      anyVariant: z.boolean().optional(),
      /** What kind of figure it is, when the label does not say (max, min, default or an exact value). */
      kind: z.enum(['max', 'min', 'default', 'exact']).optional(),
      /** Extra words a note may use for this attribute. */
      keywords: z.array(z.string().min(2)).optional(),
      /**
       * Statements this fact contradicts (non-numeric facts: "the Multi-AZ standby serves reads"), as
       * case-insensitive regular expressions in generic wording. A note line naming the fact's service that
       * says one of them, not negated, is flagged with the fact's value.
       */
      contradicts: z
        .array(
          z.string().refine((src) => {
            try {
              new RegExp(src, 'i');
              return true;
            } catch {
              return false;
            }
          }, 'must be a valid regular expression'),
        )
        .optional(),
    })
    .optional(),
});
export type Fact = z.infer<typeof factSchema>;

export const CATEGORIES = [
  'security',
  'monitoring',
  'compute',
  'scaling',
  'storage',
  'database',
  'analytics',
  'integration',
  'serverless',
  'containers',
  'networking',
  'deployment',
  'architecture',
  'ml',
] as const;
export const categorySchema = z.enum(CATEGORIES);

/** data/kb/<id>.json: one concise entry in our own words. */
export const kbEntrySchema = z.strictObject({
  id: slug,
  title: z.string().min(2),
  /** Service family used for search filters, e.g. "S3", "DynamoDB", "VPC", or "Architecture". */
  service: z.string().min(2),
  category: categorySchema,
  /** One or two sentences: what it is. */
  summary: z.string().min(20).max(400),
  /** Markdown body: how it works, key limits, when to choose it (150–600 words). */
  body: z.string().min(200),
  facts: z.array(factSchema),
  /** "Choose X over Y when ...": ids from data/kb/_ids.json. */
  chooseOver: z.array(z.strictObject({ other: slug, when: z.string().min(10) })),
  examTraps: z.array(z.string().min(10)).min(1),
  related: z.array(slug),
  tags: z.array(z.string().min(1)),
  /** Main documentation page for the entry. */
  source: sourceUrl,
  asOf: isoDate,
});
export type KbEntry = z.infer<typeof kbEntrySchema>;

/** data/comparisons/<id>.json: side-by-side of neighbouring services. */
export const comparisonSchema = z.strictObject({
  id: slug,
  title: z.string().min(5),
  description: z.string().min(20),
  /** Row labels, e.g. "Delivery model", "Ordering", "Max message size". */
  dimensions: z.array(z.string().min(2)).min(4),
  /** One column per service; `values` has a key for every dimension. */
  items: z
    .array(
      z.strictObject({
        entryId: slug,
        name: z.string().min(2),
        values: z.record(z.string(), z.string().min(1)),
      }),
    )
    .min(2),
  /** Decision rules in our own words: "Pick NLB when ...". */
  guidance: z.array(z.string().min(10)).min(2),
  sources: z.array(sourceUrl).min(1),
  asOf: isoDate,
});
export type Comparison = z.infer<typeof comparisonSchema>;

/**
 * data/datasets/<id>.json: a reference table. Columns describe how the generic table UI shows each field;
 * rows hold plain values. Regional columns hold `{ [region]: number }` maps (the UI has a region switch).
 */
export const datasetColumnSchema = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  label: z.string().min(1),
  type: z.enum(['text', 'number', 'boolean', 'list']),
  /** Unit shown in the header and exports, e.g. "GiB", "MiB/s", "USD/hour", "USD/GB-month". */
  unit: z.string().optional(),
  /** True when the row value is a per-region map of numbers. */
  regional: z.boolean().optional(),
  /** Money columns get the hourly/monthly/yearly unit switch when their unit is per hour. */
  money: z.boolean().optional(),
  /** Shown by default (the column picker can change it). */
  defaultVisible: z.boolean(),
  description: z.string().optional(),
  /** Where this column's figures come from (overrides the dataset-level source). */
  source: sourceUrl.optional(),
  asOf: isoDate.optional(),
});
export type DatasetColumn = z.infer<typeof datasetColumnSchema>;

/**
 * A filter a table applies until the user lifts it with a visible toggle, e.g. hide previous-generation
 * instance types. A no-op when the dataset has no such column (so a dataset can declare it before the
 * column lands).
 */
export const defaultFilterSchema = z.strictObject({
  column: z.string().min(1),
  /** A filter expression as typed in the column's filter box, e.g. "=current". */
  filter: z.string().min(1),
  /** The toggle that lifts it, e.g. "Show previous generation". */
  showLabel: z.string().min(3),
});
export type DefaultFilter = z.infer<typeof defaultFilterSchema>;

export const cellValue = z.union([
  z.string(),
  z.number().finite(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  // Sparse: a region without an entry has no price there (same as null).
  z.partialRecord(regionCodeSchema, z.number().finite().nullable()),
]);

/** A public repository snapshot a generated dataset's figures were taken from. */
export const snapshotSchema = z.strictObject({
  repo: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  date: isoDate,
  path: z.string().min(1),
  provides: z.string().min(10),
});

export const datasetSchema = z
  .strictObject({
    id: slug,
    title: z.string().min(3),
    description: z.string().min(20),
    /** Column holding the row's unique name, e.g. "instanceType". */
    keyColumn: z.string(),
    /** KB entry ids this table belongs to (entry pages link to it). */
    entries: z.array(slug).min(1),
    columns: z.array(datasetColumnSchema).min(3),
    /** Filters the table applies until the user lifts them (e.g. hide previous generation). */
    defaultFilters: z.array(defaultFilterSchema).optional(),
    rows: z.array(z.record(z.string(), cellValue)).min(1),
    source: sourceUrl,
    asOf: isoDate,
    notes: z.array(z.string()).optional(),
    /** For generated datasets: the pinned snapshots the figures came from. */
    snapshots: z.array(snapshotSchema).optional(),
  })
  .superRefine((d, ctx) => {
    const keys = new Set(d.columns.map((c) => c.key));
    if (!keys.has(d.keyColumn))
      ctx.addIssue({ code: 'custom', message: `keyColumn ${d.keyColumn} is not a column` });
    const seen = new Set<unknown>();
    d.rows.forEach((r, i) => {
      for (const k of Object.keys(r))
        if (!keys.has(k)) ctx.addIssue({ code: 'custom', message: `row ${i} has unknown field ${k}` });
      const key = r[d.keyColumn];
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `duplicate row key ${String(key)}` });
      seen.add(key);
    });
  });
export type Dataset = z.infer<typeof datasetSchema>;

/** data/prices/<region>.json: the unit prices the calculators use, each with its source and date. */
export const priceSchema = provenance.extend({
  usd: z.number().finite().nonnegative(),
  /** e.g. "USD per WCU-hour", "USD per million requests", "USD per GB-month". */
  unit: z.string().min(3),
  note: z.string().optional(),
  /**
   * Set when no figure for the pack's region was verified and this is that region's figure's stand-in:
   * the named region's price (us-east-1). Calculators say so in the trace and in a warning.
   */
  standInFrom: regionSchema.optional(),
  /** Set at lookup time (never in data/) when the price comes from an AWS Price List offer file the user imported. */
  importedFrom: z
    .strictObject({ fileName: z.string(), offerCode: z.string(), version: z.string(), publicationDate: z.string() })
    .optional(),
});
export const pricePackSchema = z.strictObject({
  /** Bundled packs exist for a few regions; a pack built from imported prices can be for any region. */
  region: regionCodeSchema,
  currency: z.literal('USD'),
  /** The pack's as-of date: the oldest date any of its prices was checked. */
  asOf: isoDate,
  prices: z.record(z.string().regex(/^[a-z0-9]+(\.[a-zA-Z0-9-]+)+$/), priceSchema),
});
export type PricePack = z.infer<typeof pricePackSchema>;

/**
 * data/exams/in-scope.json: each exam guide's appendix "In-scope AWS services and features", as published,
 * grouped by the guide's categories, with the KB entries that cover each service. A service is defined once
 * (its entries in one place) and listed by id under every category and exam that names it.
 */
export const inScopeServiceSchema = z.strictObject({
  /** The service's name as the exam guide lists it. */
  name: z.string().min(2),
  /** KB entry ids (data/kb/_ids.json) that cover the service; empty when none does yet. */
  entries: z.array(slug),
  /**
   * Set when the entries also cover other services (an umbrella entry such as ai-services): then only the
   * questions whose stem or a correct option names the service by one of these words count for it.
   */
  match: z.array(z.string().min(2)).min(1).optional(),
});
export type InScopeService = z.infer<typeof inScopeServiceSchema>;

export const inScopeExamSchema = z.strictObject({
  /** Exam id, e.g. "saa-c03" (src/shared/quiz/examGuides). */
  exam: z.string().min(3),
  /** The guide's in-scope services page. */
  source: sourceUrl,
  asOf: isoDate,
  /** How the list was read (which copy, what could not be confirmed). */
  note: z.string().min(10),
  categories: z
    .array(
      z.strictObject({
        name: z.string().min(2),
        /** False when the stored copies of the guide did not show this category in full. */
        confirmed: z.boolean(),
        services: z.array(slug).min(1),
      }),
    )
    .min(1),
});

export const inScopeFileSchema = z
  .strictObject({
    services: z.record(slug, inScopeServiceSchema),
    exams: z.array(inScopeExamSchema).min(1),
  })
  .superRefine((f, ctx) => {
    for (const e of f.exams)
      for (const c of e.categories)
        for (const s of c.services)
          if (!f.services[s]) ctx.addIssue({ code: 'custom', message: `${e.exam} ${c.name}: unknown service id ${s}` });
  });
export type InScopeFile = z.infer<typeof inScopeFileSchema>;
