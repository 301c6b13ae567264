import { useState, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { findSeries, formatValue, humanKey, isRecord, leaves } from './format';
import { asTrace, factStatus, TraceView, type TraceStep } from './TraceView';

const COLORS = ['#0972d3', '#ff9900', '#1d7a3a', '#c62828', '#7d3cb5', '#00838f', '#6d4c41', '#546e7a'];

/** Steps that explain a figure: those whose label mentions the figure's words or whose result equals it. */
function stepsFor(key: string, value: unknown, trace: TraceStep[]): TraceStep[] {
  const words = humanKey(key.split('.').at(-1) ?? key)
    .toLowerCase()
    .split(' ')
    .filter((w) => w.length > 2);
  const hits = trace.filter(
    (s) =>
      (typeof value === 'number' && typeof s.result === 'number' && Math.abs(s.result - value) < 1e-9) ||
      words.some((w) => s.label.toLowerCase().includes(w)),
  );
  return hits.length ? hits : trace;
}

function Stat({ k, v, trace }: { k: string; v: unknown; trace: TraceStep[] }): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <div className="calc-stat" data-testid={`calc-out-${k}`}>
      <div className="calc-stat-label">{humanKey(k)}</div>
      <div className="calc-stat-value">{formatValue(k, v)}</div>
      <button type="button" className="linklike" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? 'hide how' : 'how?'}
      </button>
      {open && <TraceView steps={stepsFor(k, v, trace)} />}
    </div>
  );
}

interface MonthRow {
  month: number;
  storage: Record<string, number>;
  transitions: number;
  minimumDuration: number;
  retrieval: number;
  monitoring?: number;
  cumulative: number;
  noLifecycleCumulative: number;
}

