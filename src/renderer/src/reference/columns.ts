import type { DerivedTable } from '../../../shared/table/pipeline';
import { cellText, headerText } from '../../../shared/table/model';

export type Row = Record<string, unknown>;

/**
 * Fixed column widths (in `ch`) from the longest cell text, so virtualized rows never make the columns
 * jump as they scroll in and out. Reads the derived cells, so it follows the current units.
 */
export function columnWidthsCh(d: DerivedTable, wrap: boolean): Record<string, number> {
  const out: Record<string, number> = {};
  d.source.columns.forEach((col, c) => {
    let longest = 0;
    for (const v of d.cells[c]!) {
      const n = cellText(v, col, d.units).length;
      if (n > longest) longest = n;
    }
    // Header words never break mid-word: room for the longest (bold, so ~15% wider) plus the sort mark.
    const label = headerText(col, d.units).slice(0, col.label.length);
    const longestWord = Math.max(...label.split(/\s+/).map((w) => w.length));
    // The unit line is smaller (~0.9×) and may take two lines.
    const unit = headerText(col, d.units).slice(col.label.length).trim();
    const headerFit = Math.max(
      Math.ceil(longestWord * 1.15) + 4,
      Math.ceil(label.length / 3) + 4,
      Math.ceil((unit.length * 0.9) / 2) + 3,
    );
    const textual = col.type === 'text' || col.type === 'list';
    const cap = textual ? (wrap ? 34 : 42) : 24;
    out[col.key] = Math.max(headerFit, Math.min(cap, Math.max(textual ? 10 : 8, longest + 2)));
  });
  return out;
}
