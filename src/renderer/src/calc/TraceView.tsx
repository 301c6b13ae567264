import type { ReactNode } from 'react';
import { stepPriceStatus, traceSteps, type ExportStep } from '../../../shared/calc/resultExport';

/** A trace step as it arrives over IPC, and the helpers the exports use too: one home (shared/calc/resultExport). */
export type TraceStep = ExportStep;
export const factStatus = stepPriceStatus;
export const asTrace = traceSteps;

/** On screen a result keeps 12 significant figures (the trace's own precision); exports round to 6. */
function showResult(r: unknown): string {
  if (typeof r === 'number') return r.toLocaleString('en-US', { maximumFractionDigits: 12 });
  return typeof r === 'object' ? JSON.stringify(r) : String(r ?? '');
}

/** Every step as formula → substituted values → rounding rule → result, with the fact it used. */
export function TraceView({ steps }: { steps: TraceStep[] }): ReactNode {
  if (!steps.length) return <p className="muted">No trace.</p>;
  return (
    <ol className="calc-trace" data-testid="calc-trace">
      {steps.map((s, i) => (
        <li key={i}>
          <div className="calc-trace-label">{s.label}</div>
          {s.formula && <code className="calc-formula">{s.formula}</code>}
          {s.substituted && <code className="calc-subst">= {s.substituted}</code>}
          {s.rounding && <span className="calc-rounding">rounding: {s.rounding}</span>}
          <div className="calc-trace-result">
            → <strong>{showResult(s.result)}</strong> {s.unit ?? ''}
          </div>
          {s.fact?.source && (
            <div className="source-tag">
              {s.fact.priceKey && <code>{s.fact.priceKey}</code>}{' '}
              {s.fact.overridden ? <strong className="warn">overridden by you</strong> : null}{' '}
              {s.fact.status === 'stand-in' && (
                <strong className="warn price-status" data-testid="trace-standin">
                  {s.fact.statusNote}
                </strong>
              )}
              {s.fact.status === 'imported' && (
                <span className="price-status price-imported" data-testid="trace-imported">
                  {s.fact.statusNote}
                </span>
              )}{' '}
              <a href={s.fact.source} target="_blank" rel="noreferrer noopener">
                source
              </a>
              {s.fact.asOf ? ` · as of ${s.fact.asOf}` : ''}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
