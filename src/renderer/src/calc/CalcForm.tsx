import { useState, type ReactNode } from 'react';
import { fieldHelp, type FieldHelp } from '../../../shared/calc/fieldHelp';
import type { JsonSchema } from '../../../shared/ipc/channels/calc';
import { useApi } from '../hooks';
import { humanKey, isRecord } from './format';

/** The unit beside a box and the help under it (what it means, typical values, the AWS page). */
function Help({ h, id }: { h: FieldHelp | undefined; id: string }): ReactNode {
  if (!h) return null;
  return (
    <small className="calc-help" id={id}>
      {h.help}
      {h.typical && <> Typical: {h.typical}.</>}
      {h.doc && (
        <>
          {' '}
          <a href={h.doc} target="_blank" rel="noreferrer">
            AWS docs
          </a>
        </>
      )}
    </small>
  );
}

/** Calculator class ids → S3 API names, to find each class's minimum storage duration in the S3 table. */
const API_NAME: Record<string, string> = {
  'intelligent-tiering': 'INTELLIGENT_TIERING',
  'standard-ia': 'STANDARD_IA',
  'onezone-ia': 'ONEZONE_IA',
  'glacier-ir': 'GLACIER_IR',
  'glacier-flexible': 'GLACIER',
  'deep-archive': 'DEEP_ARCHIVE',
};

/** The last cell of an editable row: move up / down (where the order matters) and remove. */
function RowActions({ noun, index, onMove, onRemove }: { noun: string; index: number; onMove?: (by: -1 | 1) => void; onRemove: () => void }): ReactNode {
  const n = index + 1;
  return (
    <td>
      {onMove && (
        <>
          <button type="button" className="linklike" aria-label={`Move ${noun} ${n} up`} onClick={() => onMove(-1)}>
            ↑
          </button>{' '}
          <button type="button" className="linklike" aria-label={`Move ${noun} ${n} down`} onClick={() => onMove(1)}>
            ↓
          </button>{' '}
        </>
      )}
      <button type="button" className="linklike" aria-label={`Remove ${noun} ${n}`} onClick={onRemove}>
        remove
      </button>
    </td>
  );
}

interface Rule {
  afterDays?: unknown;
  storageClass?: unknown;
  /** A pasted S3 lifecycle configuration's spelling (accepted by the calculator too). */
  Days?: unknown;
  StorageClass?: unknown;
}

/** One spelling in the form: a pasted {Days, StorageClass} row becomes {afterDays, storageClass}. */
function normalRule(r: Rule): Rule {
  const { Days, StorageClass, ...rest } = r;
  return { ...rest, afterDays: r.afterDays ?? Days, storageClass: r.storageClass ?? StorageClass };
}

/**
 * S3 lifecycle transitions as a form: one row per transition (days, class with its minimum storage
 * duration from the S3 table), add / remove / reorder; JSON stays available.
 */
