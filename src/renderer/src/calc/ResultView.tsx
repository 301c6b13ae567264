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
import { asTrace, TraceView, type TraceStep } from './TraceView';

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
function LifecycleCharts({ months, baseline }: { months: MonthRow[]; baseline: string }): ReactNode {
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
        <h3>Cumulative cost vs the baseline: {baseline} (USD)</h3>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={months} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={70} />
            <Tooltip />
            <Legend />
            {[
              ['cumulative', 'With lifecycle'],
              ['noLifecycleCumulative', `Baseline: ${baseline}`],
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

interface RecommendedOption {
  volumeType: string;
  sizeGiB: number;
  baselineIops: number;
  throughputMiBps: number;
  monthly: { total: number };
  meets: boolean;
  note: string;
}

/** EBS recommend mode: one row per volume type, and grouped bars with cost and performance on their own axes. */
function Recommendations({ options }: { options: RecommendedOption[] }): ReactNode {
  const bars = options.map((o) => ({ option: `${o.volumeType} ${o.sizeGiB.toLocaleString('en-US')} GiB`, monthlyUSD: o.monthly.total, iops: o.baselineIops, mibps: o.throughputMiBps }));
  return (
    <>
      <section className="calc-group" data-testid="ebs-options">
        <h3>Options that meet the need (cheapest first)</h3>
        <table className="grid calc-breakdown">
          <thead>
            <tr>
              <th>Volume type</th>
              <th className="rt-num">Size GiB</th>
              <th className="rt-num">IOPS</th>
              <th className="rt-num">Throughput MiB/s</th>
              <th className="rt-num">Monthly cost USD</th>
              <th>Meets?</th>
              <th>Note</th>
            </tr>
          </thead>
          <tbody>
            {options.map((o, i) => (
              <tr key={o.volumeType} className={i === 0 ? 'calc-total' : undefined}>
                <th scope="row">{o.volumeType}</th>
                <td className="rt-num">{o.sizeGiB.toLocaleString('en-US')}</td>
                <td className="rt-num">{o.baselineIops.toLocaleString('en-US')}</td>
                <td className="rt-num">{o.throughputMiBps.toLocaleString('en-US')}</td>
                <td className="rt-num">{formatValue('monthlyUSD', o.monthly.total)}</td>
                <td>{o.meets ? 'yes' : 'no'}</td>
                <td>{o.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="calc-chart" data-testid="ebs-options-cost">
        <h3>Monthly cost by option (USD)</h3>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={bars} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
            <XAxis dataKey="option" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={70} />
            <Tooltip />
            <Bar dataKey="monthlyUSD" name="Monthly cost (USD)" fill={COLORS[0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </section>
      <section className="calc-chart" data-testid="ebs-options-perf">
        <h3>Performance by option (IOPS left, MiB/s right)</h3>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={bars} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
            <XAxis dataKey="option" tick={{ fontSize: 12 }} />
            <YAxis yAxisId="iops" tick={{ fontSize: 12 }} width={70} />
            <YAxis yAxisId="mibps" orientation="right" tick={{ fontSize: 12 }} width={60} />
            <Tooltip />
            <Legend />
            <Bar yAxisId="iops" dataKey="iops" name="Baseline IOPS" fill={COLORS[1]} isAnimationActive={false} />
            <Bar yAxisId="mibps" dataKey="mibps" name="Throughput MiB/s (right axis)" fill={COLORS[2]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </section>
    </>
  );
}

export function ResultView({ output }: { output: Record<string, unknown> }): ReactNode {
  const trace = asTrace(output.trace);
  const warnings = Array.isArray(output.warnings) ? output.warnings.map(String) : [];
  const top = Object.entries(output).filter(
    ([k, v]) =>
      k !== 'trace' &&
      k !== 'warnings' &&
      !isRecord(v) &&
      !Array.isArray(v) &&
      // EBS keeps `bottleneck` for scripts; the screen shows it as the burst bottleneck beside the sustained one.
      !(k === 'bottleneck' && 'burstBottleneck' in output),
  );
  const groups = Object.entries(output).filter(
    ([k, v]) => k !== 'trace' && isRecord(v) && leaves(v).length > 0,
  );
  const lifecycle = Array.isArray(output.months) ? (output.months as MonthRow[]) : null;
  const recommendations = Array.isArray(output.recommendations) ? (output.recommendations as RecommendedOption[]) : null;
  // Recommend mode: the options are categories (a table and grouped bars), not a series along one axis; the
  // cost-vs-size curve of the chosen volume still holds.
  const series = findSeries(output).filter((x) => !(lifecycle && x.key === 'months') && x.key !== 'recommendations');
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
      {lifecycle && (
        <LifecycleCharts
          months={lifecycle}
          baseline={isRecord(output.noLifecycle) && typeof output.noLifecycle.baseline === 'string' ? output.noLifecycle.baseline : 'All in Standard'}
        />
      )}
      {recommendations && <Recommendations options={recommendations} />}
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
