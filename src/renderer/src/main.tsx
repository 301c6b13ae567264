import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';

/**
 * Renders the app; boot.ts calls it once the first screen's data is in (or has taken too long).
 * `hydrate`: #root holds the server's markup of this very render (web mode's first screen, see boot.ts),
 * and React takes those elements over instead of drawing new ones.
 */
export function render(hydrate = false): void {
  const root = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (hydrate) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
