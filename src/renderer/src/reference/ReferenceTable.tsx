import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DatasetView } from '../../../shared/ipc/channels/kb';
import type { DatasetColumn } from '../../../shared/kb/schemas';
import type { MarkdownOptions, TextTable } from '../../../shared/table/export';
import { parseFilter } from '../../../shared/table/filterExpr';
import {
  BASIS_LABEL,
  basesFor,
  cellText,
  cellValue,
  columnUnit,
  isHourlyMoney,
  regionsFor,
  type Basis,
  type Cell,
  type Period,
  type ViewUnits,
} from '../../../shared/table/model';
import {
  defaultColumns,
  defaultState,
  readColumns,
  readState,
  readViews,
  type Reconcile,
  type SavedView,
  type TableState,
} from '../../../shared/table/viewState';
import { Loading, SourceTag } from '../components/Status';
import { columnDefs, columnWidthsCh, type Row } from './columns';
import { ColumnPicker } from './ColumnPicker';
import { CompareView } from './CompareView';
import { ExportMenu } from './ExportMenu';
import { useStoredPref } from './storedPref';
import { ViewsMenu } from './ViewsMenu';

const ROW_PX = 32;
const CHECK_PX = 36;
const WRAP_MAX_ROWS = 100;

function apply<T>(u: Updater<T>, old: T): T {
  return typeof u === 'function' ? (u as (o: T) => T)(old) : u;
}

/** The key column always leads: rows are named by it, in the table, the comparison and the exports. */
function keyFirst(cols: string[], key: string): string[] {
  return [key, ...cols.filter((k) => k !== key)];
}

