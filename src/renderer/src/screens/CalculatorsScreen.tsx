import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CalcRunResult, CalculatorInfo } from '../../../shared/ipc/channels/calc';
import type { Scenario } from '../../../shared/ipc/channels/scenarios';
import type { AppErrorShape } from '../../../shared/result';
import { toCsv } from '../../../shared/table/export';
import { decodeCalcInput, emptyEstimate, encodeCalcInput, newId } from '../../../shared/estimate/model';
import { api } from '../api';
import { CalcForm } from '../calc/CalcForm';
import { formatValue, humanKey, leaves } from '../calc/format';
import { ResultView } from '../calc/ResultView';
import { resultCsv, resultMarkdown } from '../../../shared/calc/resultExport';
import { fieldHelp } from '../../../shared/calc/fieldHelp';
import { parseScenarioFile } from '../../../shared/calc/scenarioFile';
import { copyText } from '../reference/clipboard';
import { downloadBlob } from '../components/download';
import { ErrorNote, Loading } from '../components/Status';
import { navigate, useApi } from '../hooks';
import { MakeCardButton } from '../quiz/MakeCard';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Field → plain message shown under it ("Rule 2 › Storage Class: …" for a row of a list). */
function fieldErrorsOf(error: AppErrorShape | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error?.issues ?? []) {
    const [head = i.path, ...rest] = i.path.split('.');
    let msg = i.message.replace(new RegExp(`^${escapeRe(i.path)}:\\s*`), '').replace(new RegExp(`^${escapeRe(head)}:\\s*`), '');
    if (rest[0] !== undefined && /^\d+$/.test(rest[0])) {
      const row = head === 'rules' ? 'Rule' : `${humanKey(head)} item`;
      msg = `${row} ${Number(rest[0]) + 1}${rest[1] ? ` › ${humanKey(rest[1])}` : ''}: ${msg}`;
    }
    out[head] ??= msg;
  }
  return out;
}

/**
 * Runs the calculator (debounced). On invalid input the last valid result stays, marked stale, and the
 * error goes to the fields; `validKey` says which input the result belongs to.
 */
function useRun(
  calculator: string,
  input: Record<string, unknown> | null,
): { res: CalcRunResult | null; error: AppErrorShape | null; stale: boolean; validInput: Record<string, unknown> | null } {
  const [state, setState] = useState<{ res: CalcRunResult | null; error: AppErrorShape | null; validKey: string | null; validInput: Record<string, unknown> | null }>({
    res: null,
    error: null,
    validKey: null,
    validInput: null,
  });
  const seq = useRef(0);
  const key = JSON.stringify(input);
  useEffect(() => {
    if (!input) return;
    const mine = ++seq.current;
    const t = setTimeout(() => {
      void api['calc.run']({ calculator: calculator as CalculatorInfo['id'], input: input as never }).then((r) => {
        if (mine !== seq.current) return;
        setState((prev) => (r.ok ? { res: r.value, error: null, validKey: key, validInput: input } : { ...prev, error: r.error }));
      });
    }, 120);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `input`
  }, [calculator, key]);
  return { res: state.res, error: state.error, stale: state.res !== null && (state.error !== null || state.validKey !== key), validInput: state.validInput };
}

