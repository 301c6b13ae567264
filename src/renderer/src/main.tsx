import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prime } from './hooks';
import './styles.css';

// The shell's own data (theme, knowledge-base badge), requested before the first render.
prime('prefs.get', { key: 'ui.theme' });
prime('app.info', {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
