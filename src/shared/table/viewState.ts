/**
 * The persisted state of a reference table (current state and named saved views). Preferences come back
 * from the database as `unknown`, may predate a dataset change, and may have been edited by hand, so they
 * pass a schema and are reconciled with the dataset's columns before use.
 */
import { z } from 'zod';
import type { DatasetColumn } from '../kb/schemas';
import { DEFAULT_REGION, type Basis, type Period } from './model';

const columnId = z.string().min(1).max(80);

export const tableStateSchema = z.object({
  sorting: z.array(z.object({ id: columnId, desc: z.boolean() })).max(20),
  filters: z.array(z.object({ id: columnId, value: z.string().max(200) })).max(100),
  globalFilter: z.string().max(200),
  region: z.string().max(40),
  period: z.enum(['hour', 'month', 'year']),
  basis: z.enum(['unit', 'vcpu', 'gib']),
  /** Columns whose dataset-declared default filter the user lifted; absent in states saved before it existed. */
  lifted: z.array(columnId).max(20).default([]),
});
export type TableState = z.infer<typeof tableStateSchema>;

export const savedViewSchema = tableStateSchema.extend({
  name: z.string().trim().min(1).max(60),
  /** Visible column keys, in order. */
  columns: z.array(columnId).max(200),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export function defaultState(): TableState {
  return { sorting: [], filters: [], globalFilter: '', region: DEFAULT_REGION, period: 'hour', basis: 'unit', lifted: [] };
}

export function defaultColumns(columns: DatasetColumn[]): string[] {
  return columns.filter((c) => c.defaultVisible).map((c) => c.key);
}

export interface Reconcile {
  columns: DatasetColumn[];
  regions: string[];
  bases: Basis[];
  hasHourly: boolean;
}

/** Drops references to columns, regions and bases this dataset does not have. */
export function reconcileState(s: TableState, ds: Reconcile): TableState {
  const keys = new Set(ds.columns.map((c) => c.key));
  const seen = new Set<string>();
  return {
    sorting: s.sorting.filter((x) => keys.has(x.id) && !seen.has(x.id) && (seen.add(x.id), true)),
    filters: s.filters.filter((f) => keys.has(f.id) && f.value !== ''),
    globalFilter: s.globalFilter,
    region: ds.regions.includes(s.region) ? s.region : (ds.regions[0] ?? DEFAULT_REGION),
    period: ds.hasHourly ? s.period : ('hour' satisfies Period),
    basis: ds.hasHourly && ds.bases.includes(s.basis) ? s.basis : 'unit',
    lifted: [...new Set(s.lifted.filter((k) => keys.has(k)))],
  };
}

/** Parses a stored state; anything unreadable falls back to the defaults. */
export function readState(stored: unknown, ds: Reconcile): TableState {
  const r = tableStateSchema.safeParse(stored);
  return reconcileState(r.success ? r.data : defaultState(), ds);
}

/** Parses stored visible columns: unknown keys dropped, duplicates removed; null when nothing usable. */
export function readColumns(stored: unknown, columns: DatasetColumn[]): string[] | null {
  const r = z.array(columnId).safeParse(stored);
  if (!r.success) return null;
  const keys = new Set(columns.map((c) => c.key));
  const out = [...new Set(r.data.filter((k) => keys.has(k)))];
  return out.length ? out : null;
}

/** Parses stored saved views, keeping the valid ones (a bad entry does not lose the others). */
export function readViews(stored: unknown, ds: Reconcile): SavedView[] {
  if (!Array.isArray(stored)) return [];
  const out: SavedView[] = [];
  for (const v of stored) {
    const r = savedViewSchema.safeParse(v);
    if (!r.success) continue;
    const cols = readColumns(r.data.columns, ds.columns) ?? defaultColumns(ds.columns);
    out.push({ ...r.data, ...reconcileState(r.data, ds), columns: cols });
  }
  return out;
}

/** Most sort keys a table keeps (shift-click adds one; the oldest drops off). */
export const MAX_SORT_KEYS = 6;

/**
 * A header click: ascending, then descending, then unsorted. A plain click sorts by that column alone;
 * a shift-click adds it to (or cycles it within) the existing sort keys.
 */
export function toggleSort(sorting: TableState['sorting'], id: string, multi: boolean): TableState['sorting'] {
  const cur = sorting.find((s) => s.id === id);
  const next = !cur ? { id, desc: false } : !cur.desc ? { id, desc: true } : null;
  if (!multi) return next ? [next] : [];
  if (!next) return sorting.filter((s) => s.id !== id);
  if (cur) return sorting.map((s) => (s.id === id ? next : s));
  return [...sorting, next].slice(-MAX_SORT_KEYS);
}
