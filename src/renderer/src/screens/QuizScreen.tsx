import type { ReactNode } from 'react';

export function QuizScreen({ args }: { args: string[] }): ReactNode {
  return (
    <section className="screen" aria-labelledby="quiz-h">
      <h1 id="quiz-h">Quiz</h1>
      <p className="muted" data-testid="quiz-screen">{args.join(' / ')}</p>
    </section>
  );
}
