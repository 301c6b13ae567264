import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ExamView } from '../../../shared/ipc/channels/study';
import { EXAM_IDS, EXAMS, PASS_RATIO, type ExamId } from '../../../shared/quiz/exam';
import type { ExamScore } from '../../../shared/quiz/exam';
import type { AppErrorShape } from '../../../shared/result';
import { api } from '../api';
import { ErrorNote, Loading } from '../components/Status';
import { navigate, useApi } from '../hooks';
import { pressed, typingIn } from '../keys/keymap';
import { optionFromKey, QuestionCard } from './QuestionCard';

export function pct(r: number): string {
  return `${Math.round(r * 100)}%`;
}

function clock(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h > 0 ? `${h}:` : ''}${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(sec).padStart(2, '0')}`;
}

/** "Secure 80% · Resilient 50% …" for a past exam, in its own exam's domains. */
function domainSummary(score: ExamScore): string {
  return EXAMS[score.exam ?? 'saa-c03'].domains
    .filter((d) => (score.byDomain[d.id]?.total ?? 0) > 0)
    .map((d) => `${d.label.replace(/^Design /, '').split(' ')[0]} ${pct(score.byDomain[d.id]?.ratio ?? 0)}`)
    .join(' · ');
}

/** `#/quiz/exam`: choose the exam, N and minutes, resume an unfinished exam, see past ones. */
export function ExamSetup(): ReactNode {
  const [examId, setExamId] = useState<ExamId>('saa-c03');
  const guide = EXAMS[examId];
  // Kept as typed (a number field being edited may be empty); clamped when the exam starts.
  const [count, setCount] = useState(String(guide.questionCount));
  const [minutes, setMinutes] = useState(String(guide.minutes));
  const [error, setError] = useState<AppErrorShape | null>(null);
  const history = useApi('exam.history', {}, 'history');
  const start = async (): Promise<void> => {
    const clamp = (v: string, max: number, dflt: number): number => Math.max(1, Math.min(max, Math.round(Number(v)) || dflt));
    const r = await api['exam.start']({
      count: clamp(count, 65, guide.questionCount),
      minutes: clamp(minutes, 180, guide.minutes),
      exam: examId,
    });
    if (r.ok) navigate('quiz', 'exam', r.value.id);
    else setError(r.error);
  };
  return (
    <div className="qz-exam-setup" data-testid="qz-exam-setup">
      <form
        className="panel qz-setup-form"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <h2>New timed exam</h2>
        <div className="chips" role="radiogroup" aria-label="Exam" data-testid="qz-exam-picker">
          {EXAM_IDS.map((e) => (
            <button
              key={e}
              type="button"
              role="radio"
              aria-checked={examId === e}
              className={`chip ${examId === e ? 'on' : ''}`}
              data-testid={`qz-exam-${e}`}
              onClick={() => {
                setExamId(e);
                setCount(String(EXAMS[e].questionCount));
                setMinutes(String(EXAMS[e].minutes));
              }}
            >
              {EXAMS[e].code} {EXAMS[e].title}
            </button>
          ))}
        </div>
        <p className="muted" data-testid="qz-exam-guide">
          Questions are drawn by domain like the {guide.code} exam guide:{' '}
          {guide.domains.map((d) => `${d.label} ${d.weight}%`).join(', ')}. The real exam: {guide.questionCount} questions in{' '}
          {guide.minutes} minutes, pass mark {guide.passScaled} on the 100–1000 scaled score (about {pct(PASS_RATIO)}).
        </p>
        <div className="qz-row">
          <label>
            Questions{' '}
            <input
              type="number"
              min={1}
              max={65}
              value={count}
              onChange={(e) => setCount(e.target.value)}
              data-testid="qz-exam-count"
            />
          </label>
          <label>
            Minutes{' '}
            <input
              type="number"
              min={1}
              max={180}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              data-testid="qz-exam-minutes"
            />
          </label>
          <button
            type="button"
            onClick={() => {
              setCount('10');
              setMinutes('20');
            }}
          >
            Quick 10
          </button>
          <button type="submit" className="primary" data-testid="qz-exam-start">
            Start exam
          </button>
        </div>
      </form>
      {error && <ErrorNote error={error} />}
      {history.data?.inProgress && (
        <p className="panel qz-resume" data-testid="qz-exam-resume">
          An exam started {new Date(history.data.inProgress.startedAt).toLocaleString()} is not submitted.{' '}
          <a href={`#/quiz/exam/${history.data.inProgress.id}`}>Resume it</a>
        </p>
      )}
      {history.data && history.data.exams.length > 0 && (
        <>
          <h2>Past exams</h2>
          <table className="grid qz-history" data-testid="qz-exam-history">
            <thead>
              <tr>
                <th>Date</th>
                <th>Exam</th>
                <th>Questions</th>
                <th>Score</th>
                <th>By domain</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {history.data.exams.map((x) => (
                <tr key={x.id}>
                  <td>{new Date(x.startedAt).toLocaleString()}</td>
                  <td>{EXAMS[x.exam].code}</td>
                  <td>{x.count}</td>
                  <td className={x.score?.passed ? 'good' : 'bad'}>{x.score ? pct(x.score.ratio) : '–'}</td>
                  <td className="muted">{x.score ? domainSummary(x.score) : '–'}</td>
                  <td>
                    <a href={`#/quiz/exam/${x.id}`}>Review</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

/** `#/quiz/exam/<id>`: runs the exam, or shows its result once submitted. */
export function ExamPage({ id }: { id: string }): ReactNode {
  const [exam, setExam] = useState<ExamView | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    let live = true;
    void api['exam.get']({ id }).then((r) => {
      if (!live) return;
      if (r.ok) setExam(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (error) return <ErrorNote error={error} />;
  if (!exam) return <Loading what="exam" />;
  return exam.submittedAt ? <ExamResult exam={exam} /> : <ExamRun exam={exam} onSubmitted={setExam} />;
}

function ExamRun({ exam, onSubmitted }: { exam: ExamView; onSubmitted: (e: ExamView) => void }): ReactNode {
  const [answers, setAnswers] = useState<Record<string, number[]>>(exam.answers);
  const [flags, setFlags] = useState<string[]>(exam.flags);
  const [current, setCurrent] = useState(Math.min(exam.current, exam.questions.length - 1));
  const [savedAt, setSavedAt] = useState<string | null>(exam.savedAt);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  // The deadline on this machine's clock, from the server's remaining time at load.
  const deadline = useRef(Date.now() + exam.remainingS * 1000);
  const [left, setLeft] = useState(exam.remainingS);
  const dirty = useRef(false);
  const [pending, setPending] = useState(false);
  const submitting = useRef(false);
  const q = exam.questions[current]!;

  const save = useCallback(async () => {
    dirty.current = false;
    const r = await api['exam.save']({ id: exam.id, answers, flags, current });
    if (r.ok) {
      setSavedAt(r.value.savedAt);
      if (!dirty.current) setPending(false);
    } else setError(r.error);
  }, [exam.id, answers, flags, current]);

  const submit = useCallback(async () => {
    if (submitting.current) return;
    submitting.current = true;
    const r = await api['exam.submit']({ id: exam.id, answers, flags });
    submitting.current = false;
    if (r.ok) onSubmitted(r.value);
    else setError(r.error);
  }, [exam.id, answers, flags, onSubmitted]);

  // Autosave shortly after every change (answers, flags, position).
  useEffect(() => {
    if (!dirty.current) return;
    const t = setTimeout(() => void save(), 600);
    return () => clearTimeout(t);
  }, [save]);

  useEffect(() => {
    const t = setInterval(() => {
      const s = Math.max(0, Math.round((deadline.current - Date.now()) / 1000));
      setLeft(s);
    }, 1000);
    return () => clearInterval(t);
  }, []);

  useEffect(() => {
    if (left === 0) void submit();
  }, [left, submit]);

  const change = (fn: () => void): void => {
    dirty.current = true;
    setPending(true);
    fn();
  };
  const go = (i: number): void => change(() => setCurrent(Math.max(0, Math.min(exam.questions.length - 1, i))));
  const flagged = flags.includes(q.id);
  const unanswered = exam.questions.filter((x) => !(answers[x.id]?.length ?? 0)).length;
  const toggleFlag = (): void => change(() => setFlags((f) => (f.includes(q.id) ? f.filter((x) => x !== q.id) : [...f, q.id])));

  // The same keys as Practice: 1–6 / A–E choose (F flags here), ← → move, Enter goes on (on the last
  // question it asks to submit).
  const keys = useRef({ q, current, confirming, answers, go, toggleFlag, change });
  keys.current = { q, current, confirming, answers, go, toggleFlag, change };
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (typingIn(e.target)) return;
      const k = keys.current;
      const t = e.target as HTMLElement | null;
      const onControl = t && (t.tagName === 'BUTTON' || t.tagName === 'SUMMARY');
      if (k.confirming) {
        if (e.key === 'Escape') setConfirming(false);
        return;
      }
      if (pressed(e, 'exam.prev')) {
        e.preventDefault();
        k.go(k.current - 1);
      } else if (pressed(e, 'exam.next')) {
        if (e.key === 'Enter' && onControl) return;
        e.preventDefault();
        if (k.current >= exam.questions.length - 1) {
          if (e.key === 'Enter') setConfirming(true);
        } else k.go(k.current + 1);
      } else if (pressed(e, 'exam.flag')) {
        e.preventDefault();
        k.toggleFlag();
      } else if (pressed(e, 'exam.choose')) {
        const idx = optionFromKey(k.q, e.key);
        if (idx === null) return;
        e.preventDefault();
        const sel = k.answers[k.q.id] ?? [];
        const next = k.q.type === 'multi' ? (sel.includes(idx) ? sel.filter((x) => x !== idx) : [...sel, idx]) : [idx];
        k.change(() => setAnswers((a) => ({ ...a, [k.q.id]: next })));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exam.questions.length]);

  return (
    <div className="qz-exam" data-testid="qz-exam-run">
      <div className="qz-exam-bar">
        <span className={`qz-timer ${left < 300 ? 'bad' : ''}`} data-testid="qz-timer" aria-live="off">
          <span className="qz-timer-label">Time left</span> {clock(left)}
        </span>
        <span className="muted">
          {exam.questions.length - unanswered}/{exam.questions.length} answered · {flags.length} flagged
        </span>
        <span className="muted qz-saved" data-testid="qz-saved" data-pending={String(pending)}>
          {pending ? 'Saving…' : savedAt ? `Saved ${new Date(savedAt).toLocaleTimeString()}` : 'Not saved yet'}
        </span>
        <span className="qz-spacer" />
        <button type="button" className="primary" onClick={() => setConfirming(true)} data-testid="qz-submit">
          Submit exam
        </button>
      </div>
      {confirming && (
        <div className="panel qz-confirm" role="alertdialog" aria-label="Submit the exam?" data-testid="qz-confirm">
          <p>
            Submit now? {unanswered > 0 && <strong>{unanswered} unanswered (they count as wrong). </strong>}
            {flags.length > 0 && <>{flags.length} flagged for review.</>}
          </p>
          <div className="qz-row">
            <button type="button" className="primary" onClick={() => void submit()} data-testid="qz-confirm-submit">
              Submit
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep working
            </button>
          </div>
        </div>
      )}
      {error && <ErrorNote error={error} />}
      <div className="qz-exam-body">
        <nav className="qz-palette" aria-label="Questions" data-testid="qz-palette">
          {exam.questions.map((x, i) => {
            const cls = [
              'qz-pal',
              answers[x.id]?.length ? 'qz-pal-answered' : '',
              flags.includes(x.id) ? 'qz-pal-flagged' : '',
              i === current ? 'qz-pal-current' : '',
            ].join(' ');
            return (
              <button
                key={x.id}
                type="button"
                className={cls}
                onClick={() => go(i)}
                aria-current={i === current ? 'step' : undefined}
                data-testid={`qz-pal-${i}`}
                title={`${answers[x.id]?.length ? 'answered' : 'unanswered'}${flags.includes(x.id) ? ', flagged' : ''}`}
              >
                {i + 1}
              </button>
            );
          })}
          <p className="qz-legend muted">
            <span className="qz-pal qz-pal-answered" /> answered <span className="qz-pal qz-pal-flagged" /> flagged
          </p>
        </nav>
        <div className="qz-exam-main">
          <QuestionCard
            q={q}
            heading={`Question ${current + 1} of ${exam.questions.length}`}
            selected={answers[q.id] ?? []}
            onSelect={(sel) => change(() => setAnswers((a) => ({ ...a, [q.id]: sel })))}
            reveal={false}
          />
          <p className="muted qz-keys-hint">
            Keys: <kbd>1</kbd>–<kbd>6</kbd> or <kbd>A</kbd>–<kbd>E</kbd> choose · <kbd>←</kbd> <kbd>→</kbd> move · <kbd>F</kbd> flag ·{' '}
            <kbd>Enter</kbd> next (submit on the last) · <kbd>?</kbd> all shortcuts
          </p>
          <div className="qz-row">
            <button type="button" onClick={() => go(current - 1)} disabled={current === 0} data-testid="qz-prev" title="Previous (←)">
              ← Previous
            </button>
            <button
              type="button"
              className={flagged ? 'qz-flag on' : 'qz-flag'}
              aria-pressed={flagged}
              onClick={toggleFlag}
              data-testid="qz-flag"
              title="Flag for review (F)"
            >
              {flagged ? '⚑ Flagged' : '⚐ Flag for review'}
            </button>
            <button
              type="button"
              onClick={() => go(current + 1)}
              disabled={current === exam.questions.length - 1}
              data-testid="qz-next-q"
              title="Next (→ or Enter)"
            >
              Next →
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function ExamResult({ exam }: { exam: ExamView }): ReactNode {
  const s = exam.score!;
  const [show, setShow] = useState<'all' | 'missed' | 'flagged'>('all');
  const list = exam.questions
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => show === 'all' || (show === 'missed' ? s.missed.includes(q.id) : exam.flags.includes(q.id)));
  return (
    <div className="qz-result" data-testid="qz-exam-result">
      <div className="panel qz-score">
        <div className={`qz-big ${s.passed ? 'good' : 'bad'}`} data-testid="qz-score">
          {pct(s.ratio)}
        </div>
        <div>
          <strong>{s.passed ? 'Pass' : 'Below the pass mark'}</strong> · {s.correct} of {s.total} right · {s.answered} answered
          <br />
          <span className="muted">Pass mark about {pct(PASS_RATIO)} (720 on the 100–1000 scaled score).</span>
        </div>
        <span className="qz-spacer" />
        {s.missed.length > 0 && (
          <button type="button" className="primary" onClick={() => navigate('quiz', 'drill', exam.id)} data-testid="qz-drill">
            Drill my misses ({s.missed.length})
          </button>
        )}
      </div>
      <h2>By domain</h2>
      <table className="grid qz-domain-table" data-testid="qz-domain-scores">
        <tbody>
          {EXAMS[s.exam ?? exam.exam].domains.map(({ id: d, label }) => {
            const ds = s.byDomain[d];
            if (!ds || ds.total === 0) return null;
            return (
              <tr key={d} data-testid={`qz-domain-${d}`}>
                <th scope="row">{label}</th>
                <td>
                  {ds.correct}/{ds.total}
                </td>
                <td className="qz-bar-cell">
                  <span className="qz-bar">
                    <span className={ds.ratio >= PASS_RATIO ? 'qz-bar-good' : 'qz-bar-bad'} style={{ width: pct(ds.ratio) }} />
                  </span>
                </td>
                <td>{pct(ds.ratio)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Review every answer</h2>
      <div className="chips" role="group" aria-label="Show">
        {(['all', 'missed', 'flagged'] as const).map((k) => (
          <button key={k} type="button" className={`chip ${show === k ? 'on' : ''}`} onClick={() => setShow(k)} data-testid={`qz-show-${k}`}>
            {k === 'all' ? `All (${exam.questions.length})` : k === 'missed' ? `Missed (${s.missed.length})` : `Flagged (${exam.flags.length})`}
          </button>
        ))}
      </div>
      <div className="qz-review-list">
        {list.map(({ q, i }) => (
          <QuestionCard
            key={q.id}
            q={q}
            heading={`${i + 1}. ${s.missed.includes(q.id) ? (exam.answers[q.id]?.length ? '✗ wrong' : '✗ unanswered') : '✓ right'}${exam.flags.includes(q.id) ? ' · ⚑ flagged' : ''}`}
            selected={exam.answers[q.id] ?? []}
            reveal
          />
        ))}
      </div>
      <p>
        <a href="#/quiz/exam">Back to exams</a>
      </p>
    </div>
  );
}
