import type { ReactNode } from 'react';

export function NotesScreen({ args }: { args: string[] }): ReactNode {
  return (
    <section className="screen" aria-labelledby="notes-h">
      <h1 id="notes-h">Notes</h1>
      <p className="muted" data-testid="notes-screen">{args.join(' / ')}</p>
    </section>
  );
}
