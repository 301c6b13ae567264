import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DatasetView } from '../../../shared/ipc/channels/kb';
import type { DatasetColumn } from '../../../shared/kb/schemas';
import { buildExport, type ExportTable } from '../../../shared/table/export';
import {
  BASIS_LABEL,
  basesFor,
  cellText,
  columnUnit,
  isHourlyMoney,
  regionsFor,
  type Basis,
  type Period,
  type ViewUnits,
} from '../../../shared/table/model';
import { applicableDefaults, deriveTable, prepareForTyping, queryTable, type TableQuery } from '../../../shared/table/pipeline';
import {
  defaultColumns,
  defaultState,
  readColumns,
  readState,
  readViews,
  toggleSort,
  type Reconcile,
  type SavedView,
  type TableState,
} from '../../../shared/table/viewState';
import { Loading, SourceTag } from '../components/Status';
import { columnWidthsCh } from './columns';
import { ColumnPicker } from './ColumnPicker';
import { CompareView } from './CompareView';
import { ExportMenu } from './ExportMenu';
import { useStoredPref } from './storedPref';
import { ViewsMenu } from './ViewsMenu';

const ROW_PX = 32;
const CHECK_PX = 36;
const WRAP_MAX_ROWS = 100;

/** The key column always leads: rows are named by it, in the table, the comparison and the exports. */
function keyFirst(cols: string[], key: string): string[] {
  return [key, ...cols.filter((k) => k !== key)];
}

const FILTER_HINT: Record<DatasetColumn['type'], string> = {
  number: '>= 16, 4..32, != 0, 2 | 4, >= 64 GiB',
  text: 'contains, =exact, !not; > 10 Gbps compares the stated figure',
  list: 'contains, =item, !not',
  boolean: 'yes / no',
};

function columnTitle(col: DatasetColumn, ds: DatasetView): string {
  const parts = [col.label + (col.unit ? ` (${col.unit})` : '')];
  if (col.description) parts.push(col.description);
  parts.push(`Source: ${col.source ?? ds.source} (as of ${col.asOf ?? ds.asOf})`);
  parts.push('Click to sort; Shift+click to sort by several columns.');
  return parts.join('\n');
}

export function ReferenceTable({ dataset, rowKey }: { dataset: DatasetView; rowKey?: string }): ReactNode {
  const meta: Reconcile = useMemo(
    () => ({
      columns: dataset.columns,
      regions: regionsFor(dataset.columns, dataset.rows),
      bases: basesFor(dataset.columns),
      hasHourly: dataset.columns.some(isHourlyMoney),
    }),
    [dataset],
  );
  const defaults = useMemo(() => keyFirst(defaultColumns(dataset.columns), dataset.keyColumn), [dataset]);
  const readCols = useCallback(
    (s: unknown) => keyFirst(readColumns(s, dataset.columns) ?? defaults, dataset.keyColumn),
    [dataset, defaults],
  );
  const readSt = useCallback((s: unknown) => readState(s, meta), [meta]);
  const readVw = useCallback((s: unknown) => readViews(s, meta), [meta]);

  const state = useStoredPref(`table.${dataset.id}.state`, readSt);
  const cols = useStoredPref(`table.${dataset.id}.columns`, readCols);
  const views = useStoredPref(`table.${dataset.id}.views`, readVw, 0);

  if (state.value === undefined || cols.value === undefined || views.value === undefined)
    return <Loading what="table settings" />;
  return (
    <LoadedTable
      dataset={dataset}
      rowKey={rowKey}
      meta={meta}
      defaults={defaults}
      state={state.value}
      setState={state.set}
      visible={cols.value}
      setVisible={(v) => cols.set(keyFirst(v, dataset.keyColumn))}
      views={views.value}
      setViews={views.set}
    />
  );
}

interface LoadedProps {
  dataset: DatasetView;
  rowKey?: string;
  meta: Reconcile;
  defaults: string[];
  state: TableState;
  setState: (s: TableState) => void;
  visible: string[];
  setVisible: (v: string[]) => void;
  views: SavedView[];
  setViews: (v: SavedView[]) => void;
}

