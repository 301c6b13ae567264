import { useState, type ReactNode } from 'react';
import type { DatasetColumn } from '../../../shared/kb/schemas';
import { cellText, cellValue, headerText, type ViewUnits } from '../../../shared/table/model';
import type { Row } from './columns';
import { MakeCardButton } from '../quiz/MakeCard';

interface Props {
  /** Dataset id, for the origin of cards made from a cell. */
  datasetId: string;
  keyColumn: string;
  /** Selected rows, in the table's current order. */
  rows: Row[];
  /** Visible columns, in order; each becomes one line of the comparison. */
  columns: DatasetColumn[];
  units: ViewUnits;
  onRemove: (key: string) => void;
  onClose: () => void;
}

/** Selected rows side by side: one column per row, one line per visible field, differing lines marked. */
export function CompareView({ datasetId, keyColumn, rows, columns, units, onRemove, onClose }: Props): ReactNode {
  const [onlyDiff, setOnlyDiff] = useState(false);
  const fields = columns.filter((c) => c.key !== keyColumn);
  const lines = fields.map((col) => {
    const texts = rows.map((r) => cellText(cellValue(r, col, units), col, units));
    return { col, texts, differs: new Set(texts).size > 1 };
  });
  const diffCount = lines.filter((l) => l.differs).length;
  return (
    <section className="rt-compare panel" data-testid="rt-compare" aria-label="Comparison of selected rows">
      <div className="rt-compare-bar">
        <h2>Comparing {rows.length}</h2>
        <span className="muted">
          {diffCount} of {lines.length} fields differ
        </span>
        <label>
          <input type="checkbox" checked={onlyDiff} onChange={(e) => setOnlyDiff(e.target.checked)} data-testid="rt-only-diff" />{' '}
          Only differences
        </label>
        <button type="button" onClick={onClose} data-testid="rt-compare-close">
          Back to table
        </button>
      </div>
      <div className="table-wrap">
        <table className="grid rt-compare-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              {rows.map((r) => {
                const key = String(r[keyColumn]);
                return (
                  <th key={key} scope="col" data-testid="rt-compare-col">
                    <span className="rt-compare-key">{key}</span>
                    <button
                      type="button"
                      className="rt-icon"
                      onClick={() => onRemove(key)}
                      aria-label={`Remove ${key} from the comparison`}
                      title="Remove from the comparison"
                    >
                      ×
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {lines
              .filter((l) => !onlyDiff || l.differs)
              .map(({ col, texts, differs }) => (
                <tr key={col.key} className={differs ? 'rt-diff' : undefined} data-testid="rt-compare-row" data-diff={differs}>
                  <th scope="row">{headerText(col, units)}</th>
                  {texts.map((t, i) => (
                    <td key={i} className={col.type === 'number' ? 'rt-num rt-card-cell' : 'rt-card-cell'}>
                      {t}
                      {t && (
                        <MakeCardButton
                          label="+ card"
                          front={`${String(rows[i]?.[keyColumn])}: ${headerText(col, units)}?`}
                          back={t}
                          origin={{ kind: 'table-cell', ref: `dataset:${datasetId}:${String(rows[i]?.[keyColumn])}:${col.key}`, label: datasetId }}
                        />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
