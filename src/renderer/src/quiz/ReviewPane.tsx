import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { DeckOptions, DueCard, StudyQueue } from '../../../shared/ipc/channels/study';
import { formatInterval, type RatingValue } from '../../../shared/quiz/schedule';
import type { AppErrorShape } from '../../../shared/result';
import { api } from '../api';
import { Markdown } from '../components/Markdown';
import { ErrorNote, Loading } from '../components/Status';
import { usePref } from '../hooks';
import { pressed, typingIn } from '../keys/keymap';
import { CardForm } from './MakeCard';
import { StudySummaryPanel } from './StudySummary';

type DeckPref = Pick<DeckOptions, 'questions' | 'notes' | 'custom'>;
// Bank questions are on by default so a first run has cards; the daily new limit paces them.
export const DEFAULT_DECK: DeckPref = { questions: true, notes: true, custom: true };

const KIND_LABEL: Record<DueCard['kind'], string> = { note: 'Note', custom: 'Your card', question: 'Question' };

/** FSRS review: one card at a time, answer revealed on demand, rated 1–4; each answer is committed before the next card shows. */
export function ReviewPane({ startMaking = false }: { startMaking?: boolean }): ReactNode {
  const [deckPref, setDeck] = usePref<DeckPref>('quiz.deck', DEFAULT_DECK);
  // Only the three kinds: an older stored pref may carry fields the deck schema no longer takes.
  const deck: DeckPref = { questions: deckPref.questions, notes: deckPref.notes, custom: deckPref.custom };
  const deckKey = JSON.stringify(deck);
  const [queue, setQueue] = useState<StudyQueue | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [current, setCurrent] = useState<DueCard | null>(null);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<string | null>(null);
  // `#/quiz/review/new` (the palette's "New card") opens with the form.
  const [making, setMaking] = useState(startMaking);
  useEffect(() => {
    if (startMaking) setMaking(true);
  }, [startMaking]);
  const [editing, setEditing] = useState(false);
  const [summaryTick, setSummaryTick] = useState(0);
  const shownAt = useRef(Date.now());
  const cardRef = useRef<HTMLDivElement>(null);
  // Every request that answers with a queue takes a number; only the newest one's answer is shown. Ticking a
  // deck off and on sends two loads whose answers may arrive in either order: the older one (an empty deck)
  // used to replace the card the user had already opened.
  const seq = useRef(0);

  const currentRef = useRef(current);
  currentRef.current = current;
  /** `reload`: a fresh read of the queue; if the same card comes first it stays as it is on screen (answer open or not). */
  const show = useCallback((q: StudyQueue, card?: DueCard | null, reload = false) => {
    setQueue(q);
    setSummaryTick((t) => t + 1);
    const next = card ?? q.cards[0] ?? null;
    setCurrent(next);
    if (reload && next && currentRef.current?.cardId === next.cardId) return;
    setShown(false);
    setEditing(false);
    shownAt.current = Date.now();
  }, []);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    const r = await api['study.due']({ deck: JSON.parse(deckKey) as DeckPref });
    if (mine !== seq.current) return;
    if (r.ok) {
      setError(null);
      show(r.value, undefined, true);
    } else setError(r.error);
  }, [deckKey, show]);

  useEffect(() => {
    void load();
  }, [load]);

  const reveal = useCallback(() => {
    setShown(true);
    // Focus leaves whatever control was last clicked (a deck checkbox), so the next Space is ours.
    cardRef.current?.focus();
  }, []);

  const rate = useCallback(
    async (rating: RatingValue) => {
      if (!current || !shown || busy) return;
      setBusy(true);
      const mine = ++seq.current;
      const r = await api['study.answer']({ cardId: current.cardId, rating, durationMs: Date.now() - shownAt.current, deck });
      setBusy(false);
      if (!r.ok) return setError(r.error);
      const label = current.previews.find((p) => p.rating === rating)?.label ?? '';
      setLast(`${label}: next review in ${r.value.committed.interval}`);
      if (mine === seq.current) show(r.value.queue);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deckKey` stands for `deck`
    [current, shown, busy, deckKey, show],
  );

  const undo = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    const mine = ++seq.current;
    const r = await api['study.undo']({ deck });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setLast(r.value.undone ? 'Last answer undone.' : 'Nothing to undo.');
    if (mine === seq.current) show(r.value.queue, r.value.undone);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deckKey` stands for `deck`
  }, [busy, deckKey, show]);

  const flag = useCallback(
    async (action: 'suspend' | 'bury') => {
      if (!current || busy) return;
      setBusy(true);
      const r = await api['study.setFlag']({ cardIds: [current.cardId], action });
      if (!r.ok) {
        setBusy(false);
        return setError(r.error);
      }
      await load();
      setBusy(false);
      setLast(action === 'suspend' ? 'Card suspended (unsuspend it in the card browser).' : 'Card buried until tomorrow.');
    },
    [current, busy, load],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (typingIn(e.target) || making || editing) return;
      if (pressed(e, 'review.undo')) {
        e.preventDefault();
        void undo();
        return;
      }
      if (!current) return;
      const t = e.target as HTMLElement | null;
      // Space is always the review's (as in Anki): a focused checkbox or button is not toggled or pressed
      // by it (Space used to untick "bank questions" and empty the queue). A focused button keeps Enter.
      const ownsEnter = t && (t.tagName === 'BUTTON' || t.tagName === 'SUMMARY');
      if (pressed(e, 'review.show')) {
        if (e.key === 'Enter' && ownsEnter) return;
        e.preventDefault();
        if (!shown) reveal();
        else if (e.key === ' ') void rate(3);
      } else if (pressed(e, 'review.rate') && shown) {
        e.preventDefault();
        void rate(Number(e.key) as RatingValue);
      } else if (pressed(e, 'review.edit') && current.kind === 'custom') {
        e.preventDefault();
        setEditing(true);
      } else if (pressed(e, 'review.bury')) {
        e.preventDefault();
        void flag('bury');
      } else if (pressed(e, 'review.suspend')) {
        e.preventDefault();
        void flag('suspend');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, shown, rate, undo, reveal, flag, making, editing]);

  const check = (key: keyof DeckPref, label: string, testId: string): ReactNode => (
    <label className="qz-check">
      <input
        type="checkbox"
        checked={deck[key]}
        onChange={(e) => {
          setDeck({ ...deck, [key]: e.target.checked });
          // Keep focus off the checkbox: Space is "show answer" on this screen.
          e.target.blur();
        }}
        data-testid={testId}
      />{' '}
      {label}
    </label>
  );

  return (
    <div className="qz-review" data-testid="qz-review">
      <StudySummaryPanel deck={deck} tick={summaryTick} onSettingsSaved={() => void load()} />
      <div className="qz-toolbar">
        <span data-testid="qz-review-counts" className="qz-counts" aria-label="Cards left today">
          {queue ? (
            <>
              <span className="qz-count qz-count-new" title="New cards left today (daily new-card limit)">
                <strong data-testid="qz-count-new">{queue.newCount}</strong> new
              </span>
              <span className="qz-count qz-count-learning" title="Cards in learning today, including those waiting for their next step">
                <strong data-testid="qz-count-learning">{queue.learningCount}</strong> learning
              </span>
              <span className="qz-count qz-count-due" title="Reviews due now">
                <strong data-testid="qz-count-due">{queue.reviewCount}</strong> due
              </span>
              <span className="muted">· {queue.reviewedToday} reviewed today</span>
            </>
          ) : (
            '…'
          )}
        </span>
        {check('custom', 'your cards', 'qz-deck-custom')}
        {check('notes', 'notes', 'qz-deck-notes')}
        {check('questions', 'bank questions', 'qz-deck-questions')}
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
          <h2>{queue.reviewedToday > 0 ? 'Done for now' : 'Nothing due right now'}</h2>
          {queue.nextDue && (
            <p data-testid="qz-next-due">
              Next card due in <strong>{formatInterval(Date.parse(queue.nextDue) - Date.now())}</strong> (
              {new Date(queue.nextDue).toLocaleString()}).{' '}
              <button type="button" onClick={() => void load()}>
                Check again
              </button>
            </p>
          )}
          {!deck.questions && (
            <p>
              <button type="button" className="primary" onClick={() => setDeck({ ...deck, questions: true })} data-testid="qz-include-bank">
                Study the question bank ({'≤'} your daily new-card limit a day)
              </button>
            </p>
          )}
          <p className="muted">
            Make a card (from a table cell, a calculator result or here with “New card”), import your notes or an Anki
            text export (Cards tab), or include the question bank above.
          </p>
        </div>
      )}
      {current && (
        <div className="qz-flashcard panel" data-testid="qz-card" data-card-id={current.cardId} ref={cardRef} tabIndex={-1}>
          <p className="qz-meta">
            <span className="kind">{KIND_LABEL[current.kind]}</span>
            <span className="muted">{current.origin}</span>
            <span className={`qz-state qz-state-${current.state}`}>{current.state}</span>
            <span className="qz-spacer" />
            {current.kind === 'custom' && (
              <button type="button" className="qz-small" onClick={() => setEditing((x) => !x)} data-testid="qz-edit" title="Edit (E)">
                Edit
              </button>
            )}
            <button type="button" className="qz-small" onClick={() => void flag('bury')} data-testid="qz-bury" title="Bury until tomorrow (-)">
              Bury
            </button>
            <button type="button" className="qz-small" onClick={() => void flag('suspend')} data-testid="qz-suspend" title="Suspend (@)">
              Suspend
            </button>
          </p>
          {editing ? (
            <EditCard
              card={current}
              onDone={(saved) => {
                setEditing(false);
                if (saved) {
                  setLast('Card saved.');
                  void load();
                }
              }}
            />
          ) : (
            <>
              <div className="qz-front" data-testid="qz-front">
                <Markdown text={current.front} />
              </div>
              {!shown ? (
                <button type="button" className="primary qz-show" onClick={reveal} data-testid="qz-show">
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
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** Inline editor for one of your own cards. */
export function EditCard({ card, onDone }: { card: { cardId: string; front: string; back: string; tags?: string }; onDone: (saved: boolean) => void }): ReactNode {
  const [front, setFront] = useState(card.front);
  const [back, setBack] = useState(card.back);
  const [tags, setTags] = useState(card.tags ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    const r = await api['study.editCard']({ cardId: card.cardId, front, back, ...(card.tags !== undefined ? { tags } : {}) });
    if (r.ok) onDone(true);
    else setError(r.error.issues?.[0]?.message ?? r.error.message);
  };
  return (
    <form
      className="qz-card-form"
      data-testid="qz-edit-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(false);
      }}
    >
      <label>
        Front
        <textarea value={front} onChange={(e) => setFront(e.target.value)} rows={2} autoFocus data-testid="qz-edit-front" />
      </label>
      <label>
        Back
        <textarea value={back} onChange={(e) => setBack(e.target.value)} rows={3} data-testid="qz-edit-back" />
      </label>
      {card.tags !== undefined && (
        <label>
          Tags <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="space-separated" />
        </label>
      )}
      <div className="qz-row">
        <button type="submit" className="primary" disabled={!front.trim() || !back.trim()} data-testid="qz-edit-save">
          Save
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
        {error && (
          <span className="bad" role="alert">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
