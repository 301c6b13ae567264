import { useRef, type ReactNode } from 'react';
import type { DatasetColumn } from '../../../shared/kb/schemas';
import { useDismiss } from './useDismiss';

interface Props {
  columns: DatasetColumn[];
  keyColumn: string;
  /** Visible column keys in display order (the key column is always first). */
  visible: string[];
  onChange: (visible: string[]) => void;
  defaults: string[];
}

/** Show, hide and reorder columns. Newly shown columns take their place in the dataset's order. */
export function ColumnPicker({ columns, keyColumn, visible, onChange, defaults }: Props): ReactNode {
  const menu = useRef<HTMLDetailsElement>(null);
  useDismiss(menu);
  const shown = new Set(visible);
  const order = new Map(columns.map((c, i) => [c.key, i]));

  const toggle = (key: string, on: boolean): void => {
    if (!on) return onChange(visible.filter((k) => k !== key));
    // Insert before the first visible column that comes after it in the dataset.
    const at = visible.findIndex((k) => (order.get(k) ?? 0) > (order.get(key) ?? 0) && k !== keyColumn);
    const next = [...visible];
    next.splice(at < 0 ? next.length : at, 0, key);
    onChange(next);
  };
  const move = (key: string, by: -1 | 1): void => {
    const i = visible.indexOf(key);
    const j = i + by;
    if (i < 1 || j < 1 || j >= visible.length) return;
    const next = [...visible];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  // Visible columns first in their display order, then the hidden ones in dataset order.
  const listed = [
    ...visible.map((k) => columns.find((c) => c.key === k)!).filter(Boolean),
    ...columns.filter((c) => !shown.has(c.key)),
  ];

  return (
    <details className="rt-menu" ref={menu} data-testid="rt-columns">
      <summary>
        Columns <span className="muted">({visible.length}/{columns.length})</span>
      </summary>
      <div className="rt-menu-body rt-picker">
        <div className="rt-picker-actions">
          <button type="button" onClick={() => onChange(columns.map((c) => c.key))}>
            All
          </button>
          <button type="button" onClick={() => onChange([keyColumn])}>
            None
          </button>
          <button type="button" onClick={() => onChange(defaults)} data-testid="rt-columns-defaults">
            Defaults
          </button>
        </div>
        <ul>
          {listed.map((c) => {
            const on = shown.has(c.key);
            const isKey = c.key === keyColumn;
            return (
              <li key={c.key} className={on ? undefined : 'rt-off'}>
                <label title={c.description}>
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={isKey}
                    onChange={(e) => toggle(c.key, e.target.checked)}
                    data-testid={`rt-col-${c.key}`}
                  />{' '}
                  {c.label}
                  {c.unit && <span className="muted"> ({c.unit})</span>}
                </label>
                {on && !isKey && (
                  <span className="rt-move">
                    <button type="button" className="rt-icon" onClick={() => move(c.key, -1)} aria-label={`Move ${c.label} left`}>
                      ↑
                    </button>
                    <button type="button" className="rt-icon" onClick={() => move(c.key, 1)} aria-label={`Move ${c.label} right`}>
                      ↓
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
