import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { QuestionView } from '../../../shared/ipc/channels/study';
import { topicLabel } from '../../../shared/quiz/labels';
import type { AppErrorShape } from '../../../shared/result';
import { api } from '../api';
import { ErrorNote } from '../components/Status';
import { pressed, typingIn } from '../keys/keymap';
import { MakeCardButton } from './MakeCard';
import { optionFromKey, QuestionCard } from './QuestionCard';

interface Answered {
  q: QuestionView;
  chosen: number[];
  correct: boolean;
  correctIndexes: number[];
}

/** Whether enough options are picked to check: exactly `choose` on "choose TWO", one on single answer. */
export function readyToCheck(q: QuestionView, selected: readonly number[]): boolean {
  return q.type === 'multi' ? selected.length === q.choose : selected.length === 1;
}

function optionTexts(q: QuestionView, indexes: readonly number[]): string {
  return q.options
    .map((o, pos) => ({ o, pos }))
    .filter(({ o }) => indexes.includes(o.index))
    .map(({ o, pos }) => `${String.fromCharCode(65 + pos)}. ${o.text}`)
    .join('; ');
}

/**
 * Practice over a list of questions with immediate feedback: choose, check (recorded), read why each
 * option is right or wrong, next. Ends with the misses and "Retry missed". Keys: 1–6 or A–F choose,
 * Enter checks / goes on.
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
  // "Retry missed" replaces the list with the misses of the round just finished.
  const [retry, setRetry] = useState<QuestionView[] | null>(null);
  const list = retry ?? questions;
  const [i, setI] = useState(0);
  const [selected, setSelected] = useState<number[]>([]);
  const [result, setResult] = useState<{ correct: boolean } | null>(null);
  const [answered, setAnswered] = useState<Answered[]>([]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const t0 = useRef(Date.now());
  const q = list[i];

  useEffect(() => {
    setRetry(null);
  }, [questions]);
  useEffect(() => {
    setI(0);
    setSelected([]);
    setResult(null);
    setAnswered([]);
    t0.current = Date.now();
  }, [list]);

  const check = useCallback(async () => {
    if (!q || result || !readyToCheck(q, selected)) return;
    const r = await api['quiz.answer']({
      questionId: q.id,
      chosen: selected,
      timeMs: Date.now() - t0.current,
      ...(q.numeric ? { numeric: q.numeric } : {}),
    });
    if (!r.ok) return setError(r.error);
    setError(null);
    setResult({ correct: r.value.correct });
    setAnswered((a) => [...a, { q, chosen: selected, correct: r.value.correct, correctIndexes: r.value.correctIndexes }]);
  }, [q, result, selected]);

  const next = useCallback(() => {
    setSelected([]);
    setResult(null);
    t0.current = Date.now();
    if (i + 1 >= list.length) onFinished?.();
    setI((x) => x + 1);
  }, [i, list.length, onFinished]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!q || typingIn(e.target)) return;
      if (pressed(e, 'practice.check')) {
        const t = e.target as HTMLElement | null;
        if (t && (t.tagName === 'BUTTON' || t.tagName === 'SUMMARY')) return;
        e.preventDefault();
        if (result) next();
        else void check();
        return;
      }
      if (result || !pressed(e, 'practice.choose')) return;
      const idx = optionFromKey(q, e.key);
      if (idx === null) return;
      e.preventDefault();
      if (q.type === 'multi') setSelected((s) => (s.includes(idx) ? s.filter((x) => x !== idx) : [...s, idx]));
      else setSelected([idx]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [q, result, check, next]);

  const missed = useMemo(() => answered.filter((a) => !a.correct), [answered]);

  if (list.length === 0) return <p className="muted">{emptyText}</p>;
  if (!q) {
    const right = answered.length - missed.length;
    return (
      <div className="panel qz-done" data-testid="qz-practice-done">
        <h2>
          Done · {right} of {answered.length} right
        </h2>
        {missed.length === 0 ? (
          <p className="good">No misses in this round.</p>
        ) : (
          <>
            <div className="qz-row">
              <button type="button" className="primary" onClick={() => setRetry(missed.map((m) => m.q))} data-testid="qz-retry-missed">
                Retry missed ({missed.length})
              </button>
            </div>
            <h3>Missed</h3>
            <ol className="qz-misses" data-testid="qz-misses">
              {missed.map((m) => {
                const why = m.q.options.filter((o) => m.correctIndexes.includes(o.index)).map((o) => o.explanation).filter(Boolean);
                return (
                  <li key={m.q.id} data-testid="qz-miss">
                    <p className="qz-miss-stem">{m.q.stem}</p>
                    <p>
                      <span className="bad">Your answer:</span> {optionTexts(m.q, m.chosen) || '–'}
                    </p>
                    <p>
                      <span className="good">Right answer:</span> {optionTexts(m.q, m.correctIndexes)}
                    </p>
                    {why.length > 0 && <p className="muted">{why.join(' ')}</p>}
                    <p className="qz-links">
                      <a href={`#/entry/${m.q.kbEntry}`} data-testid="qz-miss-link">
                        Explanation: {m.q.kbTitle ?? m.q.kbEntry}
                      </a>
                      {' · '}
                      {topicLabel(m.q.topic)}
                    </p>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </div>
    );
  }
  const right = q.options.filter((o) => o.correct);
  const need = q.type === 'multi' ? q.choose : 1;
  return (
    <div className="qz-session" data-testid="qz-session">
      <p className="muted qz-progress-line">
        {retry ? 'Retrying misses · ' : ''}Question {i + 1} of {list.length} · {answered.length - missed.length}/{answered.length} right so far
      </p>
      <QuestionCard q={q} selected={selected} onSelect={result ? undefined : setSelected} reveal={result !== null} />
      {error && <ErrorNote error={error} />}
      <div className="qz-row">
        {!result ? (
          <>
            <button type="button" className="primary" disabled={!readyToCheck(q, selected)} onClick={() => void check()} data-testid="qz-check">
              Check <kbd>Enter</kbd>
            </button>
            {q.type === 'multi' && (
              <span className={selected.length > need ? 'bad' : 'muted'} data-testid="qz-pick-count" role="status">
                {selected.length} of {need} picked{selected.length > need ? ': unpick one' : ''}
              </span>
            )}
          </>
        ) : (
          <>
            <strong className={result.correct ? 'good' : 'bad'} data-testid="qz-verdict">
              {result.correct ? 'Correct' : 'Not quite'}
            </strong>
            <button type="button" className="primary" onClick={next} data-testid="qz-next">
              {i + 1 < list.length ? 'Next' : 'Finish'} <kbd>Enter</kbd>
            </button>
            {!q.numeric && (
              <MakeCardButton
                front={q.stem}
                back={right.map((o) => `**${o.text}**: ${o.explanation ?? ''}`).join('\n\n')}
                origin={{ kind: 'question', ref: q.id, label: `Question bank · ${topicLabel(q.topic)}` }}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
