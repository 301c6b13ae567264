import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { categoryLabel } from '../../../shared/quiz/labels';
import { fuzzyFilter } from '../../../shared/search/fuzzy';
import { api } from '../api';
import { downloadBlob } from '../components/download';
import { navigate, useApi } from '../hooks';
import { downloadApkg } from '../quiz/exportApkg';
import { pressed, SECTIONS } from './keymap';

export interface Command {
  id: string;
  group: string;
  label: string;
  /** Extra words the filter matches on (category, service, "table"). */
  keywords?: string;
  hint?: string;
  run: () => void;
}

/** Asks the Search screen to run `q` (it also reads the query from sessionStorage when it mounts). */
export function openSearch(q: string): void {
  sessionStorage.setItem('search.q', q);
  window.dispatchEvent(new CustomEvent('study-desk:search', { detail: q }));
  navigate('search');
}

const QUIZ_TABS: [string, string][] = [
  ['review', 'Review due cards'],
  ['cards', 'Card browser'],
  ['practice', 'Practice questions'],
  ['numeric', 'Numeric drill'],
  ['exam', 'Exams'],
  ['progress', 'Progress'],
];

/**
 * Ctrl+K / Cmd+K: one box to go anywhere (screens, KB entries, reference tables, calculators, saved
 * scenarios) and run actions, filtered fuzzily; ↑ ↓ move, Enter runs, Esc closes.
 */