const FILTER_HINT: Record<DatasetColumn['type'], string> = {
  number: '>= 16, 4..32, != 0, 2 | 4',
  text: 'contains, =exact, !not',
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
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [comparing, setComparing] = useState(false);
  const [activeView, setActiveView] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const patch = (p: Partial<TableState>): void => setState({ ...state, ...p });

  const colByKey = useMemo(() => new Map(dataset.columns.map((c) => [c.key, c])), [dataset]);
  const visibleCols = useMemo(
    () => visible.map((k) => colByKey.get(k)).filter((c): c is DatasetColumn => c !== undefined),
    [visible, colByKey],
  );

  // The search box looks at every column (shown or not), as displayed in the current units: each word
  // must appear somewhere in the row. Haystacks are built once per unit change, not per keystroke.
  const terms = useMemo(() => state.globalFilter.toLowerCase().split(/\s+/).filter(Boolean), [state.globalFilter]);
  const defs = useMemo(() => columnDefs(dataset.columns, units), [dataset, units]);
  const haystacks = useMemo(
    () =>
      dataset.rows.map((r) =>
        dataset.columns
          .map((c) => cellText(cellValue(r, c, units), c, units))
          .join('\u0001')
          .toLowerCase(),
      ),
    [dataset, units],
  );
  const data = useMemo(
    () => (terms.length ? dataset.rows.filter((_, i) => terms.every((t) => haystacks[i]!.includes(t))) : dataset.rows),
    [dataset, terms, haystacks],
  );

  const columnVisibility = useMemo(
    () => Object.fromEntries(dataset.columns.map((c) => [c.key, visible.includes(c.key)])),
    [dataset, visible],
  );
  const columnOrder = useMemo(
    () => [...visible, ...dataset.columns.map((c) => c.key).filter((k) => !visible.includes(k))],
    [dataset, visible],
  );
  const columnFilters: ColumnFiltersState = state.filters;

  const table = useReactTable<Row>({
    data,
    columns: defs,
    state: { sorting: state.sorting, columnFilters, columnVisibility, columnOrder, rowSelection: selection },
    getRowId: (r) => String(r[dataset.keyColumn]),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    enableMultiSort: true,
    isMultiSortEvent: (e) => (e as { shiftKey?: boolean }).shiftKey === true,
    maxMultiSortColCount: 6,
    onSortingChange: (u) => {
      setActiveView(null);
      patch({ sorting: apply<SortingState>(u, state.sorting) });
    },
    onColumnFiltersChange: (u) => {
      setActiveView(null);
      const next = apply<ColumnFiltersState>(u, columnFilters);
      patch({ filters: next.map((f) => ({ id: f.id, value: String(f.value ?? '') })).filter((f) => f.value !== '') });
    },
    onRowSelectionChange: (u) => setSelection((old) => apply(u, old)),
  });

  const rows = table.getRowModel().rows;
  const filterOf = (key: string): string => state.filters.find((f) => f.id === key)?.value ?? '';
  const selectedKeys = Object.keys(selection).filter((k) => selection[k]);
  // Small tables wrap long text (rows measured as they render); big ones stay one line per row.
  const wrap = dataset.rows.length <= WRAP_MAX_ROWS;
  const widths = useMemo(() => columnWidthsCh(dataset.columns, dataset.rows, units, wrap), [dataset, units, wrap]);

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
    const idx = rows.findIndex((r) => r.id === rowKey);
    if (idx >= 0) {
      handled.current = rowKey;
      requestAnimationFrame(() => virtualizer.scrollToIndex(idx, { align: 'center' }));
      return;
    }
    const exists = dataset.rows.some((r) => String(r[dataset.keyColumn]) === rowKey);
    if (!exists) {
      handled.current = rowKey;
      setNotice(`This table has no row "${rowKey}".`);
    } else if (state.filters.length || state.globalFilter) {
      setNotice(`Filters were cleared to show ${rowKey}.`);
      patch({ filters: [], globalFilter: '' });
    } else handled.current = rowKey;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the target or the shown rows change
  }, [rowKey, rows, comparing]);

  const shownUnits = (col: DatasetColumn): string | null => columnUnit(col, units);
  const buildExport = (): { table: TextTable; markdown: MarkdownOptions } => {
    const filters = [
      ...state.filters.map((f) => `${colByKey.get(f.id)?.label ?? f.id} ${f.value}`),
      ...(state.globalFilter ? [`search "${state.globalFilter}"`] : []),
    ];
    const sorts = state.sorting.map((s) => `${colByKey.get(s.id)?.label ?? s.id} ${s.desc ? 'desc' : 'asc'}`);
    return {
      table: {
        headers: visibleCols.map((c) => String(table.getColumn(c.key)?.columnDef.header ?? c.label)),
        rows: rows.map((r) => visibleCols.map((c) => cellText(r.getValue<Cell | undefined>(c.key) ?? null, c, units))),
      },
      markdown: {
        rightAligned: visibleCols.map((c) => c.type === 'number'),
        caption:
          `_${dataset.title}: ${rows.length} of ${dataset.rows.length} rows` +
          (filters.length ? `; filters: ${filters.join('; ')}` : '') +
          (sorts.length ? `; sorted by ${sorts.join(', ')}` : '') +
          `. Source: ${dataset.source} (as of ${dataset.asOf})._`,
      },
    };
  };

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
    const byKey = new Map(dataset.rows.map((r) => [String(r[dataset.keyColumn]), r]));
    // Shown rows in table order first, then selected rows the filters now hide.
    const shown = rows.filter((r) => selection[r.id]).map((r) => r.original);
    const hidden = selectedKeys.filter((k) => !rows.some((r) => r.id === k)).map((k) => byKey.get(k)!).filter(Boolean);
    return [...shown, ...hidden];
  }, [rows, selection, selectedKeys, dataset]);

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
        <ExportMenu fileBase={dataset.id} build={buildExport} />
      </div>

      <div className="rt-statusbar">
        <span data-testid="rt-count" aria-live="polite">
          <strong>{rows.length}</strong> of {dataset.rows.length} shown
        </span>
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
          Filters: <code>&gt;= 16</code> <code>4..32</code> <code>!= 0</code> <code>2 | 4</code> <code>=exact</code>{' '}
          <code>!not</code> <code>yes</code>
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
                {table.getHeaderGroups()[0]!.headers.map((h, i) => {
                  const col = colByKey.get(h.column.id)!;
                  const dir = h.column.getIsSorted();
                  const unit = shownUnits(col);
                  const multi = state.sorting.length > 1;
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className={`${col.type === 'number' ? 'rt-num' : ''}${i === 0 ? ' rt-sticky-1' : ''}`}
                      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                      title={columnTitle(col, dataset)}
                      data-testid={`rt-th-${col.key}`}
                    >
                      <button
                        type="button"
                        className="rt-sort"
                        onClick={h.column.getToggleSortingHandler()}
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
                          {dir && multi ? <sup>{h.column.getSortIndex() + 1}</sup> : null}
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
                  const parsed = v ? parseFilter(v, col.type) : null;
                  const bad = parsed && !parsed.ok ? parsed.error : null;
                  return (
                    <th key={col.key} className={i === 0 ? 'rt-sticky-1' : undefined}>
                      <input
                        className={`rt-filter${bad ? ' rt-invalid' : ''}${v ? ' rt-active' : ''}`}
                        value={v}
                        placeholder={col.type === 'boolean' ? 'yes/no' : 'filter'}
                        title={bad ? `Not understood: ${bad}` : `Filter: ${FILTER_HINT[col.type]}`}
                        aria-label={`Filter ${col.label}`}
                        aria-invalid={bad ? true : undefined}
                        onChange={(e) => table.getColumn(col.key)?.setFilterValue(e.target.value)}
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
                const selected = r.getIsSelected();
                const target = r.id === rowKey;
                return (
                  <tr
                    key={r.id}
                    ref={wrap ? virtualizer.measureElement : undefined}
                    data-index={vi.index}
                    aria-rowindex={vi.index + 3}
                    className={`${vi.index % 2 ? 'rt-odd' : ''}${selected ? ' rt-selected' : ''}${target ? ' rt-target' : ''}`}
                    style={wrap ? undefined : { height: ROW_PX }}
                    data-testid="rt-row"
                    data-key={r.id}
                  >
                    <td className="rt-check rt-sticky-0">
                      <input
                        type="checkbox"
                        checked={selected}
                        onChange={r.getToggleSelectedHandler()}
                        aria-label={`Select ${r.id}`}
                        data-testid={`rt-select-${r.id}`}
                      />
                    </td>
                    {visibleCols.map((col, i) => {
                      const text = cellText(r.getValue<Cell | undefined>(col.key) ?? null, col, units);
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
