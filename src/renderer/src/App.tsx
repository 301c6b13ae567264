import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { collectDropped, dataTransferHasFiles, pushDropped } from './notes/drop';
import { ErrorBoundary } from './components/ErrorBoundary';
import { navigate, useApi, usePref, useRoute } from './hooks';
import { NoticesBanner } from './components/Notices';
import { Loading } from './components/Status';
import { pressed, SECTIONS, typingIn } from './keys/keymap';
import { SearchScreen } from './screens/SearchScreen';
import { TokenNotice } from './TokenNotice';

// Search is the first screen; the others (tables, charts, quiz) load when first opened.
const AboutScreen = lazy(() => import('./screens/AboutScreen').then((m) => ({ default: m.AboutScreen })));
const CalculatorsScreen = lazy(() => import('./screens/CalculatorsScreen').then((m) => ({ default: m.CalculatorsScreen })));
const EntryScreen = lazy(() => import('./screens/EntryScreen').then((m) => ({ default: m.EntryScreen })));
const NotesScreen = lazy(() => import('./screens/NotesScreen').then((m) => ({ default: m.NotesScreen })));
const QuizScreen = lazy(() => import('./screens/QuizScreen').then((m) => ({ default: m.QuizScreen })));
const EstimatesScreen = lazy(() => import('./screens/EstimatesScreen').then((m) => ({ default: m.EstimatesScreen })));
const PricesScreen = lazy(() => import('./screens/PricesScreen').then((m) => ({ default: m.PricesScreen })));
const ReferenceScreen = lazy(() => import('./screens/ReferenceScreen').then((m) => ({ default: m.ReferenceScreen })));

// The command palette and the shortcut sheet open on demand: not in the first screen's bundle, fetched
// once the first screen is up so the first Ctrl+K does not wait for them.
const loadPalette = (): Promise<typeof import('./keys/CommandPalette')> => import('./keys/CommandPalette');
const loadSheet = (): Promise<typeof import('./keys/ShortcutSheet')> => import('./keys/ShortcutSheet');
const CommandPalette = lazy(() => loadPalette().then((m) => ({ default: m.CommandPalette })));
const ShortcutSheet = lazy(() => loadSheet().then((m) => ({ default: m.ShortcutSheet })));

type Theme = 'system' | 'light' | 'dark';

/** localStorage key of the last theme chosen; index.html's first-paint script reads it (keep the two in step). */
const THEME_HINT_KEY = 'study-desk.theme';

function Screen({ route }: { route: string[] }): ReactNode {
  const [section, ...rest] = route;
  switch (section) {
    case 'reference':
      return <ReferenceScreen args={rest} />;
    case 'entry':
      return <EntryScreen id={rest[0] ?? ''} />;
    case 'calculators':
      return <CalculatorsScreen args={rest} />;
    case 'estimates':
      return <EstimatesScreen args={rest} />;
    case 'quiz':
      return <QuizScreen args={rest} />;
    case 'notes':
      return <NotesScreen args={rest} />;
    case 'about':
      return <AboutScreen />;
    case 'prices':
      return <PricesScreen args={rest} />;
    default:
      return <SearchScreen />;
  }
}

