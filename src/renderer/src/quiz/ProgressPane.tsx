import { topicLabel } from '../../../shared/quiz/labels';
import { useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DOMAINS, type Domain } from '../../../shared/kb/provenance';
import { DOMAIN_LABELS, PASS_RATIO } from '../../../shared/quiz/exam';
import { ErrorNote, Loading } from '../components/Status';
import { useApi } from '../hooks';
import { pct } from './ExamPane';

/** One colour per domain, readable on light and dark backgrounds. */
export const DOMAIN_COLORS: Record<Domain, string> = {
  secure: '#d9534f',
  resilient: '#2e86de',
  performant: '#f39c12',
  cost: '#27ae60',
};

export function ProgressPane(): ReactNode {
  const [bucket, setBucket] = useState<'day' | 'week'>('day');
  const stats = useApi('progress.stats', { bucket }, bucket);
  if (stats.error) return <ErrorNote error={stats.error} />;
  if (!stats.data) return <Loading what="progress" />;
  const s = stats.data;
  const series = s.overTime.map((p) => ({ period: p.period, attempts: p.attempts, overall: p.overall, ...p.accuracy }));
  return (
    <div className="qz-progress" data-testid="qz-progress">
      <div className="qz-stat-row">
        <div className="panel qz-stat">
          <span className="qz-stat-n">{s.attempts}</span> questions answered
        </div>
        <div className="panel qz-stat">
          <span className="qz-stat-n">{s.exams.length}</span> exams
        </div>
        <div className="panel qz-stat">
          <span className="qz-stat-n">{s.cards.tracked}</span> cards in review · {s.cards.dueNow} due
        </div>
      </div>

      <h2>Exam readiness</h2>
      <div className="qz-readiness" data-testid="qz-readiness" style={{ display: 'grid', gap: '0.75rem' }}>
        {(s.readiness ?? []).map((r) => (
          <div key={r.exam} className="panel" data-testid={`qz-readiness-${r.exam}`}>
            <h3>
              {r.code} {r.title}{' '}
              <span className={`muted ${r.ready ? 'good' : ''}`}>
                {r.projected === null ? '· not started' : `· about ${r.projected}% right so far${r.ready ? ' · ready' : ''}`}
              </span>
            </h3>
            <table className="grid qz-domain-table">
              <thead>
                <tr>
                  <th>Domain (weight)</th>
                  <th>Seen</th>
                  <th>Right last time</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {r.domains.map((d) => (
                  <tr key={d.domain}>
                    <th scope="row">
                      {d.label} ({d.weight}%)
                    </th>
                    <td>
                      {d.seen}/{d.inBank}
                    </td>
                    <td>{d.accuracy === null ? '–' : `${d.accuracy}%`}</td>
                    <td className="qz-bar-cell">
                      <span className="qz-bar">
                        <span className={(d.accuracy ?? 0) >= PASS_RATIO * 100 ? 'qz-bar-good' : 'qz-bar-bad'} style={{ width: `${d.accuracy ?? 0}%` }} />
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>

      <h2>Weak areas</h2>
      {s.weakAreas.length === 0 ? (
        <p className="muted" data-testid="qz-weak-none">
          Nothing stands out yet: areas show up here after a few answers per topic below about 70% right.
        </p>
      ) : (
        <ul className="qz-weak" data-testid="qz-weak">
          {s.weakAreas.map((w) => (
            <li key={w.topic} className="panel">
              <strong>{topicLabel(w.topic)}</strong>: {w.correct}/{w.attempts} right recently.{' '}
              <a href={`#/quiz/practice/topic/${encodeURIComponent(w.topic)}`}>Practise {topicLabel(w.topic)}</a>
              {w.kbEntry && (
                <>
                  {' · '}
                  <a href={`#/entry/${w.kbEntry}`}>Read {w.kbTitle ?? w.kbEntry}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <div className="qz-row">
        <h2>Accuracy per domain over time</h2>
        <span className="qz-spacer" />
        <select value={bucket} onChange={(e) => setBucket(e.target.value as 'day' | 'week')} aria-label="Group by">
          <option value="day">per day</option>
          <option value="week">per week</option>
        </select>
      </div>
      {series.length === 0 ? (
        <p className="muted">Answer some practice questions or take an exam to see your accuracy here.</p>
      ) : (
        <div className="panel qz-chart" data-testid="qz-chart-accuracy">
          <ResponsiveContainer width="100%" height={280}>
            <LineChart data={series} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey="period" stroke="var(--muted)" fontSize={12} />
              <YAxis domain={[0, 100]} unit="%" stroke="var(--muted)" fontSize={12} />
              <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
              <Legend />
              {DOMAINS.map((d) => (
                <Line
                  key={d}
                  type="monotone"
                  dataKey={d}
                  name={DOMAIN_LABELS[d]}
                  stroke={DOMAIN_COLORS[d]}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}

      <h2>Totals</h2>
      <table className="grid qz-totals" data-testid="qz-totals">
        <thead>
          <tr>
            <th>Domain</th>
            <th>Answered</th>
            <th>Right</th>
            <th>Accuracy</th>
          </tr>
        </thead>
        <tbody>
          {s.totals.map((t) => (
            <tr key={t.domain}>
              <th scope="row">
                <a href={`#/quiz/practice/domain/${t.domain}`}>{DOMAIN_LABELS[t.domain]}</a>
              </th>
              <td>{t.attempts}</td>
              <td>{t.correct}</td>
              <td>{t.accuracy === null ? '–' : `${t.accuracy}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {s.reviews.length > 0 && (
        <>
          <h2>Flashcard reviews (last 60 days)</h2>
          <div className="panel qz-chart">
            <ResponsiveContainer width="100%" height={180}>
              <BarChart data={s.reviews}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
                <XAxis dataKey="day" stroke="var(--muted)" fontSize={12} />
                <YAxis allowDecimals={false} stroke="var(--muted)" fontSize={12} />
                <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
                <Bar dataKey="count" name="reviews" fill="var(--accent)" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </>
      )}

      {s.exams.length > 0 && (
        <>
          <h2>Exam history</h2>
          <ul className="qz-exam-list">
            {s.exams.map((x) => (
              <li key={x.id}>
                <a href={`#/quiz/exam/${x.id}`}>{new Date(x.startedAt).toLocaleString()}</a>: {x.count} questions,{' '}
                <span className={x.score?.passed ? 'good' : 'bad'}>{x.score ? pct(x.score.ratio) : 'not submitted'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
