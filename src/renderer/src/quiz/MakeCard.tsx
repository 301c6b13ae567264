import { useState, type ReactNode } from 'react';
import type { CardOrigin } from '../../../shared/ipc/channels/study';
import { api } from '../api';

/**
 * "Make a card" from anything: a table cell, a calculator result, a note sentence, a question. Other
 * screens render <MakeCardButton front=… back=… origin=… />; the card joins the review queue as new.
 */
export function MakeCardButton({
  front,
  back,
  origin,
  label = 'Make a card',
}: {
  front: string;
  back: string;
  origin: CardOrigin;
  label?: string;
}): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="qz-make-btn" onClick={() => setOpen((o) => !o)} data-testid="qz-make-card-open">
        {label}
      </button>
      {open && <CardForm initialFront={front} initialBack={back} origin={origin} onDone={() => setOpen(false)} />}
    </>
  );
}

export function CardForm({
  initialFront = '',
  initialBack = '',
  origin = { kind: 'manual' },
  onDone,
}: {
  initialFront?: string;
  initialBack?: string;
  origin?: CardOrigin;
  onDone?: (id: string) => void;
}): ReactNode {
  const [front, setFront] = useState(initialFront);
  const [back, setBack] = useState(initialBack);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (): Promise<void> => {
    const r = await api['study.makeCard']({ front, back, origin });
    if (r.ok) {
      setMsg({ ok: true, text: 'Card added to your review queue.' });
      setFront('');
      setBack('');
      onDone?.(r.value.id);
    } else setMsg({ ok: false, text: r.error.issues?.[0]?.message ?? r.error.message });
  };
  return (
    <form
      className="qz-card-form panel"
      data-testid="qz-card-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Front (question)
        <textarea value={front} onChange={(e) => setFront(e.target.value)} rows={2} data-testid="qz-card-front" />
      </label>
      <label>
        Back (answer)
        <textarea value={back} onChange={(e) => setBack(e.target.value)} rows={3} data-testid="qz-card-back" />
      </label>
      <div className="qz-row">
        <button type="submit" className="primary" disabled={!front.trim() || !back.trim()} data-testid="qz-card-save">
          Add card
        </button>
        {msg && (
          <span className={msg.ok ? 'good' : 'bad'} role="status">
            {msg.text}
          </span>
        )}
      </div>
    </form>
  );
}
