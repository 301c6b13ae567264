import { useState, type ReactNode } from 'react';
import type { JsonSchema } from '../../../shared/ipc/channels/calc';
import { humanKey, isRecord } from './format';

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

/** A form generated from the calculator's input JSON Schema: numbers, enums, booleans, and JSON for lists. */
export function CalcForm({
  schema,
  value,
  onChange,
  fieldErrors,
}: {
  schema: JsonSchema;
  value: Record<string, unknown>;
  onChange: (v: Record<string, unknown>) => void;
  fieldErrors: Record<string, string>;
}): ReactNode {
  const props = schema.properties ?? {};
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
        const label = humanKey(k);
        const help = s.description;
        if (s.enum || (s.anyOf && s.anyOf.every((x) => x.const !== undefined))) {
          const options = s.enum ?? (s.anyOf ?? []).map((x) => x.const);
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
            </label>
          );
        }
        if (s.type === 'boolean' || typeof v === 'boolean')
          return (
            <label key={k} className="calc-field calc-check" title={help}>
              <input type="checkbox" checked={Boolean(v)} onChange={(e) => set(k, e.target.checked)} data-testid={`calc-in-${k}`} />
              <span>{label}</span>
              {err && <small className="bad">{err}</small>}
            </label>
          );
        if (s.type === 'number' || s.type === 'integer' || typeof v === 'number')
          return (
            <label key={k} className="calc-field" title={help}>
              <span>{label}</span>
              <input
                type="number"
                inputMode="decimal"
                value={typeof v === 'number' ? v : ''}
                min={s.minimum}
                max={s.maximum}
                step="any"
                onChange={(e) => set(k, e.target.value === '' ? undefined : Number(e.target.value))}
                aria-invalid={Boolean(err)}
                data-testid={`calc-in-${k}`}
              />
              {err && <small className="bad">{err}</small>}
            </label>
          );
        if (s.type === 'string' || typeof v === 'string')
          return (
            <label key={k} className="calc-field" title={help}>
              <span>{label}</span>
              <input type="text" value={String(v ?? '')} onChange={(e) => set(k, e.target.value)} data-testid={`calc-in-${k}`} />
              {err && <small className="bad">{err}</small>}
            </label>
          );
        if (Array.isArray(v) || isRecord(v) || s.type === 'array' || s.type === 'object')
          return (
            <div key={k}>
              <JsonField label={label} value={v} onChange={(x) => set(k, x)} />
              {err && <small className="bad">{err}</small>}
            </div>
          );
        return null;
      })}
    </div>
  );
}