function ScenarioCompare({ info, a, b }: { info: CalculatorInfo; a: Scenario; b: Scenario }): ReactNode {
  const ra = useRun(info.id, a.input as Record<string, unknown>);
  const rb = useRun(info.id, b.input as Record<string, unknown>);
  if (ra.error) return <ErrorNote error={ra.error} />;
  if (rb.error) return <ErrorNote error={rb.error} />;
  if (!ra.res || !rb.res) return <Loading what="comparison" />;
  const la = new Map(leaves(ra.res.output));
  const lb = new Map(leaves(rb.res.output));
  const keys = [...new Set([...la.keys(), ...lb.keys()])].filter((k) => typeof la.get(k) === 'number' || typeof lb.get(k) === 'number');
  return (
    <table className="grid calc-compare" data-testid="calc-compare">
      <thead>
        <tr>
          <th>Figure</th>
          <th>{a.name}</th>
          <th>{b.name}</th>
          <th>Δ (B − A)</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => {
          const va = la.get(k);
          const vb = lb.get(k);
          const d = typeof va === 'number' && typeof vb === 'number' ? vb - va : null;
          return (
            <tr key={k} className={d ? 'rt-diff' : undefined}>
              <th scope="row">{k.split('.').map(humanKey).join(' › ')}</th>
              <td className="rt-num">{formatValue(k, va)}</td>
              <td className="rt-num">{formatValue(k, vb)}</td>
              <td className={`rt-num ${d && d > 0 ? 'bad' : d && d < 0 ? 'good' : ''}`}>{d === null ? '—' : `${d > 0 ? '+' : ''}${formatValue(k, d)}`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Adds the calculator's current inputs as a line of an estimate (an existing one, or a new one). */
function AddToEstimate({ info, input }: { info: CalculatorInfo; input: Record<string, unknown> }): ReactNode {
  const list = useApi('estimates.list', {}, 'est-list-calc');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async (): Promise<void> => {
    const line = { id: newId('l'), calculator: info.id, label: '', note: '', input: input as Record<string, never> };
    if (!target) {
      const doc = emptyEstimate(`Estimate ${new Date().toISOString().slice(0, 10)}`);
      doc.variants[0]?.lines.push(line);
      const r = await api['estimates.save']({ doc });
      return r.ok ? navigate('estimates', r.value.id) : setError(r.error.message);
    }
    const cur = await api['estimates.get']({ id: target });
    if (!cur.ok) return setError(cur.error.message);
    const doc = cur.value.doc;
    doc.variants[0]?.lines.push(line);
    const r = await api['estimates.save']({ id: target, doc });
    return r.ok ? navigate('estimates', target) : setError(r.error.message);
  };
  return (
    <>
      <select aria-label="Estimate" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="calc-estimate-target">
        <option value="">a new estimate</option>
        {(list.data ?? []).map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void add()} data-testid="calc-add-to-estimate">
        Add to estimate
      </button>
      {error && <span className="bad">{error}</span>}
    </>
  );
}

function Calculator({ info, shared, scenarioId }: { info: CalculatorInfo; shared?: string; scenarioId?: string }): ReactNode {
  const draftKey = `calc.${info.id}.draft`;
  const [input, setInput] = useState<Record<string, unknown> | null>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [compare, setCompare] = useState<[string, string]>(['', '']);
  /** The inputs (as JSON) last written as the draft: "saved" means these are the inputs on screen. */
  const [savedKey, setSavedKey] = useState<string | null>(null);
  /** The last deleted scenario, kept so "Undo" can save it back under the same name with the same inputs. */
  const [deleted, setDeleted] = useState<Scenario | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const scenarios = useApi('scenarios.list', { calculator: info.id }, `${info.id}:${status ?? ''}`);
  // Regions with prices (bundled packs and imported offer files), read when the screen opens.
  const regions = useApi('kb.regions', {}, 'kb-regions');

  const [linkError, setLinkError] = useState<string | null>(null);
  // Restore the inputs of a shared link, else the autosaved draft (or the defaults), once.
  useEffect(() => {
    if (shared) {
      const r = decodeCalcInput(info.id, shared);
      if (r.ok) return setInput(r.value);
      setLinkError(r.error.message);
    }
    if (scenarioId) {
      // A saved scenario opened by id (command palette): its inputs, else the draft with a note.
      void api['scenarios.list']({ calculator: info.id }).then((r) => {
        const sc = r.ok ? r.value.find((x) => x.id === scenarioId) : undefined;
        if (sc) return setInput(sc.input as Record<string, unknown>);
        setLinkError('That saved scenario no longer exists.');
        void api['prefs.get']({ key: draftKey }).then((d) => {
          const saved = d.ok ? d.value.value : null;
          setInput(saved && typeof saved === 'object' ? (saved as Record<string, unknown>) : info.defaults);
        });
      });
      return;
    }
    void api['prefs.get']({ key: draftKey }).then((r) => {
      const saved = r.ok ? r.value.value : null;
      setInput(saved && typeof saved === 'object' ? (saved as Record<string, unknown>) : info.defaults);
    });
  }, [draftKey, info.defaults, info.id, shared, scenarioId]);
  const { res, error, stale, validInput } = useRun(info.id, input);
  // Saved only once the inputs on screen are the ones written (a newer, not yet run input is not saved).
  const draftSaved = !error && savedKey !== null && savedKey === JSON.stringify(input);
  // Autosave the last VALID inputs: an invalid value is never restored as the draft next time.
  useEffect(() => {
    if (!validInput) return;
    const k = JSON.stringify(validInput);
    const t = setTimeout(() => void api['prefs.set']({ key: draftKey, value: validInput as never }).then((r) => r.ok && setSavedKey(k)), 250);
    return () => clearTimeout(t);
  }, [draftKey, validInput]);
  const fieldErrors = useMemo(() => fieldErrorsOf(error), [error]);
  if (!input) return <Loading what="calculator" />;

  const save = async (): Promise<void> => {
    const r = await api['scenarios.save']({ calculator: info.id, name: name || `Scenario ${new Date().toLocaleString()}`, input: input as never });
    setStatus(r.ok ? `Saved “${r.value.name}”.` : r.error.message);
  };
  const meta = res ? { calculator: info.id, title: info.title, region: res.region, priceAsOf: res.priceAsOf } : null;
  // Exports describe the inputs the result was computed from (the last valid ones while an edit is invalid).
  const resultInput = validInput ?? input;
  const remove = async (s: Scenario): Promise<void> => {
    const r = await api['scenarios.delete']({ id: s.id });
    if (!r.ok) return setStatus(r.error.message);
    setDeleted(s);
    setStatus(`Deleted “${s.name}”.`);
  };
  const undoDelete = async (): Promise<void> => {
    if (!deleted) return;
    const r = await api['scenarios.save']({ calculator: deleted.calculator, name: deleted.name, input: deleted.input as never });
    setDeleted(null);
    setStatus(r.ok ? `Restored “${r.value.name}”.` : r.error.message);
  };
  const importFile = async (file: File): Promise<void> => {
    setImportError(null);
    const parsed = parseScenarioFile(await file.text(), file.name);
    if (!parsed.ok) {
      setStatus(null);
      return setImportError(parsed.error.message);
    }
    const { calculator, name: scName, input: scInput } = parsed.value;
    const r = await api['scenarios.save']({ calculator, name: scName, input: scInput as never });
    if (!r.ok) return setImportError(r.error.message);
    if (calculator !== info.id) return navigate('calculators', calculator, 'scenario', r.value.id);
    setInput(scInput);
    setStatus(`Imported “${r.value.name}”.`);
  };
  const md = meta && res ? resultMarkdown(meta, resultInput, res.output) : '';
  const list = scenarios.data ?? [];
  const sa = list.find((s) => s.id === compare[0]);
  const sb = list.find((s) => s.id === compare[1]);

  return (
    <div className="calc-layout">
      <section className="panel calc-inputs" aria-label="Inputs">
        {linkError && <p className="bad">{linkError}</p>}
        <CalcForm calculator={info.id} schema={info.inputSchema} value={input} onChange={setInput} fieldErrors={fieldErrors} regions={regions.data ?? undefined} />
        <div className="calc-actions">
          <button type="button" onClick={() => setInput(info.defaults)}>
            Reset to example
          </button>
          <span className="muted" data-testid="calc-draft-state" data-saved={draftSaved}>
            {error ? 'Not saved until the inputs are valid' : draftSaved ? 'Draft saved' : 'Saving draft…'}
          </span>
        </div>
        <h3>Scenarios</h3>
        <div className="calc-actions">
          <input placeholder="Scenario name" value={name} onChange={(e) => setName(e.target.value)} data-testid="calc-scenario-name" />
          <button type="button" className="primary" onClick={() => void save()} data-testid="calc-scenario-save">
            Save
          </button>
        </div>
        <label className="calc-import">
          <span className="muted">Import scenario JSON…</span>{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="calc-scenario-import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
        </label>
        {importError && (
          <p className="bad" role="alert" data-testid="calc-import-error">
            {importError}
          </p>
        )}
        {status && (
          <p className="muted" role="status" data-testid="calc-status">
            {status}
            {deleted && status.startsWith('Deleted') && (
              <>
                {' '}
                <button type="button" className="linklike" onClick={() => void undoDelete()} data-testid="calc-scenario-undo">
                  Undo
                </button>
              </>
            )}
          </p>
        )}
        <ul className="calc-scenarios" data-testid="calc-scenarios">
          {list.map((s) => (
            <li key={s.id}>
              <button type="button" className="linklike" onClick={() => setInput(s.input as Record<string, unknown>)} title="Load these inputs">
                {s.name}
              </button>
              <span className="muted"> · {s.updatedAt.slice(0, 16).replace('T', ' ')}</span>{' '}
              <button
                type="button"
                className="linklike"
                onClick={() => downloadBlob(`${info.id}-${s.name}.json`, JSON.stringify({ calculator: info.id, name: s.name, input: s.input }, null, 2), 'application/json')}
              >
                JSON
              </button>{' '}
              <button
                type="button"
                className="linklike"
                aria-label={`Delete ${s.name}`}
                onClick={() => void remove(s)}
              >
                delete
              </button>
            </li>
          ))}
        </ul>
        {list.length >= 2 && (
          <div className="calc-actions">
            <select value={compare[0]} onChange={(e) => setCompare([e.target.value, compare[1]])} aria-label="Scenario A" data-testid="calc-compare-a">
              <option value="">A…</option>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <select value={compare[1]} onChange={(e) => setCompare([compare[0], e.target.value])} aria-label="Scenario B" data-testid="calc-compare-b">
              <option value="">B…</option>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </section>
      <section className="calc-output" aria-label="Results">
        {res && (
          <section className="calc-print-only" data-testid="calc-print-inputs">
            <h2>{info.title}</h2>
            <p className="muted">
              {res.region} prices as of {res.priceAsOf}
            </p>
            <table className="grid calc-breakdown">
              <tbody>
                {Object.entries(resultInput).map(([k, v]) => (
                  <tr key={k}>
                    <th scope="row">{humanKey(k)}</th>
                    <td>
                      {typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)} {fieldHelp(info.id, k)?.unit ?? ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {error && !(error.issues?.length && res) && <ErrorNote error={error} />}
        {error && error.issues?.length && res ? (
          <p className="warn calc-stale-note" role="status" data-testid="calc-stale">
            {error.issues.length === 1 ? 'One input is not valid' : `${error.issues.length} inputs are not valid`} (marked in the form). The result below is the last valid
            one, for the previous inputs.
          </p>
        ) : null}
        {res && (
          <div className={stale ? 'calc-stale' : undefined} data-stale={stale} data-testid="calc-result-wrap">
            <div className="calc-actions">
              <span className="muted">
                {res.region} prices as of {res.priceAsOf}
              </span>
              <button
                type="button"
                onClick={() =>
                  void copyText(`${location.origin}${location.pathname}#/calculators/${info.id}/share/${encodeCalcInput(info.id, input)}`).then(() =>
                    setStatus('Link copied: it restores these inputs.'),
                  )
                }
                data-testid="calc-share"
              >
                Copy link
              </button>
              <AddToEstimate info={info} input={input} />
              <button type="button" onClick={() => void copyText(md).then(() => setStatus('Copied as Markdown.'))} data-testid="calc-copy-md">
                Copy as Markdown
              </button>
              <button type="button" onClick={() => downloadBlob(`${info.id}.md`, md, 'text/markdown')} data-testid="calc-export-md">
                Markdown
              </button>
              <button type="button" onClick={() => window.print()} data-testid="calc-print" title="A print-friendly sheet: inputs, results and charts without the controls">
                Print
              </button>
              <button
                type="button"
                data-testid="calc-export-csv"
                onClick={() =>
                  downloadBlob(`${info.id}.csv`, toCsv(resultCsv(meta!, resultInput, res.output)), 'text/csv')
                }
              >
                CSV
              </button>
              <button
                type="button"
                data-testid="calc-export-json"
                onClick={() =>
                  downloadBlob(
                    `${info.id}-result.json`,
                    JSON.stringify({ calculator: info.id, region: res.region, priceAsOf: res.priceAsOf, input, ...res.output }, null, 2),
                    'application/json',
                  )
                }
              >
                JSON
              </button>
              <MakeCardButton
                label="Make a card"
                front={`${info.title}: ${Object.entries(input)
                  .filter(([, v]) => typeof v !== 'object')
                  .map(([k, v]) => `${humanKey(k)} ${String(v)}`)
                  .join(', ')} — result?`}
                back={leaves(res.output)
                  .filter(([, v]) => typeof v === 'number')
                  .slice(0, 6)
                  .map(([k, v]) => `${k}: ${formatValue(k, v)}`)
                  .join('\n')}
                origin={{ kind: 'calculator', ref: `calc:${info.id}`, label: info.title }}
              />
            </div>
            <ResultView output={res.output} />
          </div>
        )}
        {sa && sb && (
          <section>
            <h3>
              {sa.name} vs {sb.name}
            </h3>
            <ScenarioCompare info={info} a={sa} b={sb} />
          </section>
        )}
      </section>
    </div>
  );
}

export function CalculatorsScreen({ args }: { args: string[] }): ReactNode {
  const list = useApi('calc.list', {}, 'calc-list');
  if (list.error) return <ErrorNote error={list.error} />;
  if (!list.data) return <Loading what="calculators" />;
  const current = list.data.find((c) => c.id === args[0]) ?? list.data[0];
  return (
    <section className="screen" aria-labelledby="calc-h">
      <h1 id="calc-h">Calculators</h1>
      <nav className="qz-tabs calc-tabs" aria-label="Calculators">
        {list.data.map((c) => (
          <button
            key={c.id}
            type="button"
            className={c.id === current?.id ? 'on' : undefined}
            aria-current={c.id === current?.id ? 'page' : undefined}
            onClick={() => navigate('calculators', c.id)}
            data-testid={`calc-tab-${c.id}`}
          >
            {c.title}
          </button>
        ))}
      </nav>
      {current && <Calculator
          key={`${current.id}/${args[1] ?? ''}/${args[2] ?? ''}`}
          info={current}
          shared={args[1] === 'share' ? args[2] : undefined}
          scenarioId={args[1] === 'scenario' ? args[2] : undefined}
        />}
    </section>
  );
}
