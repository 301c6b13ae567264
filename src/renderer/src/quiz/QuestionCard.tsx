import type { ReactNode } from 'react';
import type { QuestionView } from '../../../shared/ipc/channels/study';
import { DOMAIN_LABELS } from '../../../shared/quiz/exam';
import { topicLabel } from '../../../shared/quiz/labels';
import { SourceTag } from '../components/Status';
import { optionPosition } from '../keys/keymap';

export interface QuestionCardProps {
  q: QuestionView;
  /** Chosen option indexes (bank indexes, not display positions). */
  selected: readonly number[];
  /** Omit to make the card read-only. */
  onSelect?: (next: number[]) => void;
  /** Show which options are right, why, and the links. Needs a revealed question. */
  reveal: boolean;
  heading?: string;
}

/** One multiple-choice question: options, then after answering the verdict and an explanation per option. */
export function QuestionCard({ q, selected, onSelect, reveal, heading }: QuestionCardProps): ReactNode {
  const multi = q.type === 'multi';
  const toggle = (index: number): void => {
    if (!onSelect) return;
    if (!multi) return onSelect([index]);
    onSelect(selected.includes(index) ? selected.filter((i) => i !== index) : [...selected, index]);
  };
  const showVerdict = reveal && q.revealed;
  return (
    <article className="qz-question panel" data-testid="qz-question" data-question-id={q.id}>
      <p className="qz-meta">
        {heading && <strong>{heading} · </strong>}
        <span className={`qz-domain qz-domain-${q.domain}`}>{DOMAIN_LABELS[q.domain]}</span> · {topicLabel(q.topic)}
      </p>
      <p className="qz-stem">{q.stem}</p>
      {multi && !/\bchoose\b/i.test(q.stem) && <p className="qz-choose muted">Choose {q.choose}.</p>}
      <ol className="qz-options" role={multi ? 'group' : 'radiogroup'} aria-label="Options">
        {q.options.map((o, pos) => {
          const chosen = selected.includes(o.index);
          const cls = [
            'qz-option',
            chosen ? 'qz-chosen' : '',
            showVerdict && o.correct ? 'qz-right' : '',
            showVerdict && chosen && !o.correct ? 'qz-wrong' : '',
          ].join(' ');
          return (
            <li key={o.index} className={cls} data-testid={`qz-option-${pos}`} data-correct={showVerdict ? String(o.correct) : undefined}>
              <label>
                <input
                  type={multi ? 'checkbox' : 'radio'}
                  name={`q-${q.id}`}
                  checked={chosen}
                  disabled={!onSelect}
                  onChange={() => toggle(o.index)}
                />
                <span className="qz-key" aria-hidden="true">
                  {String.fromCharCode(65 + pos)}
                </span>
                <span className="qz-opt-text">{o.text}</span>
                {showVerdict && o.correct && <span className="qz-tag good">correct</span>}
                {showVerdict && chosen && !o.correct && <span className="qz-tag bad">your answer</span>}
                {showVerdict && chosen && o.correct && <span className="qz-tag good">your answer</span>}
              </label>
              {showVerdict && o.explanation && <p className="qz-expl">{o.explanation}</p>}
            </li>
          );
        })}
      </ol>
      {showVerdict && q.trace && q.trace.length > 0 && (
        <div className="qz-trace" data-testid="qz-trace">
          <h3>Worked calculation</h3>
          <ol>
            {q.trace.map((t, i) => (
              <li key={i}>
                <code>{t}</code>
              </li>
            ))}
          </ol>
        </div>
      )}
      {showVerdict && (
        <p className="qz-links">
          <a href={`#/entry/${q.kbEntry}`} data-testid="qz-kb-link">
            Read: {q.kbTitle ?? q.kbEntry}
          </a>
          {q.source && q.asOf && (
            <>
              {' · '}
              <SourceTag source={q.source} asOf={q.asOf} />
            </>
          )}
        </p>
      )}
    </article>
  );
}

/** Keys 1–6 / A–F pick an option by display position. */
export function optionFromKey(q: QuestionView, key: string): number | null {
  const pos = optionPosition(key);
  return pos === null ? null : (q.options[pos]?.index ?? null);
}
