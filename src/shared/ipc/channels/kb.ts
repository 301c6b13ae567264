import { z } from 'zod';
import { channel } from '../define';
import type { DatasetColumn, DefaultFilter } from '../../kb/schemas';

export type { DatasetColumn };

export interface KbFactView {
  id: string;
  label: string;
  value: string;
  numeric: number | null;
  unit: string | null;
  source: string;
  asOf: string;
  /** Wrong figures seen in notes and cheat sheets, and why they are wrong. */
  commonMistakes: { claim: string; why: string }[];
  /**
   * Whether AWS raises the figure on request (its quotas page: "Adjustable: Yes"), or not ("No": a hard
   * limit); null when the figure is no quota or the page does not say. With the page that says it.
   */
  adjustable: { value: boolean; source: string } | null;
}

export interface KbEntrySummary {
  id: string;
  title: string;
  service: string;
  category: string;
  summary: string;
}

export interface KbEntryView extends KbEntrySummary {
  body: string;
  facts: KbFactView[];
  examTraps: string[];
  chooseOver: { other: string; otherTitle: string; when: string }[];
  related: KbEntrySummary[];
  /** Comparison tables and datasets that mention this entry. */
  tables: { kind: 'comparison' | 'dataset'; id: string; title: string }[];
  tags: string[];
}

export interface DatasetView {
  id: string;
  title: string;
  description: string;
  source: string;
  asOf: string;
  keyColumn: string;
  columns: DatasetColumn[];
  /** Rows exactly as in data/datasets/<id>.json (validated at build time by their schema). */
  rows: Record<string, unknown>[];
  notes: string[];
  /** Filters in force until the user lifts them (no-op when their column is absent). */
  defaultFilters: DefaultFilter[];
}

export type DatasetSummary = Pick<DatasetView, 'id' | 'title' | 'description' | 'source' | 'asOf'>;

export interface ComparisonView {
  id: string;
  title: string;
  description: string;
  source: string;
  asOf: string;
  dimensions: string[];
  items: { entryId: string; name: string; values: Record<string, string> }[];
  guidance: string[];
}

export interface PricePackView {
  region: string;
  currency: string;
  asOf: string;
  prices: Record<
    string,
    {
      usd: number;
      unit: string;
      source: string;
      asOf: string;
      note?: string;
      /** The us-east-1 figure standing in for an unverified regional price. */
      standInFrom?: string;
      /** Set when the price comes from an imported AWS Price List offer file. */
      importedFrom?: { fileName: string; offerCode: string; version: string; publicationDate: string };
    }
  >;
}

const id = z.string().min(1).max(120).regex(/^[\w.:-]+$/, 'ids are letters, digits and . : _ -');

export const kbChannels = {
  'kb.entries': channel<KbEntrySummary[]>()(z.strictObject({ category: z.string().max(60).optional() })),
  'kb.entry': channel<KbEntryView>()(z.strictObject({ id })),
  'kb.datasets': channel<DatasetSummary[]>()(z.strictObject({})),
  'kb.dataset': channel<DatasetView>()(z.strictObject({ id })),
  'kb.comparisons': channel<ComparisonView[]>()(z.strictObject({})),
  'kb.prices': channel<PricePackView>()(z.strictObject({ region: id })),
  'kb.regions': channel<string[]>()(z.strictObject({})),
};
