import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  cents,
  decodeEstimate,
  emptyEstimate,
  encodeCalcInput,
  encodeEstimate,
  estimateCsv,
  estimateMarkdown,
  headlineMonthlyUSD,
  lineDelta,
  lineRegion,
  lineTitle,
  newId,
  SERVICE_OF,
  summarizeVariant,
  type CalculatorId,
  type ComputedVariant,
  type EstimateDoc,
  type EstimateLine,
  type EstimateVariant,
  type LineCost,
} from '../../../shared/estimate/model';
import type { CalculatorInfo } from '../../../shared/ipc/channels/calc';
import { api } from '../api';
import { downloadBlob } from '../components/download';
import { ErrorNote, Loading } from '../components/Status';
import { navigate, useApi } from '../hooks';
import { copyText } from '../reference/clipboard';

const usd = (n: number): string => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const signed = (n: number): string => (n === 0 ? '±$0.00' : `${n > 0 ? '+' : '−'}${usd(Math.abs(n))}`);
const SERVICE_COLORS = ['#0972d3', '#e07b00', '#1d8102', '#8456ce', '#d13212', '#037f8c'];

/** The link that opens this estimate anywhere (the whole estimate travels in the hash; nothing is uploaded). */
export function shareUrl(doc: EstimateDoc): string {
  return `${location.origin}${location.pathname}#/estimates/share/${encodeEstimate(doc)}`;
}

/** Line costs per variant (variants may share line ids: that is how a line is matched for deltas). */
type Costs = Map<string, Map<string, LineCost>>;

/** Runs every line through its calculator (current prices) and keeps the costs; recomputed on each change. */
function useCosts(doc: EstimateDoc | null): { costs: Costs; pending: boolean } {
  const [state, setState] = useState<{ costs: Costs; pending: boolean }>({ costs: new Map(), pending: true });
  const key = JSON.stringify(doc?.variants ?? []);
  const seq = useRef(0);
  useEffect(() => {
    if (!doc) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, pending: true }));
    const jobs = doc.variants.flatMap((v) => v.lines.map((l) => ({ v: v.id, l })));
    void Promise.all(
      jobs.map(async ({ v, l }): Promise<[string, string, LineCost]> => {
        const r = await api['calc.run']({ calculator: l.calculator, input: l.input as never });
        if (!r.ok) return [v, l.id, { ok: false, message: r.error.message }];
        return [v, l.id, headlineMonthlyUSD(l.calculator, r.value.output, l.input)];
      }),
    ).then((triples) => {
      if (mine !== seq.current) return;
      const costs: Costs = new Map();
      for (const [v, l, c] of triples) {
        if (!costs.has(v)) costs.set(v, new Map());
        costs.get(v)?.set(l, c);
      }
      setState({ costs, pending: false });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the lines
  }, [key]);
  return state;
}

function computeAll(doc: EstimateDoc, costs: Costs): ComputedVariant[] {
  return doc.variants.map((variant) => {
    const mine = costs.get(variant.id) ?? new Map<string, LineCost>();
    return { variant, costs: mine, summary: summarizeVariant(variant, mine) };
  });
}

