import type { ColumnDef, FilterFn, SortingFn } from '@tanstack/react-table';
import type { DatasetColumn } from '../../../shared/kb/schemas';
import { matchesFilter, parseFilter, type ParseResult } from '../../../shared/table/filterExpr';
import { cellText, cellValue, headerText, type Cell, type ViewUnits } from '../../../shared/table/model';

export type Row = Record<string, unknown>;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function textOf(v: unknown): string {
  return Array.isArray(v) ? v.join('; ') : String(v ?? '');
}

/** Natural order for text ("c5.2xlarge" before "c5.12xlarge"); numbers and booleans compare as values. */
function sorterFor(col: DatasetColumn): SortingFn<Row> | 'basic' {
  if (col.type === 'number' || col.type === 'boolean') return 'basic';
  return (a, b, id) => collator.compare(textOf(a.getValue(id)), textOf(b.getValue(id)));
}

/** The expression is parsed once per change (resolveFilterValue), not once per row. */
function filterFor(col: DatasetColumn): FilterFn<Row> {
  const fn: FilterFn<Row> = (row, id, parsed: ParseResult) =>
    !parsed.ok || matchesFilter(parsed.filter, row.getValue(id) ?? null);
  fn.resolveFilterValue = (v: unknown): ParseResult => parseFilter(String(v ?? ''), col.type);
  fn.autoRemove = (v: unknown) => v === undefined || v === null || v === '';
  return fn;
}

export const SELECT_ID = '__select';

export function columnDefs(columns: DatasetColumn[], units: ViewUnits): ColumnDef<Row, Cell | undefined>[] {
  return columns.map((col) => ({
    id: col.key,
    // undefined (not null) so sortUndefined puts missing values last in both directions.
    accessorFn: (row: Row) => cellValue(row, col, units) ?? undefined,
    header: headerText(col, units),
    sortingFn: sorterFor(col),
    sortUndefined: 'last',
    sortDescFirst: false,
    filterFn: filterFor(col),
    enableHiding: true,
  }));
}

/**
 * Fixed column widths (in `ch`) from the longest cell text, so virtualized rows never make the columns
 * jump as they scroll in and out.
 */
export function columnWidthsCh(
  columns: DatasetColumn[],
  rows: Row[],
  units: ViewUnits,
  wrap: boolean,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const col of columns) {
    let longest = 0;
    for (const r of rows) {
      const n = cellText(cellValue(r, col, units), col, units).length;
      if (n > longest) longest = n;
    }
    // Header words never break mid-word: room for the longest (bold, so ~15% wider) plus the sort mark.
    const label = headerText(col, units).slice(0, col.label.length);
    const longestWord = Math.max(...label.split(/\s+/).map((w) => w.length));
    // The unit line is smaller (~0.9×) and may take two lines.
    const unit = headerText(col, units).slice(col.label.length).trim();
    const headerFit = Math.max(
      Math.ceil(longestWord * 1.15) + 4,
      Math.ceil(label.length / 3) + 4,
      Math.ceil((unit.length * 0.9) / 2) + 3,
    );
    const textual = col.type === 'text' || col.type === 'list';
    const cap = textual ? (wrap ? 34 : 42) : 24;
    out[col.key] = Math.max(headerFit, Math.min(cap, Math.max(textual ? 10 : 8, longest + 2)));
  }
  return out;
}