/** S3 lifecycle: stacked monthly cost by class, and cumulative cost against keeping everything in Standard. */
function LifecycleCharts({ months }: { months: MonthRow[] }): ReactNode {
  const classes = [...new Set(months.flatMap((m) => Object.keys(m.storage)))];
  const stacked = months.map((m) => ({
    month: m.month,
    ...m.storage,
    transitions: m.transitions,
    minimumDuration: m.minimumDuration,
    retrieval: m.retrieval,
    // Intelligent-Tiering's per-object monitoring fee is part of the month's bill too.
    monitoring: m.monitoring ?? 0,
  }));
  const keys = [...classes, 'transitions', 'minimumDuration', 'retrieval', 'monitoring'].filter((k) =>
    stacked.some((r) => (r as Record<string, number>)[k]),
  );
  return (
    <>
      <section className="calc-chart" data-testid="calc-chart">
        <h3>Monthly cost by storage class (USD)</h3>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={stacked} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={70} />
            <Tooltip />
            <Legend />
            {keys.map((k, i) => (
              <Bar
                key={k}
                dataKey={k}
                name={humanKey(k)}
                stackId="cost"
                fill={COLORS[i % COLORS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </section>
      <section className="calc-chart" data-testid="calc-chart">
        <h3>Cumulative cost vs no lifecycle (USD)</h3>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={months} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={70} />
            <Tooltip />
            <Legend />
            {[
              ['cumulative', 'With lifecycle'],
              ['noLifecycleCumulative', 'All in Standard'],
            ].map(([k, name], i) => (
              <Line
                key={k}
                type="monotone"
                dataKey={k}
                name={name}
                stroke={COLORS[i]}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </section>
    </>
  );
}

export function ResultView({ output }: { output: Record<string, unknown> }): ReactNode {
  const trace = asTrace(output.trace);
  const warnings = Array.isArray(output.warnings) ? output.warnings.map(String) : [];
  const top = Object.entries(output).filter(
    ([k, v]) => k !== 'trace' && k !== 'warnings' && !isRecord(v) && !Array.isArray(v),
  );
  const groups = Object.entries(output).filter(
    ([k, v]) => k !== 'trace' && isRecord(v) && leaves(v).length > 0,
  );
  const lifecycle = Array.isArray(output.months) ? (output.months as MonthRow[]) : null;
  const series = findSeries(output).filter((x) => !(lifecycle && x.key === 'months'));
  return (
    <div className="calc-result" data-testid="calc-result">
      {warnings.length > 0 && (
        <ul className="calc-warnings" data-testid="calc-warnings">
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      <div className="calc-stats">
        {top.map(([k, v]) => (
          <Stat key={k} k={k} v={v} trace={trace} />
        ))}
      </div>
      {groups.map(([g, obj]) => (
        <section key={g} className="calc-group">
          <h3>{humanKey(g)}</h3>
          <table className="grid calc-breakdown">
            <tbody>
              {leaves(obj as Record<string, unknown>).map(([k, v]) => (
                <tr key={k} className={/(^|\.)total$/.test(k) ? 'calc-total' : undefined}>
                  <th scope="row">{k.split('.').map(humanKey).join(' › ')}</th>
                  <td className="rt-num">{formatValue(`${g}.${k}`, v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {lifecycle && <LifecycleCharts months={lifecycle} />}
      {series.map((s) => {
        // Costs on the left axis, counts and rates (shards, IOPS, MiB/s) on their own right axis, so
        // neither is flattened by the other's scale.
        const money = s.lines.filter((l) => /USD$/.test(l));
        const dual = money.length > 0 && money.length < s.lines.length;
        return (
          <section key={s.key} className="calc-chart" data-testid="calc-chart">
            <h3>{humanKey(s.key.split('.').at(-1)!)}</h3>
            <ResponsiveContainer width="100%" height={260}>
              <LineChart data={s.rows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
                <XAxis dataKey={s.x} name={humanKey(s.x)} tick={{ fontSize: 12 }} />
                <YAxis yAxisId="left" tick={{ fontSize: 12 }} width={70} />
                {dual && <YAxis yAxisId="right" orientation="right" tick={{ fontSize: 12 }} width={60} />}
                <Tooltip />
                <Legend />
                {s.lines.map((l, i) => (
                  <Line
                    key={l}
                    yAxisId={dual && !money.includes(l) ? 'right' : 'left'}
                    type="monotone"
                    dataKey={l}
                    name={`${humanKey(l)}${dual && !money.includes(l) ? ' (right axis)' : ''}`}
                    stroke={COLORS[i % COLORS.length]}
                    dot={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </section>
        );
      })}
      <details className="calc-full-trace">
        <summary>Full trace ({trace.length} steps)</summary>
        <TraceView steps={trace} />
      </details>
    </div>
  );
}

/**
 * The result as CSV rows (Figure, Value): every figure, then each warning, then the status of every price
 * that is not a verified bundled figure (stand-ins, imports), so a spreadsheet cannot lose the caveat.
 */
export function toCsvRows(output: Record<string, unknown>): string[][] {
  const rows = leaves(output).map(([k, v]) => [k, typeof v === 'number' ? String(v) : formatValue(k, v)]);
  const warnings = Array.isArray(output.warnings) ? output.warnings.map(String) : [];
  for (const w of warnings) rows.push(['warning', w]);
  const seen = new Set<string>();
  for (const s of asTrace(output.trace)) {
    const st = factStatus(s);
    if (!st || !s.fact?.priceKey || seen.has(s.fact.priceKey)) continue;
    seen.add(s.fact.priceKey);
    rows.push([`price ${s.fact.priceKey}`, st]);
  }
  return rows;
}

/** The result as Markdown for a design doc: inputs, figures, breakdowns, and the trace. */
export function toMarkdown(
  title: string,
  input: Record<string, unknown>,
  output: Record<string, unknown>,
  asOf: string,
): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = [`### ${title}`, '', `Prices as of ${asOf}.`, '', '| Input | Value |', '| --- | --- |'];
  for (const [k, v] of Object.entries(input))
    lines.push(`| ${esc(humanKey(k))} | ${esc(typeof v === 'object' ? JSON.stringify(v) : String(v))} |`);
  lines.push('', '| Result | Value |', '| --- | ---: |');
  for (const [k, v] of leaves(output))
    lines.push(`| ${esc(k.split('.').map(humanKey).join(' › '))} | ${esc(formatValue(k, v))} |`);
  const warnings = Array.isArray(output.warnings) ? output.warnings.map(String) : [];
  if (warnings.length) lines.push('', '**Warnings**', '', ...warnings.map((w) => `- ${w}`));
  const trace = asTrace(output.trace);
  if (trace.length) {
    lines.push('', '| Step | Formula | Values | Result | Price |', '| --- | --- | --- | ---: | --- |');
    for (const s of trace)
      lines.push(
        `| ${esc(s.label)} | ${esc(s.formula ?? '')} | ${esc(s.substituted ?? '')} | ${esc(`${String(s.result ?? '')} ${s.unit ?? ''}`)} | ${esc([s.fact?.priceKey, factStatus(s)].filter(Boolean).join(': '))} |`,
      );
  }
  return lines.join('\n');
}
