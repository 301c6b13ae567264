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
  const [fitting, setFitting] = useState(false);
  const optimize = async (): Promise<void> => {
    setFit(null);
    setFitting(true);
    setMsg({ ok: true, text: 'Fitting the FSRS weights to your reviews (in the background)…' });
    const r = await api['study.optimize']({ apply: false });
    setFitting(false);
    if (r.ok) {
      setFit(r.value);
      setMsg(r.value.fitted ? null : { ok: false, text: r.value.message });
    } else setMsg({ ok: false, text: r.error.message });
  };
  const setWeights = async (req: { action: 'apply'; fit: OptimizeResult } | { action: 'revert' }): Promise<void> => {
    const r =
      req.action === 'apply'
        ? await api['study.weights']({ action: 'apply', weights: req.fit.weights ?? [], reviews: req.fit.usable, engine: req.fit.engine ?? 'ts' })
        : await api['study.weights']({ action: 'revert' });
    if (!r.ok) return setMsg({ ok: false, text: r.error.message });
    setFit(null);
    setMsg({
      ok: true,
      text: req.action === 'apply' ? 'Applied: new reviews are scheduled with the fitted weights.' : r.value.weights ? 'Reverted to the previous weights.' : 'Reverted to the default FSRS weights.',
    });
    onSaved();
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
      <div className="qz-optimizer" data-testid="qz-optimizer">
        <span className="muted" data-testid="qz-weights-state">
          FSRS weights:{' '}
          {settings.weights
            ? `fitted${settings.weightsEngine === 'fsrs-rs' ? ' with fsrs-rs (all 21)' : settings.weightsEngine === 'ts' ? ' with the built-in fit (w0–w3)' : ''}${settings.weightsReviews ? ` to ${settings.weightsReviews} reviews` : ''}${settings.weightsFittedAt ? ` on ${new Date(settings.weightsFittedAt).toLocaleDateString()}` : ' earlier'}`
            : 'the FSRS defaults'}
          .{' '}
          <span title="Reviews made on a later day than the card's previous review: where a recall prediction can be checked">
            {optimizer.usable >= optimizer.needed
              ? `${optimizer.usable} reviews made a day or more apart to learn from (a fit needs ${optimizer.needed}).`
              : `${optimizer.usable} of the ${optimizer.needed} reviews made a day or more apart that a fit needs.`}
          </span>
        </span>
        <button type="button" onClick={() => void optimize()} disabled={fitting} data-testid="qz-optimize">
          {fitting ? 'Fitting…' : 'Optimise from my reviews'}
        </button>
        {(settings.weights || settings.previousWeights) && (
          <button type="button" onClick={() => void setWeights({ action: 'revert' })} data-testid="qz-weights-revert">
            {settings.previousWeights ? 'Revert to previous weights' : 'Revert to defaults'}
          </button>
        )}
        {settings.weights && settings.previousWeights && (
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
      {fit?.fitted && fit.weights && <FitResult fit={fit} onApply={() => void setWeights({ action: 'apply', fit })} onDismiss={() => setFit(null)} />}
    </form>
  );
}

function num(x: number | null, digits: number, scale = 1): string {
  return x === null ? '–' : (x * scale).toFixed(digits);
}

/** The fit, before it is applied: which optimiser ran, how well old and new weights predict the user's log. */
function FitResult({ fit, onApply, onDismiss }: { fit: OptimizeResult; onApply: () => void; onDismiss: () => void }): ReactNode {
  const better = fit.logLossAfter !== null && fit.logLossBefore !== null && fit.logLossAfter < fit.logLossBefore;
  return (
    <div className="qz-fit panel" role="region" aria-label="Optimisation result" data-testid="qz-fit">
      <p>
        <strong data-testid="qz-fit-engine">
          {fit.engine === 'fsrs-rs' ? 'fsrs-rs optimiser: all 21 weights' : 'Built-in fit: initial stabilities (w0–w3) only'}
        </strong>{' '}
        <span className="muted">
          · {fit.usable} training reviews of {fit.reviews} logged{fit.fitMs !== null ? ` · ${fit.fitMs} ms` : ''}
        </span>
      </p>
      {fit.engineNote && (
        <p className="muted" data-testid="qz-fit-note">
          {fit.engineNote}
        </p>
      )}
      <table className="grid qz-fit-table">
        <thead>
          <tr>
            <th>On your review log</th>
            <th>{fit.previousWeights ? 'Current weights' : 'FSRS defaults'}</th>
            <th>Fitted</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td title="Mean binary log loss of the predicted recall (lower is better)">Log loss</td>
            <td>{num(fit.logLossBefore, 4)}</td>
            <td data-testid="qz-fit-logloss">{num(fit.logLossAfter, 4)}</td>
          </tr>
          <tr>
            <td title="fsrs-rs's binned RMSE between predicted and actual recall (lower is better)">RMSE (bins)</td>
            <td>{fit.rmseBefore === null ? '–' : `${num(fit.rmseBefore, 2, 100)}%`}</td>
            <td>{fit.rmseAfter === null ? '–' : `${num(fit.rmseAfter, 2, 100)}%`}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">
        Initial stabilities (days) for Again / Hard / Good / Easy: {(fit.weights ?? []).slice(0, 4).map((w) => w.toFixed(2)).join(' / ')}. Measured on
        the same reviews the fit learnt from, so the gain is an upper bound.
      </p>
      <p>
        <button type="button" className={better ? 'primary' : undefined} onClick={onApply} data-testid="qz-fit-apply">
          Apply these weights
        </button>{' '}
        <button type="button" onClick={onDismiss} data-testid="qz-fit-dismiss">
          Keep the current ones
        </button>
        {!better && <span className="muted"> They do not predict your log better than the current ones.</span>}
      </p>
    </div>
  );
}