function RulesEditor({ value, onChange, classes, label, error }: { value: unknown; onChange: (v: unknown) => void; classes: string[]; label: string; error?: string }): ReactNode {
  const [asJson, setAsJson] = useState(false);
  const table = useApi('kb.dataset', { id: 's3-storage-classes' }, 's3-classes-min');
  const minDays = (cls: string): number | null => {
    const row = table.data?.rows.find((r) => r.apiName === (API_NAME[cls] ?? cls));
    const d = row?.minStorageDurationDays;
    return typeof d === 'number' ? d : null;
  };
  const rules: Rule[] = Array.isArray(value) ? (value as Rule[]).map(normalRule) : [];
  if (asJson || !Array.isArray(value))
    return (
      <div>
        <JsonField label={label} value={value} onChange={onChange} />
        {error && <small className="bad">{error}</small>}
        {Array.isArray(value) && (
          <button type="button" className="linklike" onClick={() => setAsJson(false)}>
            Edit as a form
          </button>
        )}
      </div>
    );
  const set = (i: number, r: Rule): void => onChange(rules.map((x, j) => (j === i ? r : x)));
  const move = (i: number, by: -1 | 1): void => {
    const j = i + by;
    if (j < 0 || j >= rules.length) return;
    const next = [...rules];
    [next[i], next[j]] = [next[j] as Rule, next[i] as Rule];
    onChange(next);
  };
  return (
    <fieldset className="calc-field-wide calc-rules" data-testid="calc-rules">
      <legend>{label}</legend>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">After days</th>
            <th scope="col">Move to</th>
            <th scope="col" title="Minimum storage duration: shorter stays are billed as if they lasted this long">Min. stay</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r, i) => {
            const raw = String(r.storageClass ?? '');
            // S3 API names (STANDARD_IA) shown as the calculator's ids (standard-ia).
            const cls = Object.entries(API_NAME).find(([, api]) => api === raw)?.[0] ?? raw;
            const min = minDays(cls);
            return (
              <tr key={i} data-testid="calc-rule">
                <td>
                  <input
                    type="number"
                    min={0}
                    step={1}
                    aria-label={`Rule ${i + 1}: after days`}
                    value={typeof r.afterDays === 'number' ? r.afterDays : ''}
                    onChange={(e) => set(i, { ...r, afterDays: e.target.value === '' ? undefined : Number(e.target.value) })}
                  />
                </td>
                <td>
                  <select aria-label={`Rule ${i + 1}: storage class`} value={cls} onChange={(e) => set(i, { ...r, storageClass: e.target.value })}>
                    {!classes.includes(cls) && <option value={cls}>{cls || '—'}</option>}
                    {classes.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="muted" title={min ? `Objects that leave or expire sooner are billed for ${min} days` : undefined}>
                  {min ? `${min} d` : '—'}
                </td>
                <RowActions noun="rule" index={i} onMove={(by) => move(i, by)} onRemove={() => onChange(rules.filter((_, j) => j !== i))} />
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => {
          const last = rules.at(-1);
          const lastDays = typeof last?.afterDays === 'number' ? last.afterDays : 0;
          const next = classes.find((c) => !rules.some((r) => r.storageClass === c)) ?? classes[0] ?? 'standard-ia';
          onChange([...rules, { afterDays: Math.max(30, lastDays + 30), storageClass: next }]);
        }}
        data-testid="calc-rule-add"
      >
        Add transition
      </button>{' '}
      <button type="button" className="linklike" onClick={() => setAsJson(true)}>
        Edit as JSON
      </button>
      {error && <small className="bad">{error}</small>}
    </fieldset>
  );
}

function unwrap(s: JsonSchema | undefined): JsonSchema {
  if (!s) return {};
  // Optional / nullable fields arrive as anyOf [X, null]: edit X.
  if (s.anyOf) return s.anyOf.find((x) => x.type !== 'null') ?? s;
  return s;
}

function JsonField({ value, onChange, label }: { value: unknown; onChange: (v: unknown) => void; label: string }): ReactNode {
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 2));
  const [bad, setBad] = useState<string | null>(null);
  return (
    <label className="calc-field calc-field-wide">
      <span>{label} (JSON)</span>
      <textarea
        rows={Math.min(12, text.split('\n').length + 1)}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          try {
            onChange(JSON.parse(e.target.value));
            setBad(null);
          } catch (err) {
            setBad((err as Error).message);
          }
        }}
        spellCheck={false}
      />
      {bad && <small className="bad">{bad}</small>}
    </label>
  );
}

/**
 * A list of objects (DynamoDB access patterns…) as rows of fields generated from the item schema: enums as
 * pickers, numbers and text as boxes; add / remove / reorder, with JSON still available.
 */
