import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { DueCard, StudyQueue } from '../../../shared/ipc/channels/study';
import { formatInterval, type RatingValue } from '../../../shared/quiz/schedule';
import type { AppErrorShape } from '../../../shared/result';
import { api } from '../api';
import { Markdown } from '../components/Markdown';
import { ErrorNote, Loading } from '../components/Status';
import { usePref } from '../hooks';
import { CardForm } from './MakeCard';

interface DeckPref {
  questions: boolean;
  notes: boolean;
  custom: boolean;
}
const DEFAULT_DECK: DeckPref = { questions: false, notes: true, custom: true };

const KIND_LABEL: Record<DueCard['kind'], string> = { note: 'Note', custom: 'Your card', question: 'Question' };

/** FSRS review: one card at a time, answer revealed on demand, rated 1–4; each answer is committed before the next card shows. */
export function ReviewPane(): ReactNode {
  const [deck, setDeck] = usePref<DeckPref>('quiz.deck', DEFAULT_DECK);
  const [queue, setQueue] = useState<StudyQueue | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [current, setCurrent] = useState<DueCard | null>(null);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  const shownAt = useRef(Date.now());

  const show = useCallback((q: StudyQueue, card?: DueCard | null) => {
    setQueue(q);
    setCurrent(card ?? q.cards[0] ?? null);
    setShown(false);
    shownAt.current = Date.now();
  }, []);

  const load = useCallback(async () => {
    const r = await api['study.due']({ deck });
    if (r.ok) {
      setError(null);
      show(r.value);
    } else setError(r.error);
  }, [deck, show]);

  useEffect(() => {
    void load();
  }, [load]);

  const rate = useCallback(
    async (rating: RatingValue) => {
      if (!current || !shown || busy) return;
      setBusy(true);
      const r = await api['study.answer']({ cardId: current.cardId, rating, durationMs: Date.now() - shownAt.current, deck });
      setBusy(false);
      if (!r.ok) return setError(r.error);
      const label = current.previews.find((p) => p.rating === rating)?.label ?? '';
      setLast(`${label}: next review in ${r.value.committed.interval}`);
      show(r.value.queue);
    },
    [current, shown, busy, deck, show],
  );

  const undo = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    const r = await api['study.undo']({ deck });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setLast(r.value.undone ? 'Last answer undone.' : 'Nothing to undo.');
    show(r.value.queue, r.value.undone);
  }, [busy, deck, show]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT' || t.tagName === 'SELECT')) return;
      if (e.altKey || e.metaKey) return;
      if ((e.key === 'z' && e.ctrlKey) || (e.key === 'u' && !e.ctrlKey)) {
        e.preventDefault();
        void undo();
      } else if (e.ctrlKey) return;
      else if (e.key === ' ' || e.key === 'Enter') {
        if (current && !shown) {
          e.preventDefault();
          setShown(true);
        }
      } else if (/^[1-4]$/.test(e.key) && shown) {
        e.preventDefault();
        void rate(Number(e.key) as RatingValue);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, shown, rate, undo]);

  return (
    <div className="qz-review" data-testid="qz-review">
      <div className="qz-toolbar">
        <span data-testid="qz-review-counts">
          {queue ? (
            <>
              <strong>{queue.dueCount}</strong> due · <strong>{queue.newCount}</strong> new · {queue.reviewedToday} reviewed today
            </>
          ) : (
            '…'
          )}
        </span>
        <label className="qz-check">
          <input type="checkbox" checked={deck.custom} onChange={(e) => setDeck({ ...deck, custom: e.target.checked })} /> your cards
        </label>
        <label className="qz-check">
          <input type="checkbox" checked={deck.notes} onChange={(e) => setDeck({ ...deck, notes: e.target.checked })} /> notes
        </label>
        <label className="qz-check">
          <input
            type="checkbox"
            checked={deck.questions}
            onChange={(e) => setDeck({ ...deck, questions: e.target.checked })}
            data-testid="qz-deck-questions"
          />{' '}
          bank questions
        </label>
        <span className="qz-spacer" />
        <button type="button" onClick={() => void undo()} disabled={busy || !queue?.canUndo} data-testid="qz-undo" title="Undo last answer (U or Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={() => setMaking((m) => !m)} data-testid="qz-new-card">
          {making ? 'Close' : 'New card'}
        </button>
      </div>
      {making && (
        <CardForm
          onDone={() => {
            void load();
          }}
        />
      )}
      {last && (
        <p className="qz-last muted" role="status" data-testid="qz-last">
          {last}
        </p>
      )}
      {error && <ErrorNote error={error} />}
      {!queue && !error && <Loading what="due cards" />}
      {queue && !current && (
        <div className="panel qz-empty" data-testid="qz-review-empty">
          <h2>Nothing due right now</h2>
          {queue.nextDue && (
            <p data-testid="qz-next-due">
              Next card due in <strong>{formatInterval(Date.parse(queue.nextDue) - Date.now())}</strong> (
              {new Date(queue.nextDue).toLocaleString()}).{' '}
              <button type="button" onClick={() => void load()}>
                Check again
              </button>
            </p>
          )}
          <p className="muted">
            Make a card (from a table cell, a calculator result or here with “New card”), import your notes, or include the
            question bank above.
          </p>
        </div>
      )}
      {current && (
        <div className="qz-flashcard panel" data-testid="qz-card" data-card-id={current.cardId}>
          <p className="qz-meta">
            <span className="kind">{KIND_LABEL[current.kind]}</span>
            <span className="muted">{current.origin}</span>
            <span className={`qz-state qz-state-${current.state}`}>{current.state}</span>
          </p>
          <div className="qz-front" data-testid="qz-front">
            <Markdown text={current.front} />
          </div>
          {!shown ? (
            <button type="button" className="primary qz-show" onClick={() => setShown(true)} data-testid="qz-show">
              Show answer <kbd>Space</kbd>
            </button>
          ) : (
            <>
              <div className="qz-back" data-testid="qz-back">
                <Markdown text={current.back} />
                {current.kbEntry && <a href={`#/entry/${current.kbEntry}`}>Read the entry</a>}
              </div>
              <div className="qz-ratings" role="group" aria-label="How well did you recall it?">
                {current.previews.map((p) => (
                  <button
                    key={p.rating}
                    type="button"
                    className={`qz-rate qz-rate-${p.rating}`}
                    onClick={() => void rate(p.rating)}
                    disabled={busy}
                    data-testid={`qz-rate-${p.label.toLowerCase()}`}
                  >
                    <span className="qz-rate-label">
                      <kbd>{p.rating}</kbd> {p.label}
                    </span>
                    <span className="qz-rate-interval">{p.interval}</span>
                  </button>
                ))}
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
