import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { QuestionView } from '../../../shared/ipc/channels/study';
import type { AppErrorShape } from '../../../shared/result';
import { api } from '../api';
import { ErrorNote } from '../components/Status';
import { MakeCardButton } from './MakeCard';
import { optionFromKey, QuestionCard } from './QuestionCard';

/**
 * Practice over a list of questions with immediate feedback: choose, check (recorded), read why each
 * option is right or wrong, next. Keys: 1–6 or A–F choose, Enter checks / goes on.
 */
export function QuestionSession({
  questions,
  onFinished,
  emptyText = 'No questions match.',
}: {
  questions: QuestionView[];
  onFinished?: () => void;
  emptyText?: string;
}): ReactNode {
  const [i, setI] = useState(0);
  const [selected, setSelected] = useState<number[]>([]);
  const [result, setResult] = useState<{ correct: boolean } | null>(null);
  const [tally, setTally] = useState({ right: 0, done: 0 });
  const [error, setError] = useState<AppErrorShape | null>(null);
  const t0 = useRef(Date.now());
  const q = questions[i];

  useEffect(() => {
    setI(0);
    setSelected([]);
    setResult(null);
    setTally({ right: 0, done: 0 });
    t0.current = Date.now();
  }, [questions]);

  const check = useCallback(async () => {
    if (!q || result || selected.length === 0) return;
    const r = await api['quiz.answer']({
      questionId: q.id,
      chosen: selected,
      timeMs: Date.now() - t0.current,
      ...(q.numeric ? { numeric: q.numeric } : {}),
    });
    if (!r.ok) return setError(r.error);
    setError(null);
    setResult({ correct: r.value.correct });
    setTally((t) => ({ right: t.right + (r.value.correct ? 1 : 0), done: t.done + 1 }));
  }, [q, result, selected]);

  const next = useCallback(() => {
    setSelected([]);
    setResult(null);
    t0.current = Date.now();
    if (i + 1 >= questions.length) onFinished?.();
    setI((x) => x + 1);
  }, [i, questions.length, onFinished]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const t = e.target as HTMLElement | null;
      if (!q || (t && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT' || t.tagName === 'SELECT'))) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        if (result) next();
        else void check();
        return;
      }
      if (result) return;
      const idx = optionFromKey(q, e.key);
      if (idx === null) return;
      e.preventDefault();
      if (q.type === 'multi') setSelected((s) => (s.includes(idx) ? s.filter((x) => x !== idx) : [...s, idx]));
      else setSelected([idx]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [q, result, check, next]);

  if (questions.length === 0) return <p className="muted">{emptyText}</p>;
  if (!q)
    return (
      <div className="panel qz-done" data-testid="qz-practice-done">
        <h2>Done</h2>
        <p>
          {tally.right} of {tally.done} right.
        </p>
      </div>
    );
  const right = q.options.filter((o) => o.correct);
  return (
    <div className="qz-session" data-testid="qz-session">
      <p className="muted qz-progress-line">
        Question {i + 1} of {questions.length} · {tally.right}/{tally.done} right so far
      </p>
      <QuestionCard q={q} selected={selected} onSelect={result ? undefined : setSelected} reveal={result !== null} />
      {error && <ErrorNote error={error} />}
      <div className="qz-row">
        {!result ? (
          <button type="button" className="primary" disabled={selected.length === 0} onClick={() => void check()} data-testid="qz-check">
            Check <kbd>Enter</kbd>
          </button>
        ) : (
          <>
            <strong className={result.correct ? 'good' : 'bad'} data-testid="qz-verdict">
              {result.correct ? 'Correct' : 'Not quite'}
            </strong>
            <button type="button" className="primary" onClick={next} data-testid="qz-next">
              {i + 1 < questions.length ? 'Next' : 'Finish'} <kbd>Enter</kbd>
            </button>
            {!q.numeric && (
              <MakeCardButton
                front={q.stem}
                back={right.map((o) => `**${o.text}**: ${o.explanation ?? ''}`).join('\n\n')}
                origin={{ kind: 'question', ref: q.id, label: `Question bank · ${q.topic}` }}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
