import { useEffect, useState, type ReactNode } from 'react';
import type { DeckOptions, OptimizeResult, StudySettings } from '../../../shared/ipc/channels/study';
import { api } from '../api';
import { ErrorNote } from '../components/Status';
import { useApi } from '../hooks';

type Deck = Pick<DeckOptions, 'questions' | 'notes' | 'custom'>;

function pct(r: number | null): string {
  return r === null ? '–' : `${(r * 100).toFixed(r >= 0.995 ? 0 : 1)}%`;
}

/** Anki's deck overview: new / learning / due, plus retention, streak and the study settings. */
export function StudySummaryPanel({ deck, tick, onSettingsSaved }: { deck: Deck; tick: number; onSettingsSaved: () => void }): ReactNode {
  const s = useApi('study.summary', { deck }, `${JSON.stringify(deck)}/${tick}`);
  const [open, setOpen] = useState(false);
  if (s.error) return <ErrorNote error={s.error} />;
  const d = s.data;
  return (
    <section className="panel qz-summary" aria-label="Today" data-testid="qz-summary">
      <div className="qz-summary-nums">
        <div className="qz-sum-stat qz-count-new">
          <strong data-testid="qz-sum-new">{d?.newCount ?? '…'}</strong>
          <span>New</span>
        </div>
        <div className="qz-sum-stat qz-count-learning">
          <strong data-testid="qz-sum-learning">{d?.learningCount ?? '…'}</strong>
          <span>Learning</span>
        </div>
        <div className="qz-sum-stat qz-count-due">
          <strong data-testid="qz-sum-due">{d?.reviewCount ?? '…'}</strong>
          <span>Due</span>
        </div>
        <div className="qz-sum-stat">
          <strong data-testid="qz-sum-today">{d?.reviewedToday ?? '…'}</strong>
          <span>Reviewed today</span>
        </div>
        <div className="qz-sum-stat" title={d ? `${d.retention30.reviews} reviews of cards in review, last 30 days` : undefined}>
          <strong data-testid="qz-sum-retention">{d ? pct(d.retention30.rate) : '…'}</strong>
          <span>Retention (30 days)</span>
        </div>
        <div className="qz-sum-stat" title={d && !d.studiedToday && d.streakDays > 0 ? 'Study today to keep it going' : undefined}>
          <strong data-testid="qz-sum-streak">{d ? `${d.streakDays}` : '…'}</strong>
          <span>Day streak</span>
        </div>
        <span className="qz-spacer" />
        <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="qz-settings-open">
          Settings
        </button>
      </div>
      {open && d && (
        <StudySettingsForm
          settings={d.settings}
          optimizer={d.optimizer}
          onSaved={() => {
            s.reload();
            onSettingsSaved();
          }}
        />
      )}
    </section>
  );
}

function StudySettingsForm({
  settings,
  optimizer,
  onSaved,
}: {
  settings: StudySettings;
  optimizer: { usable: number; needed: number };
  onSaved: () => void;
}): ReactNode {
  const [newPerDay, setNew] = useState(String(settings.newPerDay));
  const [reviewsPerDay, setReviews] = useState(String(settings.reviewsPerDay));
  const [retention, setRetention] = useState(String(Math.round(settings.desiredRetention * 100)));
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [fit, setFit] = useState<OptimizeResult | null>(null);
  useEffect(() => setMsg(null), [newPerDay, reviewsPerDay, retention]);
  const save = async (resetWeights = false): Promise<void> => {
    const r = await api['study.saveSettings']({
      newPerDay: Math.max(0, Math.min(9999, Math.round(Number(newPerDay)) || 0)),
      reviewsPerDay: Math.max(0, Math.min(99999, Math.round(Number(reviewsPerDay)) || 0)),
      desiredRetention: Math.max(0.7, Math.min(0.99, (Number(retention) || 90) / 100)),
      ...(resetWeights ? { resetWeights: true } : {}),
    });
    if (r.ok) {
      setMsg({ ok: true, text: resetWeights ? 'Back to the default FSRS weights.' : 'Saved.' });
      onSaved();
    } else setMsg({ ok: false, text: r.error.issues?.[0]?.message ?? r.error.message });
  };
  const optimize = async (): Promise<void> => {
    setMsg({ ok: true, text: 'Fitting…' });
    const r = await api['study.optimize']({ apply: true });
    if (r.ok) {
      setFit(r.value);
      setMsg({ ok: r.value.fitted, text: r.value.message });
      if (r.value.fitted) onSaved();
    } else setMsg({ ok: false, text: r.error.message });
  };
  return (
    <form
      className="qz-settings"
      data-testid="qz-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        New cards a day{' '}
        <input type="number" min={0} max={9999} value={newPerDay} onChange={(e) => setNew(e.target.value)} data-testid="qz-set-new" />
      </label>
      <label>
        Reviews a day{' '}
        <input type="number" min={0} max={99999} value={reviewsPerDay} onChange={(e) => setReviews(e.target.value)} data-testid="qz-set-reviews" />
      </label>
      <label title="FSRS request_retention: the chance of remembering a card when it comes due. Higher = shorter intervals, more reviews.">
        Desired retention{' '}
        <input type="number" min={70} max={99} value={retention} onChange={(e) => setRetention(e.target.value)} data-testid="qz-set-retention" />%
      </label>
      <button type="submit" className="primary" data-testid="qz-set-save">
        Save
      </button>
      <div className="qz-optimizer">
        <span className="muted">
          FSRS weights: {settings.weights ? `fitted to ${settings.weightsReviews ?? '?'} reviews on ${new Date(settings.weightsFittedAt ?? '').toLocaleDateString()}` : 'defaults'}.{' '}
          {optimizer.usable} of {optimizer.needed} reviews needed for a fit.
        </span>
        <button type="button" onClick={() => void optimize()} data-testid="qz-optimize">
          Optimise from my reviews
        </button>
        {settings.weights && (
          <button type="button" onClick={() => void save(true)}>
            Use defaults
          </button>
        )}
      </div>
      {msg && (
        <p className={msg.ok ? 'good' : 'muted'} role="status" data-testid="qz-settings-msg">
          {msg.text}
        </p>
      )}
      {fit?.fitted && fit.weights && (
        <p className="muted">
          Initial stabilities (days) for Again / Hard / Good / Easy: {fit.weights.slice(0, 4).map((w) => w.toFixed(2)).join(' / ')}
        </p>
      )}
    </form>
  );
}
