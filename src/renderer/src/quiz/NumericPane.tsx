import { useMemo, useState, type ReactNode } from 'react';
import { numericKindLabel } from '../../../shared/quiz/labels';
import { ErrorNote, Loading } from '../components/Status';
import { useApi } from '../hooks';
import { QuestionSession } from './QuestionSession';

/** `#/quiz/numeric[/<kind>]`: generated capacity questions with fresh numbers each time; the trace explains. */
export function NumericPane({ kind: routeKind }: { kind?: string }): ReactNode {
  const catalog = useApi('quiz.catalog', {}, 'catalog');
  const regions = useApi('kb.regions', {}, 'regions');
  const kinds = catalog.data?.numericKinds ?? [];
  const [picked, setPicked] = useState<string | null>(routeKind ?? null);
  const kind = picked ?? kinds[0] ?? null;
  const [region, setRegion] = useState('us-east-1');
  const [seed, setSeed] = useState(() => Math.floor(Math.random() * 0xffffffff));
  const q = useApi('quiz.numeric', kind ? { kind, seed, region } : null, `${kind}/${seed}/${region}`);
  const list = useMemo(() => (q.data ? [q.data] : []), [q.data]);
  const fresh = (): void => setSeed(Math.floor(Math.random() * 0xffffffff));

  if (catalog.error) return <ErrorNote error={catalog.error} />;
  if (!catalog.data) return <Loading what="question kinds" />;
  if (kinds.length === 0)
    return (
      <p className="panel muted" data-testid="qz-numeric-none">
        Generated numeric questions are not available in this build yet.
      </p>
    );
  return (
    <div className="qz-numeric" data-testid="qz-numeric">
      <div className="qz-toolbar">
        <div className="chips" role="group" aria-label="Calculator">
          {kinds.map((k) => (
            <button
              key={k}
              type="button"
              className={`chip ${k === kind ? 'on' : ''}`}
              onClick={() => {
                setPicked(k);
                fresh();
              }}
              data-testid={`qz-numeric-${k}`}
            >
              {numericKindLabel(k)}
            </button>
          ))}
        </div>
        <label>
          Prices{' '}
          <select value={region} onChange={(e) => setRegion(e.target.value)}>
            {(regions.data ?? ['us-east-1']).map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <span className="qz-spacer" />
        <button type="button" onClick={fresh} data-testid="qz-numeric-fresh">
          New numbers
        </button>
      </div>
      {q.error && <ErrorNote error={q.error} />}
      {q.loading && !q.data && <Loading what="question" />}
      {q.data && <QuestionSession key={`${kind}/${seed}`} questions={list} onFinished={fresh} />}
    </div>
  );
}
