import { useMemo, useState, type ReactNode } from 'react';
import { DOMAINS, type Domain } from '../../../shared/kb/provenance';
import { DOMAIN_LABELS } from '../../../shared/quiz/exam';
import { topicLabel } from '../../../shared/quiz/labels';
import { ErrorNote, Loading } from '../components/Status';
import { navigate, useApi } from '../hooks';
import { QuestionSession } from './QuestionSession';

/** `#/quiz/practice[/topic/<t> | /domain/<d> | /entry/<id>]`: practice a filtered, shuffled set. */
export function PracticePane({ args }: { args: string[] }): ReactNode {
  const [by, value] = args;
  const [seed, setSeed] = useState(() => Math.floor(Math.random() * 1e9));
  const [count, setCount] = useState(10);
  const catalog = useApi('quiz.catalog', {}, 'catalog');
  const filter = useMemo(
    () => ({
      ...(by === 'topic' && value ? { topic: value } : {}),
      ...(by === 'domain' && value && (DOMAINS as readonly string[]).includes(value)
        ? { domain: value as Domain }
        : {}),
      ...(by === 'entry' && value ? { kbEntry: value } : {}),
    }),
    [by, value],
  );
  const qs = useApi('quiz.questions', { ...filter, limit: count, seed }, `${by}/${value}/${count}/${seed}`);
  const questions = useMemo(() => qs.data?.questions ?? [], [qs.data]);

  return (
    <div className="qz-practice" data-testid="qz-practice" aria-busy={qs.loading}>
      <div className="qz-toolbar">
        <label>
          Topic{' '}
          <select
            value={by === 'topic' ? value : ''}
            onChange={(e) => {
              e.target.blur();
              if (e.target.value) navigate('quiz', 'practice', 'topic', e.target.value);
              else navigate('quiz', 'practice');
            }}
            data-testid="qz-topic"
          >
            <option value="">All topics</option>
            {catalog.data?.topics.map((t) => (
              <option key={t.topic} value={t.topic}>
                {topicLabel(t.topic)} ({t.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Domain{' '}
          <select
            value={by === 'domain' ? value : ''}
            onChange={(e) => {
              e.target.blur();
              if (e.target.value) navigate('quiz', 'practice', 'domain', e.target.value);
              else navigate('quiz', 'practice');
            }}
            data-testid="qz-domain"
          >
            <option value="">All domains</option>
            {catalog.data?.domains.map((d) => (
              <option key={d.domain} value={d.domain}>
                {DOMAIN_LABELS[d.domain]} ({d.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Questions{' '}
          <select
            value={count}
            onChange={(e) => {
              e.target.blur();
              setCount(Number(e.target.value));
            }}
            data-testid="qz-count"
          >
            {[5, 10, 20, 50].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {by === 'entry' && value && (
          <span className="chip on">
            entry: <a href={`#/entry/${value}`}>{value}</a>
          </span>
        )}
        <span className="qz-spacer" />
        <button type="button" onClick={() => setSeed(Math.floor(Math.random() * 1e9))}>
          New set
        </button>
      </div>
      {qs.error && <ErrorNote error={qs.error} />}
      {qs.loading && !qs.data && <Loading what="questions" />}
      {qs.data && (
        <>
          <p className="muted" data-testid="qz-total">
            {qs.data.total} questions match.
          </p>
          <QuestionSession questions={questions} />
        </>
      )}
    </div>
  );
}

/** `#/quiz/question/<id>`: one question, opened from a search hit. */
export function SingleQuestion({ id }: { id: string }): ReactNode {
  const q = useApi('quiz.question', { id }, id);
  const list = useMemo(() => (q.data ? [q.data] : []), [q.data]);
  if (q.error) return <ErrorNote error={q.error} />;
  if (!q.data) return <Loading what="question" />;
  return (
    <div data-testid="qz-single">
      <QuestionSession questions={list} />
      <p>
        <a href={`#/quiz/practice/topic/${encodeURIComponent(q.data.topic)}`}>More on {topicLabel(q.data.topic)}</a>
      </p>
    </div>
  );
}

/** `#/quiz/drill/<examId>`: practise the questions missed in an exam. */
export function DrillMisses({ examId }: { examId: string }): ReactNode {
  const exam = useApi('exam.get', { id: examId }, examId);
  const missed = exam.data?.score?.missed ?? null;
  const qs = useApi(
    'quiz.questions',
    missed ? { ids: missed.slice(0, 200), limit: 200 } : null,
    (missed ?? []).join(','),
  );
  const list = useMemo(() => qs.data?.questions ?? [], [qs.data]);
  if (exam.error) return <ErrorNote error={exam.error} />;
  if (!exam.data || (missed && !qs.data)) return <Loading what="missed questions" />;
  if (!missed) return <p className="muted">This exam has not been submitted yet.</p>;
  return (
    <div data-testid="qz-drill">
      <h2>Drill my misses ({missed.length})</h2>
      <QuestionSession questions={list} emptyText="No misses in this exam: nothing to drill." />
    </div>
  );
}
