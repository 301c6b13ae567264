import type { ReactNode } from 'react';

export function CalculatorsScreen({ args }: { args: string[] }): ReactNode {
  return (
    <section className="screen" aria-labelledby="calculators-h">
      <h1 id="calculators-h">Calculators</h1>
      <p className="muted" data-testid="calculators-screen">{args.join(' / ')}</p>
    </section>
  );
}