export function CommandPalette({
  onClose,
  toggleTheme,
  openSheet,
}: {
  onClose: () => void;
  toggleTheme: () => void;
  openSheet: () => void;
}): ReactNode {
  const [q, setQ] = useState('');
  const [sel, setSel] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const entries = useApi('kb.entries', {}, 'entries');
  const datasets = useApi('kb.datasets', {}, 'datasets');
  const comparisons = useApi('kb.comparisons', {}, 'comparisons');
  const calcs = useApi('calc.list', {}, 'calc-list');
  const scenarios = useApi('scenarios.list', {}, 'scenarios-all');
  const estimates = useApi('estimates.list', {}, 'estimates-all');

  useEffect(() => {
    input.current?.focus();
  }, []);

  const commands = useMemo((): Command[] => {
    const startExam = (count: number, minutes: number) => async (): Promise<void> => {
      const r = await api['exam.start']({ count, minutes });
      if (r.ok) navigate('quiz', 'exam', r.value.id);
      else navigate('quiz', 'exam');
    };
    const actions: Command[] = [
      { id: 'a.new-card', group: 'Actions', label: 'New card', keywords: 'make flashcard add', run: () => navigate('quiz', 'review', 'new') },
      { id: 'a.review', group: 'Actions', label: 'Review due cards', keywords: 'study anki flashcards', run: () => navigate('quiz', 'review') },
      { id: 'a.exam', group: 'Actions', label: 'Start exam (65 questions, 130 minutes)', keywords: 'timed test', run: () => void startExam(65, 130)() },
      { id: 'a.exam-quick', group: 'Actions', label: 'Start a quick exam (10 questions, 20 minutes)', keywords: 'timed test', run: () => void startExam(10, 20)() },
      { id: 'a.practice', group: 'Actions', label: 'Practice questions', run: () => navigate('quiz', 'practice') },
      { id: 'a.import-notes', group: 'Actions', label: 'Import notes', keywords: 'markdown files upload', run: () => navigate('notes') },
      { id: 'a.import-anki', group: 'Actions', label: 'Import an Anki text export', keywords: 'cards tsv', run: () => navigate('quiz', 'cards') },
      {
        id: 'a.export-apkg',
        group: 'Actions',
        label: 'Export cards and the question bank to Anki (.apkg)',
        keywords: 'apkg download package deck',
        run: () => {
          navigate('quiz', 'cards');
          void downloadApkg('all').then((r) => window.dispatchEvent(new CustomEvent('study-desk:cards-msg', { detail: r })));
        },
      },
      {
        id: 'a.export-anki',
        group: 'Actions',
        label: 'Export cards and the question bank to Anki (text)',
        keywords: 'download txt',
        run: () =>
          void api['study.exportAnki']({ include: 'all' }).then((r) => {
            if (r.ok) downloadBlob(r.value.fileName, r.value.text, 'text/plain;charset=utf-8');
          }),
      },
      { id: 'a.settings', group: 'Actions', label: 'Study settings (daily limits, desired retention)', keywords: 'fsrs new cards per day', run: () => navigate('quiz', 'review') },
      { id: 'a.theme', group: 'Actions', label: 'Toggle theme (light / dark)', keywords: 'dark mode', run: toggleTheme },
      { id: 'a.shortcuts', group: 'Actions', label: 'Keyboard shortcuts', keywords: 'keys help ?', run: openSheet },
    ];
    const go: Command[] = [
      ...SECTIONS.map((s): Command => ({ id: `g.${s.id}`, group: 'Go to', label: s.label, hint: `Alt+${s.key}`, run: () => navigate(s.id) })),
      ...QUIZ_TABS.map(([tab, label]): Command => ({ id: `g.quiz.${tab}`, group: 'Go to', label: `Quiz › ${label}`, run: () => navigate('quiz', tab) })),
    ];
    const kb: Command[] = (entries.data ?? []).map((e) => ({
      id: `e.${e.id}`,
      group: 'Entries',
      label: e.title,
      keywords: `${e.service} ${categoryLabel(e.category)} entry`,
      hint: categoryLabel(e.category),
      run: () => navigate('entry', e.id),
    }));
    const tables: Command[] = [
      ...(datasets.data ?? []).map((d): Command => ({ id: `t.${d.id}`, group: 'Reference tables', label: d.title, keywords: 'table reference', run: () => navigate('reference', d.id) })),
      ...(comparisons.data ?? []).map((c): Command => ({ id: `c.${c.id}`, group: 'Reference tables', label: c.title, keywords: 'compare comparison table', run: () => navigate('reference', 'compare', c.id) })),
    ];
    const calcTitle = new Map((calcs.data ?? []).map((c) => [c.id as string, c.title]));
    const calculators: Command[] = (calcs.data ?? []).map((c) => ({ id: `k.${c.id}`, group: 'Calculators', label: c.title, keywords: 'calculator', run: () => navigate('calculators', c.id) }));
    const saved: Command[] = (scenarios.data ?? []).map((s) => ({
      id: `s.${s.id}`,
      group: 'Saved scenarios',
      label: s.name,
      keywords: `scenario ${calcTitle.get(s.calculator) ?? s.calculator}`,
      hint: calcTitle.get(s.calculator) ?? s.calculator,
      run: () => navigate('calculators', s.calculator, 'scenario', s.id),
    }));
    const designs: Command[] = [
      { id: 'a.new-estimate', group: 'Actions', label: 'New estimate', keywords: 'design pricing total cost', run: () => navigate('estimates') },
      ...(estimates.data ?? []).map((e) => ({
        id: `e.${e.id}`,
        group: 'Estimates',
        label: e.name,
        keywords: 'estimate design cost',
        hint: `${e.lines} line${e.lines === 1 ? '' : 's'}`,
        run: () => navigate('estimates', e.id),
      })),
    ];
    return [...actions, ...go, ...calculators, ...tables, ...saved, ...designs, ...kb];
  }, [entries.data, datasets.data, comparisons.data, calcs.data, scenarios.data, estimates.data, toggleTheme, openSheet]);

  const shown = useMemo((): Command[] => {
    const matched = fuzzyFilter(q, commands, (c) => `${c.label} ${c.keywords ?? ''}`, q.trim() ? 40 : 24);
    if (!q.trim()) return matched;
    return [{ id: 'search', group: 'Search', label: `Search for “${q.trim()}”`, hint: 'Enter', run: () => openSearch(q.trim()) }, ...matched];
  }, [q, commands]);

  useEffect(() => setSel(0), [q]);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [sel]);

  const run = (c: Command | undefined): void => {
    if (!c) return;
    onClose();
    c.run();
  };

  return (
    <div className="overlay" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()} data-testid="palette">
      <div className="palette panel" role="dialog" aria-modal="true" aria-label="Command palette">
        <input
          ref={input}
          className="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown[sel] ? `pal-${shown[sel].id}` : undefined}
          placeholder="Go to a screen, entry, table or calculator; run an action; or search…"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (pressed(e.nativeEvent, 'palette.close')) {
              e.preventDefault();
              onClose();
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              setSel((s) => Math.min(shown.length - 1, s + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setSel((s) => Math.max(0, s - 1));
            } else if (pressed(e.nativeEvent, 'palette.run')) {
              e.preventDefault();
              run(shown[sel]);
            } else if (e.key === 'Tab') e.preventDefault();
          }}
          data-testid="palette-input"
        />
        <ul id="palette-list" ref={listRef} className="palette-list" role="listbox" aria-label="Commands" data-testid="palette-list">
          {shown.map((c, i) => (
            <li
              key={c.id}
              id={`pal-${c.id}`}
              role="option"
              aria-selected={i === sel}
              className={i === sel ? 'palette-item selected' : 'palette-item'}
              onMouseMove={() => setSel(i)}
              onClick={() => run(c)}
              data-testid="palette-item"
            >
              <span className="palette-group">{c.group}</span>
              <span className="palette-label">{c.label}</span>
              {c.hint && <span className="palette-hint muted">{c.hint}</span>}
            </li>
          ))}
          {shown.length === 0 && <li className="muted palette-empty">Nothing matches.</li>}
        </ul>
        <p className="palette-foot muted">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> run · <kbd>Esc</kbd> close · <kbd>?</kbd> all shortcuts
        </p>
      </div>
    </div>
  );
}