function ListEditor({ value, onChange, item, label, error }: { value: unknown; onChange: (v: unknown) => void; item: JsonSchema; label: string; error?: string }): ReactNode {
  const [asJson, setAsJson] = useState(false);
  const props = Object.entries(item.properties ?? {}).map(([k, ps]) => [k, unwrap(ps)] as const);
  const rows: Record<string, unknown>[] = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  if (asJson || (value !== undefined && !Array.isArray(value)))
    return (
      <div>
        <JsonField label={label} value={value ?? []} onChange={onChange} />
        {error && <small className="bad">{error}</small>}
        <button type="button" className="linklike" onClick={() => setAsJson(false)}>
          Edit as a form
        </button>
      </div>
    );
  const setRow = (i: number, k: string, v: unknown): void =>
    onChange(
      rows.map((r, j) => {
        if (j !== i) return r;
        const next = { ...r };
        if (v === undefined || v === '') delete next[k];
        else next[k] = v;
        return next;
      }),
    );
  const blank = (): Record<string, unknown> =>
    Object.fromEntries(
      props.filter(([k]) => (item.required ?? []).includes(k)).map(([k, ps]) => [k, ps.enum ? ps.enum[0] : ps.type === 'number' || ps.type === 'integer' ? 1 : '']),
    );
  return (
    <fieldset className="calc-field-wide calc-rules" data-testid="calc-list">
      <legend>{label}</legend>
      {rows.length > 0 && (
        <table className="grid">
          <thead>
            <tr>
              {props.map(([k]) => (
                <th key={k} scope="col">
                  {humanKey(k)}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-testid="calc-list-row">
                {props.map(([k, ps]) => (
                  <td key={k}>
                    {ps.enum ? (
                      <select aria-label={`Row ${i + 1}: ${humanKey(k)}`} value={String(r[k] ?? '')} onChange={(e) => setRow(i, k, e.target.value || undefined)}>
                        {!(item.required ?? []).includes(k) && <option value="">—</option>}
                        {ps.enum.map((o) => (
                          <option key={String(o)} value={String(o)}>
                            {String(o)}
                          </option>
                        ))}
                      </select>
                    ) : ps.type === 'number' || ps.type === 'integer' ? (
                      <input
                        type="number"
                        step="any"
                        aria-label={`Row ${i + 1}: ${humanKey(k)}`}
                        value={typeof r[k] === 'number' ? (r[k] as number) : ''}
                        onChange={(e) => setRow(i, k, e.target.value === '' ? undefined : Number(e.target.value))}
                      />
                    ) : (
                      <input type="text" aria-label={`Row ${i + 1}: ${humanKey(k)}`} value={String(r[k] ?? '')} onChange={(e) => setRow(i, k, e.target.value)} />
                    )}
                  </td>
                ))}
                <RowActions noun="row" index={i} onRemove={() => onChange(rows.filter((_, j) => j !== i))} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => onChange([...rows, blank()])} data-testid="calc-list-add">
        Add row
      </button>{' '}
      {rows.length > 0 && (
        <button type="button" className="linklike" onClick={() => onChange(undefined)}>
          Clear the list
        </button>
      )}{' '}
      <button type="button" className="linklike" onClick={() => setAsJson(true)}>
        Edit as JSON
      </button>
      {error && <small className="bad">{error}</small>}
    </fieldset>
  );
}

/** Rates typed per second or per month (× 2,628,000 s, AWS's 730-hour month), stored as the field's unit. */
const SECONDS_PER_MONTH = 2_628_000;
function rateBase(unit: string | undefined): 'second' | 'month' | null {
  if (!unit) return null;
  if (unit.endsWith('/s')) return 'second';
  if (unit.endsWith('/month') && !unit.startsWith('GB')) return 'month';
  return null;
}

/** A form generated from the calculator's input JSON Schema: numbers, enums, booleans, and JSON for lists. */
export function CalcForm({
  calculator = '',
  schema,
  value,
  onChange,
  fieldErrors,
  regions,
}: {
  calculator?: string;
  schema: JsonSchema;
  value: Record<string, unknown>;
  onChange: (v: Record<string, unknown>) => void;
  fieldErrors: Record<string, string>;
  /** The regions with prices (bundled or imported): the region picker offers these, not every region AWS lists. */
  regions?: readonly string[];
}): ReactNode {
  const props = schema.properties ?? {};
  // Per field: the rate unit the user types in (per second or per month); the stored value keeps the field's own.
  const [per, setPer] = useState<Record<string, 'second' | 'month'>>({});
  const keys = [...new Set([...Object.keys(value), ...Object.keys(props)])].filter((k) => k !== 'prices');
  const set = (k: string, v: unknown): void => {
    const next = { ...value };
    if (v === undefined || v === '') delete next[k];
    else next[k] = v;
    onChange(next);
  };
  return (
    <div className="calc-form" data-testid="calc-form">
      {keys.map((k) => {
        const s = unwrap(props[k]);
        const v = value[k];
        const err = fieldErrors[k];
        const h = fieldHelp(calculator, k);
        // Inputs the current mode ignores are hidden (EBS recommend mode ignores the volume's own figures).
        if (h?.showWhen && !h.showWhen.values.includes(String(value[h.showWhen.field] ?? props[h.showWhen.field]?.default ?? ''))) return null;
        const label = humanKey(k);
        const help = s.description;
        const helpId = `calc-help-${k}`;
        const unit = h?.unit ? <span className="calc-unit">{h.unit}</span> : null;
        if (s.enum || (s.anyOf && s.anyOf.every((x) => x.const !== undefined))) {
          const all = s.enum ?? (s.anyOf ?? []).map((x) => x.const);
          const options = k === 'region' && regions?.length ? [...new Set([...regions, ...(v === undefined ? [] : [v])])] : all;
          return (
            <label key={k} className="calc-field" title={help}>
              <span>{label}</span>
              <select value={String(v ?? '')} onChange={(e) => set(k, e.target.value)} data-testid={`calc-in-${k}`}>
                {v === undefined && <option value="">—</option>}
                {options.map((o) => (
                  <option key={String(o)} value={String(o)}>
                    {String(o)}
                  </option>
                ))}
              </select>
              {err && <small className="bad">{err}</small>}
              <Help h={h} id={helpId} />
            </label>
          );
        }
        if (s.type === 'boolean' || typeof v === 'boolean')
          return (
            <label key={k} className="calc-field calc-check" title={help}>
              <input type="checkbox" checked={Boolean(v)} onChange={(e) => set(k, e.target.checked)} data-testid={`calc-in-${k}`} />
              <span>{label}</span>
              {err && <small className="bad">{err}</small>}
              <Help h={h} id={helpId} />
            </label>
          );
        if (s.type === 'number' || s.type === 'integer' || typeof v === 'number') {
          // A 0–1 fraction is shown and typed as a percentage (70, not 0.7).
          const pct = h?.percentOfFraction === true;
          const base = rateBase(h?.unit);
          const shownPer = base ? (per[k] ?? base) : null;
          const factor = base && shownPer !== base ? (base === 'second' ? SECONDS_PER_MONTH : 1 / SECONDS_PER_MONTH) : 1;
          const round = (x: number): number => Math.round(x * 1e6) / 1e6;
          const shown = typeof v === 'number' ? (pct ? Math.round(v * 1e6) / 1e4 : factor === 1 ? v : round(v * factor)) : '';
          const unitFor = (p: 'second' | 'month'): string => (h?.unit ?? '').replace(/\/(s|month)$/, p === 'second' ? '/s' : '/month');
          return (
            <label key={k} className="calc-field" title={help}>
              <span>{label}</span>
              <span className="calc-input-unit">
                <input
                  type="number"
                  inputMode="decimal"
                  value={shown}
                  min={s.minimum === undefined ? undefined : pct ? s.minimum * 100 : s.minimum}
                  max={s.maximum === undefined || factor !== 1 ? undefined : pct ? s.maximum * 100 : s.maximum}
                  step="any"
                  onChange={(e) => set(k, e.target.value === '' ? undefined : pct ? Number(e.target.value) / 100 : Number(e.target.value) / factor)}
                  aria-invalid={Boolean(err)}
                  aria-describedby={h ? helpId : undefined}
                  data-testid={`calc-in-${k}`}
                />
                {base ? (
                  <select
                    className="calc-unit"
                    aria-label={`${label}: unit`}
                    value={shownPer ?? base}
                    onChange={(e) => setPer({ ...per, [k]: e.target.value as 'second' | 'month' })}
                    data-testid={`calc-unit-${k}`}
                  >
                    <option value="second">{unitFor('second')}</option>
                    <option value="month">{unitFor('month')}</option>
                  </select>
                ) : (
                  unit
                )}
              </span>
              {err && <small className="bad">{err}</small>}
              <Help h={h} id={helpId} />
            </label>
          );
        }
        if (s.type === 'string' || typeof v === 'string')
          return (
            <label key={k} className="calc-field" title={help}>
              <span>{label}</span>
              <input type="text" value={String(v ?? '')} onChange={(e) => set(k, e.target.value)} aria-invalid={Boolean(err)} data-testid={`calc-in-${k}`} />
              {err && <small className="bad">{err}</small>}
              <Help h={h} id={helpId} />
            </label>
          );
        const item = unwrap(s.items);
        const ruleClasses = item.properties?.storageClass ? ((unwrap(item.properties.storageClass).enum ?? Object.keys(API_NAME)) as unknown[]).map(String) : null;
        if (ruleClasses && item.properties?.afterDays)
          return (
            <div key={k} className="calc-field-wide">
              <RulesEditor label={label} value={v} onChange={(x) => set(k, x)} classes={ruleClasses} error={err} />
              <Help h={h} id={helpId} />
            </div>
          );
        if (item.properties && (s.type === 'array' || Array.isArray(v)))
          return (
            <div key={k} className="calc-field-wide">
              <ListEditor label={label} value={v} onChange={(x) => set(k, x)} item={item} error={err} />
              <Help h={h} id={helpId} />
            </div>
          );
        if (Array.isArray(v) || isRecord(v) || s.type === 'array' || s.type === 'object')
          return (
            <div key={k}>
              <JsonField label={label} value={v} onChange={(x) => set(k, x)} />
              {err && <small className="bad">{err}</small>}
              <Help h={h} id={helpId} />
            </div>
          );
        return null;
      })}
    </div>
  );
}