function ServiceChart({ computed }: { computed: ComputedVariant[] }): ReactNode {
  const services = [...new Set(computed.flatMap((c) => c.summary.byService.map((s) => s.service)))];
  const data = computed.map((c) => ({
    variant: c.variant.name,
    ...Object.fromEntries(c.summary.byService.map((s) => [s.service, s.monthlyUSD])),
  }));
  if (!services.length) return null;
  return (
    <figure className="est-chart" data-testid="est-chart" aria-label="Monthly cost by service">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="variant" />
          <YAxis width={72} tickFormatter={(v: number) => `$${v.toLocaleString('en-US')}`} label={{ value: 'USD per month', angle: -90, position: 'insideLeft', offset: -16, style: { textAnchor: 'middle' } }} />
          <Tooltip formatter={(v) => usd(Number(v))} />
          <Legend />
          {services.map((s, i) => (
            <Bar key={s} dataKey={s} stackId="cost" fill={SERVICE_COLORS[i % SERVICE_COLORS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="muted">Monthly cost by service, stacked, for each variant.</figcaption>
    </figure>
  );
}

function LineEditor({
  line,
  cost,
  delta,
  regions,
  onChange,
  onRemove,
  onMove,
}: {
  line: EstimateLine;
  cost: LineCost | undefined;
  delta: number | null;
  regions: string[];
  onChange: (l: EstimateLine) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}): ReactNode {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const region = lineRegion(line);
  return (
    <li className="est-line" data-testid="est-line" data-calculator={line.calculator}>
      <div className="est-line-head">
        <span className="est-service">{SERVICE_OF[line.calculator]}</span>
        <input
          className="est-label"
          aria-label="Line label"
          placeholder={SERVICE_OF[line.calculator]}
          value={line.label}
          onChange={(e) => onChange({ ...line, label: e.target.value })}
        />
        <select aria-label="Region" value={region} onChange={(e) => onChange({ ...line, input: { ...line.input, region: e.target.value } })} data-testid="est-line-region">
          {[...new Set([region, ...regions])].map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
        <strong className="est-cost rt-num" data-testid="est-line-cost">
          {!cost ? '…' : cost.ok ? usd(cents(cost.monthlyUSD)) : 'not computed'}
        </strong>
        {delta !== null && (
          <span className={`rt-num est-delta ${delta > 0 ? 'bad' : delta < 0 ? 'good' : ''}`} title="Monthly difference from the first variant" data-testid="est-line-delta">
            {signed(delta)}
          </span>
        )}
      </div>
      {cost && !cost.ok && <p className="bad">{cost.message}</p>}
      {cost?.ok && <p className="muted est-basis">{cost.basis} · per month</p>}
      <textarea className="est-note" aria-label="Note" placeholder="Note (assumptions, owner, open questions)" value={line.note} rows={1} onChange={(e) => onChange({ ...line, note: e.target.value })} />
      <div className="calc-actions">
        <button type="button" className="linklike" onClick={() => navigate('calculators', line.calculator, 'share', encodeCalcInput(line.calculator, line.input))}>
          Open in calculator
        </button>
        <button
          type="button"
          className="linklike"
          onClick={() => {
            setDraft(JSON.stringify(line.input, null, 2));
            setDraftError(null);
            setEditing(!editing);
          }}
          aria-expanded={editing}
        >
          Inputs
        </button>
        <button type="button" className="linklike" onClick={() => onMove(-1)} aria-label="Move up">
          ↑
        </button>
        <button type="button" className="linklike" onClick={() => onMove(1)} aria-label="Move down">
          ↓
        </button>
        <button type="button" className="linklike" onClick={onRemove} aria-label={`Remove ${lineTitle(line)}`}>
          remove
        </button>
      </div>
      {editing && (
        <div>
          <textarea className="est-json" rows={8} value={draft} onChange={(e) => setDraft(e.target.value)} aria-label="Inputs (JSON)" spellCheck={false} />
          {draftError && <p className="bad">{draftError}</p>}
          <button
            type="button"
            onClick={() => {
              try {
                const v = JSON.parse(draft) as unknown;
                if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('inputs are a JSON object');
                onChange({ ...line, input: v as Record<string, never> });
                setEditing(false);
              } catch (e) {
                setDraftError((e as Error).message);
              }
            }}
          >
            Apply
          </button>
        </div>
      )}
    </li>
  );
}

function AddLine({ calculators, onAdd }: { calculators: CalculatorInfo[]; onAdd: (l: EstimateLine) => void }): ReactNode {
  const [calc, setCalc] = useState<CalculatorId>('dynamodb');
  const [from, setFrom] = useState('');
  const scenarios = useApi('scenarios.list', { calculator: calc }, `est-add-${calc}`);
  const info = calculators.find((c) => c.id === calc);
  return (
    <div className="calc-actions est-add">
      <select aria-label="Calculator" value={calc} onChange={(e) => (setCalc(e.target.value as CalculatorId), setFrom(''))} data-testid="est-add-calculator">
        {calculators.map((c) => (
          <option key={c.id} value={c.id}>
            {SERVICE_OF[c.id]}
          </option>
        ))}
      </select>
      <select aria-label="Inputs from" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="est-add-from">
        <option value="">the calculator’s example</option>
        {(scenarios.data ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            saved scenario “{s.name}”
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() => {
          const s = scenarios.data?.find((x) => x.id === from);
          const input = (s?.input ?? info?.defaults ?? {}) as Record<string, never>;
          onAdd({ id: newId('l'), calculator: calc, label: s?.name ?? '', note: '', input });
        }}
        data-testid="est-add-line"
      >
        Add line
      </button>
    </div>
  );
}

function VariantColumn({
  variant,
  base,
  computed,
  baseComputed,
  calculators,
  regions,
  onChange,
  onRemove,
}: {
  variant: EstimateVariant;
  base: EstimateVariant | null;
  computed: ComputedVariant;
  baseComputed: ComputedVariant | null;
  calculators: CalculatorInfo[];
  regions: string[];
  onChange: (v: EstimateVariant) => void;
  onRemove: (() => void) | null;
}): ReactNode {
  const setLine = (i: number, l: EstimateLine): void => onChange({ ...variant, lines: variant.lines.map((x, j) => (j === i ? l : x)) });
  const totalDelta = baseComputed ? cents(computed.summary.monthlyUSD - baseComputed.summary.monthlyUSD) : null;
  return (
    <section className="panel est-variant" data-testid="est-variant" aria-label={variant.name}>
      <div className="est-variant-head">
        <input className="est-variant-name" aria-label="Variant name" value={variant.name} onChange={(e) => onChange({ ...variant, name: e.target.value })} />
        {onRemove && (
          <button type="button" className="linklike" onClick={onRemove}>
            remove variant
          </button>
        )}
      </div>
      <p className="est-total">
        <strong data-testid="est-variant-monthly">{usd(computed.summary.monthlyUSD)}</strong> per month ·{' '}
        <span data-testid="est-variant-yearly">{usd(computed.summary.yearlyUSD)}</span> per year
        {totalDelta !== null && (
          <span className={`est-delta ${totalDelta > 0 ? 'bad' : totalDelta < 0 ? 'good' : ''}`} data-testid="est-variant-delta">
            {' '}
            ({signed(totalDelta)} vs {base?.name})
          </span>
        )}
      </p>
      {computed.summary.failed > 0 && <p className="bad">{computed.summary.failed} line(s) could not be computed and are not in the total.</p>}
      <ol className="est-lines">
        {variant.lines.map((l, i) => (
          <LineEditor
            key={l.id}
            line={l}
            cost={computed.costs.get(l.id)}
            delta={base && baseComputed ? lineDelta(base, l, computed.costs, baseComputed.costs) : null}
            regions={regions}
            onChange={(nl) => setLine(i, nl)}
            onRemove={() => onChange({ ...variant, lines: variant.lines.filter((_, j) => j !== i) })}
            onMove={(by) => {
              const j = i + by;
              if (j < 0 || j >= variant.lines.length) return;
              const lines = [...variant.lines];
              [lines[i], lines[j]] = [lines[j] as EstimateLine, lines[i] as EstimateLine];
              onChange({ ...variant, lines });
            }}
          />
        ))}
      </ol>
      <AddLine calculators={calculators} onAdd={(l) => onChange({ ...variant, lines: [...variant.lines, l] })} />
    </section>
  );
}

/** The editor: autosaves every change; totals always come from the current prices. */
function EstimateEditor({ id }: { id: string }): ReactNode {
  const loaded = useApi('estimates.get', { id }, `est-${id}`);
  const calcs = useApi('calc.list', {}, 'calc-list');
  const regionsRes = useApi('kb.regions', {}, 'kb-regions');
  const [doc, setDoc] = useState<EstimateDoc | null>(null);
  const [saved, setSaved] = useState<'saved' | 'saving' | string>('saved');
  const [status, setStatus] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    if (loaded.data) setDoc(loaded.data.doc);
  }, [loaded.data]);
  const first = useRef(true);
  useEffect(() => {
    if (!doc) return;
    if (first.current) {
      first.current = false;
      return;
    }
    setSaved('saving');
    const t = setTimeout(() => void api['estimates.save']({ id, doc }).then((r) => setSaved(r.ok ? 'saved' : r.error.message)), 400);
    return () => clearTimeout(t);
  }, [doc, id]);
  const { costs, pending } = useCosts(doc);
  const computed = useMemo(() => (doc ? computeAll(doc, costs) : []), [doc, costs]);
  if (loaded.error) return <ErrorNote error={loaded.error} />;
  if (!doc || !calcs.data) return <Loading what="estimate" />;
  const regions = regionsRes.data ?? ['us-east-1'];
  const setVariant = (i: number, v: EstimateVariant): void => setDoc({ ...doc, variants: doc.variants.map((x, j) => (j === i ? v : x)) });
  const base = doc.variants[0] ?? null;
  const baseComputed = computed[0] ?? null;
  const priceNote = 'Totals use each line’s region price pack (bundled or imported) at the time of export.';
  const fileBase = doc.name.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'estimate';

  return (
    <section className="screen est-screen" aria-labelledby="est-h">
      <p className="muted">
        <a href="#/estimates">Estimates</a> ›
      </p>
      <h1 id="est-h" className="est-title">
        <input aria-label="Estimate name" value={doc.name} onChange={(e) => setDoc({ ...doc, name: e.target.value })} data-testid="est-name" />
      </h1>
      <div className="calc-actions no-print">
        <span className="muted" data-testid="est-saved" data-state={saved}>
          {saved === 'saved' ? 'Saved' : saved === 'saving' ? 'Saving…' : `Not saved: ${saved}`}
        </span>
        {pending && <span className="muted">computing…</span>}
        <button
          type="button"
          onClick={() =>
            setDoc({
              ...doc,
              variants: [
                ...doc.variants,
                { id: newId('v'), name: `Variant ${String.fromCharCode(65 + doc.variants.length)}`, lines: (doc.variants.at(-1)?.lines ?? []).map((l) => ({ ...l })) },
              ].slice(0, 6),
            })
          }
          disabled={doc.variants.length >= 6}
          data-testid="est-add-variant"
        >
          Add variant
        </button>
        <button
          type="button"
          onClick={() => {
            const url = shareUrl(doc);
            setLink(url);
            void copyText(url).then(
              () => setStatus('Link copied: it carries the whole estimate (nothing is uploaded).'),
              () => setStatus('Copy the link below: it carries the whole estimate.'),
            );
          }}
          data-testid="est-share"
        >
          Copy share link
        </button>
        <button type="button" onClick={() => downloadBlob(`${fileBase}.json`, JSON.stringify(doc, null, 2), 'application/json')}>
          JSON
        </button>
        <button type="button" onClick={() => downloadBlob(`${fileBase}.csv`, estimateCsv(doc, computed), 'text/csv')} data-testid="est-csv">
          CSV
        </button>
        <button type="button" onClick={() => downloadBlob(`${fileBase}.md`, estimateMarkdown(doc, computed, [priceNote]), 'text/markdown')}>
          Markdown
        </button>
        <button type="button" onClick={() => void copyText(estimateMarkdown(doc, computed, [priceNote])).then(() => setStatus('Copied as Markdown.'))}>
          Copy as Markdown
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          onClick={() =>
            void api['estimates.save']({ doc: { ...doc, name: `${doc.name} (copy)`.slice(0, 120) } }).then((r) => {
              if (r.ok) navigate('estimates', r.value.id);
              else setStatus(r.error.message);
            })
          }
        >
          Duplicate
        </button>
        <button
          type="button"
          onClick={() =>
            void api['estimates.delete']({ id }).then((r) => {
              if (r.ok) {
                sessionStorage.setItem('est.undo', JSON.stringify({ id, name: doc.name }));
                navigate('estimates');
              } else setStatus(r.error.message);
            })
          }
          data-testid="est-delete"
        >
          Delete
        </button>
      </div>
      {status && (
        <p className="muted" role="status">
          {status}
        </p>
      )}
      {link && <input className="est-share-url no-print" readOnly value={link} aria-label="Share link" data-testid="est-share-url" onFocus={(e) => e.currentTarget.select()} />}
      <ServiceChart computed={computed} />
      <div className="est-variants">
        {doc.variants.map((v, i) => (
          <VariantColumn
            key={v.id}
            variant={v}
            base={i > 0 ? base : null}
            computed={computed[i] as ComputedVariant}
            baseComputed={i > 0 ? baseComputed : null}
            calculators={calcs.data ?? []}
            regions={regions}
            onChange={(nv) => setVariant(i, nv)}
            onRemove={doc.variants.length > 1 ? () => setDoc({ ...doc, variants: doc.variants.filter((_, j) => j !== i) }) : null}
          />
        ))}
      </div>
      <p className="muted">{priceNote} Lines in different regions are priced with their own region’s pack.</p>
    </section>
  );
}

/** A shared link or an imported file: shown read-only until the user saves a copy. */
function SharedEstimate({ payload }: { payload: string }): ReactNode {
  const parsed = useMemo(() => decodeEstimate(payload), [payload]);
  const doc = parsed.ok ? parsed.value : null;
  const { costs, pending } = useCosts(doc);
  const computed = useMemo(() => (doc ? computeAll(doc, costs) : []), [doc, costs]);
  const [status, setStatus] = useState<string | null>(null);
  if (!parsed.ok) return <ErrorNote error={parsed.error} />;
  if (!doc) return null;
  return (
    <section className="screen est-screen" aria-labelledby="est-shared-h">
      <p className="muted">
        <a href="#/estimates">Estimates</a> › shared link
      </p>
      <h1 id="est-shared-h">{doc.name}</h1>
      <div className="calc-actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void api['estimates.save']({ doc }).then((r) => {
              if (r.ok) navigate('estimates', r.value.id);
              else setStatus(r.error.message);
            })
          }
          data-testid="est-save-shared"
        >
          Save to my estimates
        </button>
        {pending && <span className="muted">computing…</span>}
      </div>
      {status && <p className="bad">{status}</p>}
      <ServiceChart computed={computed} />
      <div className="est-variants">
        {computed.map((c) => (
          <section key={c.variant.id} className="panel est-variant" data-testid="est-variant">
            <h2>{c.variant.name}</h2>
            <p className="est-total">
              <strong data-testid="est-variant-monthly">{usd(c.summary.monthlyUSD)}</strong> per month · <span data-testid="est-variant-yearly">{usd(c.summary.yearlyUSD)}</span> per year
            </p>
            <table className="grid">
              <tbody>
                {c.variant.lines.map((l) => {
                  const cost = c.costs.get(l.id);
                  return (
                    <tr key={l.id}>
                      <th scope="row">{lineTitle(l)}</th>
                      <td className="est-region">{lineRegion(l)}</td>
                      <td className="rt-num" data-testid="est-line-cost">
                        {!cost ? '…' : cost.ok ? usd(cents(cost.monthlyUSD)) : <span className="bad">not computed: {cost.message}</span>}
                      </td>
                      <td className="muted">{l.note}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </section>
  );
}

function EstimateList(): ReactNode {
  const [rev, setRev] = useState(0);
  const list = useApi('estimates.list', {}, `est-list-${rev}`);
  const [undo, setUndo] = useState<{ id: string; name: string } | null>(() => {
    const u = sessionStorage.getItem('est.undo');
    sessionStorage.removeItem('est.undo');
    return u ? (JSON.parse(u) as { id: string; name: string }) : null;
  });
  const [error, setError] = useState<string | null>(null);
  const create = (doc: EstimateDoc): void =>
    void api['estimates.save']({ doc }).then((r) => {
      if (r.ok) navigate('estimates', r.value.id);
      else setError(r.error.message);
    });
  return (
    <section className="screen" aria-labelledby="ests-h">
      <h1 id="ests-h">Estimates</h1>
      <p className="muted">
        Price a whole design: add calculator lines (several of one kind, each in its own region), compare variants side by side, and share the link or export
        it for the meeting notes. Only inputs are saved; totals are recomputed with the current prices.
      </p>
      {undo && (
        <p className="panel" role="status" data-testid="est-undo-bar">
          Deleted “{undo.name}”.{' '}
          <button
            type="button"
            onClick={() =>
              void api['estimates.restore']({ id: undo.id }).then((r) => {
                setUndo(null);
                if (r.ok) setRev((x) => x + 1);
                else setError(r.error.message);
              })
            }
            data-testid="est-undo"
          >
            Undo
          </button>
        </p>
      )}
      <div className="calc-actions">
        <button type="button" className="primary" onClick={() => create(emptyEstimate(`Estimate ${new Date().toISOString().slice(0, 10)}`))} data-testid="est-new">
          New estimate
        </button>
        <label className="file-button">
          Import JSON…
          <input
            type="file"
            accept=".json,application/json"
            data-testid="est-import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              void f.text().then((t) => {
                const r = decodeEstimate(t);
                if (r.ok) create(r.value);
                else setError(r.error.message);
              });
            }}
          />
        </label>
      </div>
      <form
        className="calc-actions"
        onSubmit={(e) => {
          e.preventDefault();
          const v = new FormData(e.currentTarget).get('link');
          const m = /(?:share\/)?((?:e1)\.[\w-]+)\s*$/.exec(String(v ?? ''));
          if (m?.[1]) navigate('estimates', 'share', m[1]);
          else setError('Paste a link copied with “Copy share link” (it contains …/estimates/share/e1.…).');
        }}
      >
        <input name="link" placeholder="Paste a shared estimate link" aria-label="Shared estimate link" size={48} data-testid="est-open-link" />
        <button type="submit">Open</button>
      </form>
      {error && <p className="bad">{error}</p>}
      {list.error && <ErrorNote error={list.error} />}
      <ul className="est-list" data-testid="est-list">
        {(list.data ?? []).map((e) => (
          <li key={e.id}>
            <a href={`#/estimates/${e.id}`}>{e.name}</a>{' '}
            <span className="muted">
              · {e.lines} line{e.lines === 1 ? '' : 's'}, {e.variants} variant{e.variants === 1 ? '' : 's'} · {e.updatedAt.slice(0, 16).replace('T', ' ')}
            </span>
          </li>
        ))}
        {list.data && !list.data.length && <li className="muted">No estimates yet.</li>}
      </ul>
    </section>
  );
}

export function EstimatesScreen({ args }: { args: string[] }): ReactNode {
  if (args[0] === 'share' && args[1]) return <SharedEstimate payload={args.slice(1).join('/')} />;
  if (args[0]) return <EstimateEditor key={args[0]} id={args[0]} />;
  return <EstimateList />;
}
