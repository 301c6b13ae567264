import type { ReactNode } from 'react';
import { CardsPane } from '../quiz/CardsPane';
import { ExamPage, ExamSetup } from '../quiz/ExamPane';
import { NumericPane } from '../quiz/NumericPane';
import { DrillMisses, PracticePane, SingleQuestion } from '../quiz/PracticePane';
import { ProgressPane } from '../quiz/ProgressPane';
import { ReviewPane } from '../quiz/ReviewPane';

const TABS: { id: string; label: string }[] = [
  { id: 'review', label: 'Review' },
  { id: 'cards', label: 'Cards' },
  { id: 'practice', label: 'Practice' },
  { id: 'numeric', label: 'Numeric drill' },
  { id: 'exam', label: 'Exam' },
  { id: 'progress', label: 'Progress' },
];

/** Which tab a route belongs to (question/drill pages live under Practice). */
function tabOf(section: string): string {
  if (section === 'question' || section === 'drill') return 'practice';
  return TABS.some((t) => t.id === section) ? section : 'review';
}

function Pane({ args }: { args: string[] }): ReactNode {
  const [section = 'review', ...rest] = args;
  switch (section) {
    case 'practice':
      return <PracticePane args={rest} />;
    case 'question':
      return <SingleQuestion id={rest[0] ?? ''} />;
    case 'drill':
      return <DrillMisses examId={rest[0] ?? ''} />;
    case 'numeric':
      return <NumericPane kind={rest[0]} />;
    case 'exam':
      return rest[0] ? <ExamPage key={rest[0]} id={rest[0]} /> : <ExamSetup />;
    case 'progress':
      return <ProgressPane />;
    case 'cards':
      return <CardsPane />;
    default:
      return <ReviewPane startMaking={rest[0] === 'new'} />;
  }
}

/** `#/quiz/<tab>/…`: review (FSRS), the card browser, practice, numeric drill, timed exam, progress. */
export function QuizScreen({ args }: { args: string[] }): ReactNode {
  const active = tabOf(args[0] ?? 'review');
  return (
    <section className="screen qz-screen" aria-labelledby="quiz-h" data-testid="quiz-screen">
      <h1 id="quiz-h">Quiz</h1>
      <nav className="qz-tabs" aria-label="Study modes">
        {TABS.map((t) => (
          <a key={t.id} href={`#/quiz/${t.id}`} aria-current={active === t.id ? 'page' : undefined} data-testid={`qz-tab-${t.id}`}>
            {t.label}
          </a>
        ))}
      </nav>
      <Pane args={args} />
    </section>
  );
}