function LoadedTable(props: LoadedProps): ReactNode {
  const { dataset, rowKey, meta, defaults, state, setState, visible, setVisible, views, setViews } = props;
  const units: ViewUnits = useMemo(
    () => ({ region: state.region, period: state.period, basis: state.basis }),
    [state.region, state.period, state.basis],
  );
  const [selection, setSelection] = useState<Record<string, boolean>>({});
  const [comparing, setComparing] = useState(false);
  const [activeView, setActiveView] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const patch = (p: Partial<TableState>): void => setState({ ...state, ...p });

  const colByKey = useMemo(() => new Map(dataset.columns.map((c) => [c.key, c])), [dataset]);
  const visibleCols = useMemo(
    () => visible.map((k) => colByKey.get(k)).filter((c): c is DatasetColumn => c !== undefined),
    [visible, colByKey],
  );

  // Every shown value comes from `derived`, rebuilt whenever the dataset or the units change: cells,
  // search texts, quantities and sort keys cannot outlive the region, period or basis they were made for.
  const derived = useMemo(() => deriveTable(dataset, units), [dataset, units]);
  const query: TableQuery = useMemo(
    () => ({ filters: state.filters, globalFilter: state.globalFilter, sorting: state.sorting, lifted: state.lifted }),
    [state.filters, state.globalFilter, state.sorting, state.lifted],
  );
  const result = useMemo(() => queryTable(derived, query), [derived, query]);
  // Search texts and stated quantities are built once the table is on screen, not on the first keystroke.
  useEffect(() => {
    const t = setTimeout(() => prepareForTyping(derived), 50);
    return () => clearTimeout(t);
  }, [derived]);
  const rows = result.rows;
  const toggles = useMemo(() => applicableDefaults(dataset), [dataset]);

  const filterOf = (key: string): string => state.filters.find((f) => f.id === key)?.value ?? '';
  const setFilter = (key: string, value: string): void => {
    setActiveView(null);
    const rest = state.filters.filter((f) => f.id !== key);
    patch({ filters: value === '' ? rest : [...rest, { id: key, value }] });
  };
  const selectedKeys = Object.keys(selection).filter((k) => selection[k]);
  // Small tables wrap long text (rows measured as they render); big ones stay one line per row.
  const wrap = dataset.rows.length <= WRAP_MAX_ROWS;
  const widths = useMemo(() => columnWidthsCh(derived, wrap), [derived, wrap]);

  // Virtualized body inside a scroll box that fills the rest of the window.
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [boxHeight, setBoxHeight] = useState(560);
  const [headPx, setHeadPx] = useState(64);
  useLayoutEffect(() => {
    const fit = (): void => {
      const el = scrollRef.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      setBoxHeight(Math.max(380, window.innerHeight - top - 24));
      if (headRef.current) setHeadPx(headRef.current.offsetHeight);
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [comparing, notice]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    getItemKey: (i) => derived.keys[rows[i]!] ?? i,
    overscan: 16,
    paddingStart: headPx,
    scrollPaddingStart: headPx,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items.length ? items[0]!.start - headPx : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  // A search hit opens #/reference/<table>/<rowKey>: bring that row into view (clearing filters that hide it).
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!rowKey || handled.current === rowKey || comparing) return;
    const idx = rows.findIndex((r) => derived.keys[r] === rowKey);
    if (idx >= 0) {
      handled.current = rowKey;
      requestAnimationFrame(() => virtualizer.scrollToIndex(idx, { align: 'center' }));
      return;
    }
    const exists = derived.keys.includes(rowKey);
    if (!exists) {
      handled.current = rowKey;
      setNotice(`This table has no row "${rowKey}".`);
    } else if (state.filters.length || state.globalFilter || result.defaults.length) {
      setNotice(`Filters were cleared to show ${rowKey}.`);
      patch({ filters: [], globalFilter: '', lifted: toggles.map((t) => t.column) });
    } else handled.current = rowKey;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the target or the shown rows change
  }, [rowKey, rows, comparing]);

  const buildShown = useCallback(
    (): ExportTable => buildExport(dataset, derived, result, query, visible),
    [dataset, derived, result, query, visible],
  );

  const saveView = (name: string): void => {
    const v: SavedView = { ...state, name, columns: visible };
    setViews([...views.filter((x) => x.name !== name), v].sort((a, b) => a.name.localeCompare(b.name)));
    setActiveView(name);
  };
  const applyView = (v: SavedView): void => {
    const { name, columns, ...rest } = v;
    setState(rest);
    setVisible(columns);
    setActiveView(name);
  };
  const reset = (): void => {
    setState({ ...defaultState(), region: meta.regions.includes(state.region) ? state.region : defaultState().region });
    setVisible(defaults);
    setActiveView(null);
  };

  const selectedRows = useMemo(() => {
    const byKey = new Map(dataset.rows.map((r, i) => [derived.keys[i]!, r]));
    // Shown rows in table order first, then selected rows the filters now hide.
    const shownKeys = rows.map((r) => derived.keys[r]!);
    const shown = shownKeys.filter((k) => selection[k]);
    const hidden = selectedKeys.filter((k) => !shown.includes(k));
    return [...shown, ...hidden].map((k) => byKey.get(k)).filter((r): r is Record<string, unknown> => r !== undefined);
  }, [rows, selection, selectedKeys, dataset, derived]);

  const totalWidth = `calc(${CHECK_PX}px + ${visibleCols.reduce((s, c) => s + (widths[c.key] ?? 12), 0)}ch)`;
  const hasFilters = state.filters.length > 0 || state.globalFilter !== '';

  return (
    <div className="rt" data-testid="rt">
      <div className="rt-toolbar" role="toolbar" aria-label="Table controls">
        <input
          type="search"
          className="rt-search"
          placeholder="Search all columns…"
          aria-label="Search all columns"
          value={state.globalFilter}
          onChange={(e) => {
            setActiveView(null);
            patch({ globalFilter: e.target.value });
          }}
          data-testid="rt-global"
        />
        {meta.regions.length > 0 && (
          <label className="rt-field">
            Region
            <select value={state.region} onChange={(e) => patch({ region: e.target.value })} data-testid="rt-region">
              {meta.regions.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
        )}
        {meta.hasHourly && (
          <label className="rt-field">
            Prices
            <select value={state.period} onChange={(e) => patch({ period: e.target.value as Period })} data-testid="rt-period">
              <option value="hour">hourly</option>
              <option value="month">monthly (730 h)</option>
              <option value="year">yearly (8,760 h)</option>
            </select>
            {meta.bases.length > 1 && (
              <select
                value={state.basis}
                onChange={(e) => patch({ basis: e.target.value as Basis })}
                aria-label="Price basis"
                data-testid="rt-basis"
              >
                {meta.bases.map((b) => (
                  <option key={b} value={b}>
                    {b === 'unit' ? 'total' : BASIS_LABEL[b]}
                  </option>
                ))}
              </select>
            )}
          </label>
        )}
        {toggles.map((t) => {
          const own = filterOf(t.column) !== '';
          return (
            <label
              key={t.column}
              className="rt-field rt-toggle"
              title={
                own
                  ? `Your own ${colByKey.get(t.column)?.label ?? t.column} filter replaces the default (${t.filter}).`
                  : `Unticked, the table shows only ${colByKey.get(t.column)?.label ?? t.column} ${t.filter}.`
              }
            >
              <input
                type="checkbox"
                checked={own || state.lifted.includes(t.column)}
                disabled={own}
                onChange={(e) =>
                  patch({
                    lifted: e.target.checked
                      ? [...state.lifted.filter((k) => k !== t.column), t.column]
                      : state.lifted.filter((k) => k !== t.column),
                  })
                }
                data-testid={`rt-show-${t.column}`}
              />{' '}
              {t.showLabel}
            </label>
          );
        })}
        <ColumnPicker
          columns={dataset.columns}
          keyColumn={dataset.keyColumn}
          visible={visible}
          defaults={defaults}
          onChange={(v) => {
            setActiveView(null);
            setVisible(v);
          }}
        />
        <ViewsMenu
          views={views}
          active={activeView}
          onApply={applyView}
          onSave={saveView}
          onDelete={(name) => {
            setViews(views.filter((v) => v.name !== name));
            setActiveView(null);
          }}
        />
        <button type="button" onClick={reset} title="Default columns, no filters, no sort" data-testid="rt-reset">
          Reset
        </button>
        <span className="rt-spacer" />
        <ExportMenu fileBase={dataset.id} build={buildShown} />
      </div>

      <div className="rt-statusbar">
        <span data-testid="rt-count" aria-live="polite">
          <strong>{rows.length}</strong> of {dataset.rows.length} shown
        </span>
        {result.hiddenByDefaults > 0 && (
          <span className="muted" data-testid="rt-default-hidden">
            ({result.hiddenByDefaults} more hidden by the default view:{' '}
            {result.defaults.map((d) => `${colByKey.get(d.column)?.label ?? d.column} ${d.filter}`).join(', ')})
          </span>
        )}
        {hasFilters && (
          <button
            type="button"
            className="rt-link"
            onClick={() => patch({ filters: [], globalFilter: '' })}
            data-testid="rt-clear-filters"
          >
            Clear filters
          </button>
        )}
        {state.sorting.length > 0 && (
          <span className="muted" data-testid="rt-sort-summary">
            Sorted by{' '}
            {state.sorting
              .map((s) => `${colByKey.get(s.id)?.label ?? s.id} ${s.desc ? '↓' : '↑'}`)
              .join(', then ')}
          </span>
        )}
        <span className="muted rt-syntax" data-testid="rt-filter-help">
          Filters: <code>&gt;= 16</code> <code>4..32</code> <code>!= 0</code> <code>2 | 4</code> <code>&gt;= 64 GiB</code>{' '}
          <code>&gt; 10 Gbps</code> <code>=exact</code> <code>!not</code> <code>yes</code>
        </span>
        <span className="rt-spacer" />
        {selectedKeys.length > 0 && <span data-testid="rt-selected">{selectedKeys.length} selected</span>}
        <button
          type="button"
          className={selectedKeys.length >= 2 ? 'primary' : undefined}
          disabled={selectedKeys.length < 2}
          title={selectedKeys.length < 2 ? 'Tick two or more rows to compare them' : undefined}
          onClick={() => setComparing(true)}
          data-testid="rt-compare-btn"
        >
          Compare{selectedKeys.length >= 2 ? ` ${selectedKeys.length}` : ''}
        </button>
        {selectedKeys.length > 0 && (
          <button type="button" className="rt-link" onClick={() => setSelection({})} data-testid="rt-clear-selection">
            Clear selection
          </button>
        )}
      </div>
      {notice && (
        <p className="rt-notice" role="status" data-testid="rt-notice">
          {notice}{' '}
          <button type="button" className="rt-link" onClick={() => setNotice('')}>
            Dismiss
          </button>
        </p>
      )}

      {comparing && selectedRows.length > 0 ? (
        <CompareView
          datasetId={dataset.id}
          keyColumn={dataset.keyColumn}
          rows={selectedRows}
          columns={visibleCols}
          units={units}
          onRemove={(k) => {
            const next = { ...selection };
            delete next[k];
            setSelection(next);
            if (Object.keys(next).filter((x) => next[x]).length < 2) setComparing(false);
          }}
          onClose={() => setComparing(false)}
        />
      ) : (
        <div className="rt-scroll" ref={scrollRef} style={{ maxHeight: boxHeight }} data-testid="rt-scroll">
          <table
            className={`rt-table${wrap ? ' rt-wrap' : ''}`}
            style={{ width: totalWidth }}
            aria-rowcount={rows.length + 2}
            aria-label={dataset.title}
            data-testid="rt-table"
          >
            <colgroup>
              <col style={{ width: CHECK_PX }} />
              {visibleCols.map((c) => (
                <col key={c.key} style={{ width: `${widths[c.key] ?? 12}ch` }} />
              ))}
            </colgroup>
            <thead ref={headRef}>
              <tr className="rt-head">
                <th className="rt-check rt-sticky-0" scope="col">
                  <span className="rt-sr">Select</span>
                </th>
                {visibleCols.map((col, i) => {
                  const sortIdx = state.sorting.findIndex((s) => s.id === col.key);
                  const dir = sortIdx < 0 ? false : state.sorting[sortIdx]!.desc ? 'desc' : 'asc';
                  const unit = columnUnit(col, units);
                  const multi = state.sorting.length > 1;
                  return (
                    <th
                      key={col.key}
                      scope="col"
                      className={`${col.type === 'number' ? 'rt-num' : ''}${i === 0 ? ' rt-sticky-1' : ''}`}
                      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                      title={columnTitle(col, dataset)}
                      data-testid={`rt-th-${col.key}`}
                    >
                      <button
                        type="button"
                        className="rt-sort"
                        onClick={(e) => {
                          setActiveView(null);
                          patch({ sorting: toggleSort(state.sorting, col.key, e.shiftKey) });
                        }}
                        data-testid={`rt-sort-${col.key}`}
                      >
                        <span className="rt-head-text">
                          <span className="rt-label">{col.label}</span>
                          {unit && (
                            <>
                              {' '}
                              <span className="rt-unit">({unit})</span>
                            </>
                          )}
                        </span>
                        <span className="rt-sort-ind" aria-hidden="true">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}
                          {dir && multi ? <sup>{sortIdx + 1}</sup> : null}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
              <tr className="rt-filters">
                <th className="rt-check rt-sticky-0" />
                {visibleCols.map((col, i) => {
                  const v = filterOf(col.key);
                  const bad = result.errors[col.key] ?? null;
                  return (
                    <th key={col.key} className={i === 0 ? 'rt-sticky-1' : undefined}>
                      <input
                        className={`rt-filter${bad ? ' rt-invalid' : ''}${v ? ' rt-active' : ''}`}
                        value={v}
                        placeholder={col.type === 'boolean' ? 'yes/no' : 'filter'}
                        title={bad ? `Not understood: ${bad}` : `Filter: ${FILTER_HINT[col.type]}`}
                        aria-label={`Filter ${col.label}`}
                        aria-invalid={bad ? true : undefined}
                        onChange={(e) => setFilter(col.key, e.target.value)}
                        data-testid={`rt-filter-${col.key}`}
                      />
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden="true" className="rt-pad">
                  <td colSpan={visibleCols.length + 1} style={{ height: padTop }} />
                </tr>
              )}
              {items.map((vi) => {
                const r = rows[vi.index]!;
                const key = derived.keys[r]!;
                const selected = selection[key] === true;
                const target = key === rowKey;
                return (
                  <tr
                    key={key}
                    ref={wrap ? virtualizer.measureElement : undefined}
                    data-index={vi.index}
                    aria-rowindex={vi.index + 3}
                    className={`${vi.index % 2 ? 'rt-odd' : ''}${selected ? ' rt-selected' : ''}${target ? ' rt-target' : ''}`}
                    style={wrap ? undefined : { height: ROW_PX }}
                    data-testid="rt-row"
                    data-key={key}
                  >
                    <td className="rt-check rt-sticky-0">
                      <input
                        type="checkbox"
                        checked={selected}
                        onChange={(e) => setSelection({ ...selection, [key]: e.target.checked })}
                        aria-label={`Select ${key}`}
                        data-testid={`rt-select-${key}`}
                      />
                    </td>
                    {visibleCols.map((col, i) => {
                      const text = cellText(derived.cells[derived.colIndex.get(col.key)!]![r]!, col, units);
                      return (
                        <td
                          key={col.key}
                          className={`${col.type === 'number' ? 'rt-num' : ''}${i === 0 ? ' rt-sticky-1 rt-key' : ''}`}
                          title={!wrap && text.length > (widths[col.key] ?? 12) - 2 ? text : undefined}
                        >
                          {text}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true" className="rt-pad">
                  <td colSpan={visibleCols.length + 1} style={{ height: padBottom }} />
                </tr>
              )}
            </tbody>
          </table>
          {rows.length === 0 && (
            <p className="rt-empty" data-testid="rt-empty">
              No rows match.{' '}
              <button type="button" className="rt-link" onClick={() => patch({ filters: [], globalFilter: '' })}>
                Clear filters
              </button>
            </p>
          )}
        </div>
      )}

      {dataset.notes.length > 0 && (
        <section className="rt-notes" aria-labelledby="rt-notes-h">
          <h2 id="rt-notes-h">Notes</h2>
          <ul data-testid="rt-notes">
            {dataset.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="muted rt-foot">
        Table source: <SourceTag source={dataset.source} asOf={dataset.asOf} /> · Hover a column header for its own source and
        date.
      </p>
    </div>
  );
}