export function App(): ReactNode {
  const route = useRoute();
  const [theme, setTheme] = usePref<Theme>('ui.theme', 'system');
  const active = route[0] === 'entry' ? 'search' : route[0];
  const info = useApi('app.info', {}, 'sidebar-info');

  useEffect(() => {
    // 'system' follows the OS setting live; the CSS only knows light and dark.
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = (): void => {
      document.documentElement.dataset.theme = theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
    };
    apply();
    // A hint for the next load's first paint (index.html's first-paint script), which comes before this
    // preference can be read from the database.
    try {
      localStorage.setItem(THEME_HINT_KEY, theme);
    } catch {
      // storage off: the first paint follows the OS setting
    }
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);

  useEffect(() => {
    const t = setTimeout(() => {
      void loadPalette();
      void loadSheet();
    }, 1000);
    return () => clearTimeout(t);
  }, []);

  // Hydrating the server's markup (boot.ts: made with "system") leaves a controlled select's shown option
  // as it was in the HTML; this keeps the picker on the theme in use, hydrated or not.
  const themePicker = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (themePicker.current && themePicker.current.value !== theme) themePicker.current.value = theme;
  }, [theme]);

  const [palette, setPalette] = useState(false);
  const [sheet, setSheet] = useState(false);
  const toggleTheme = useCallback(() => {
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
  }, [setTheme]);
  const openSheet = useCallback(() => setSheet(true), []);
  const closePalette = useCallback(() => setPalette(false), []);
  const closeSheet = useCallback(() => setSheet(false), []);

  useEffect(() => {
    // Alt+1…8 switches sections, Ctrl/Cmd+K opens the command palette (the Electron Go menu sends these
    // same keys), "?" lists every shortcut. The bindings live in keys/keymap.ts, which the sheet lists.
    const onKey = (e: KeyboardEvent): void => {
      if (pressed(e, 'palette.open')) {
        e.preventDefault();
        setSheet(false);
        setPalette((p) => !p);
        return;
      }
      const s = SECTIONS.find((x) => pressed(e, `go.${x.id}`));
      if (s) {
        e.preventDefault();
        setPalette(false);
        navigate(s.id);
        return;
      }
      if (pressed(e, 'sheet.open') && !typingIn(e.target)) {
        e.preventDefault();
        setSheet((v) => !v);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const main = useRef<HTMLElement>(null);
  const shell = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // "app-ready" marks a live app (React mounted, handlers attached), set after the first commit rather
    // than rendered: web mode's first screen arrives as server markup (boot.ts) that looks the same but
    // does not respond until React has taken it over.
    shell.current?.setAttribute('data-testid', 'app-ready');
  }, []);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // Note files and folders dropped anywhere on the window are imported on the Notes screen.
    let depth = 0;
    const enter = (e: DragEvent): void => {
      if (!dataTransferHasFiles(e.dataTransfer)) return;
      depth++;
      setDragging(true);
    };
    const leave = (): void => {
      depth = Math.max(0, depth - 1);
      if (!depth) setDragging(false);
    };
    const over = (e: DragEvent): void => {
      if (!dataTransferHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent): void => {
      depth = 0;
      setDragging(false);
      if (!e.dataTransfer || !dataTransferHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      void collectDropped(e.dataTransfer).then((files) => {
        navigate('notes');
        pushDropped(files);
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="app" ref={shell}>
      {/* Hash routes own the URL fragment, so the skip link moves focus instead of following an anchor. */}
      <a
        href="#/"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
        data-testid="skip-link"
      >
        Skip to content
      </a>
      <TokenNotice />
      <Suspense fallback={null}>
        {palette && <CommandPalette onClose={closePalette} toggleTheme={toggleTheme} openSheet={openSheet} />}
        {sheet && <ShortcutSheet onClose={closeSheet} />}
      </Suspense>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          Drop note files or folders to import them
        </div>
      )}
      <nav className="sidebar" aria-label="Sections">
        <div className="brand">
          AWS <span>Study Desk</span>
        </div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a
                href={`#/${s.id}`}
                aria-current={active === s.id ? 'page' : undefined}
                title={`${s.label} (Alt+${s.key})`}
                data-testid={`nav-${s.id}`}
              >
                {s.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="kb-badge-slot">
          {info.data?.kb && (
            <a href="#/about" className="kb-badge" data-testid="kb-badge" title={`Knowledge base ${info.data.kb.version}`}>
              KB as of {info.data.kb.asOf || 'n/a'}
            </a>
          )}
          {info.data && !info.data.kb && (
            <a href="#/about" className="kb-badge warn" data-testid="kb-badge">
              Knowledge base missing
            </a>
          )}
        </div>
        <button type="button" className="sidebar-cmd" onClick={() => setPalette(true)} title="Command palette (Ctrl+K / ⌘K)" data-testid="open-palette">
          Commands <kbd>Ctrl K</kbd>
        </button>
        <button type="button" className="sidebar-cmd" onClick={openSheet} title="Keyboard shortcuts (?)" data-testid="open-shortcuts">
          Shortcuts <kbd>?</kbd>
        </button>
        <label className="theme-picker">
          Theme
          <select ref={themePicker} value={theme} onChange={(e) => setTheme(e.target.value as Theme)} data-testid="theme-select">
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </nav>
      <main className="content" id="main-content" tabIndex={-1} ref={main}>
        <NoticesBanner />
        <ErrorBoundary resetKey={route.join('/')}>
          <Suspense fallback={<Loading what="screen" />}>
            <Screen route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
