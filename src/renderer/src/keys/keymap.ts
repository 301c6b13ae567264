/**
 * Every keyboard shortcut of the app, as data: the handlers match key events against these bindings
 * and the "?" sheet lists them, so the sheet cannot drift from what the keys do.
 */
import { SECTIONS } from '../../../shared/ui/sections';

export { SECTIONS };

export type Scope = 'Anywhere' | 'Command palette' | 'Search' | 'Review' | 'Practice' | 'Exam';

/** One way to press a binding. `key` is KeyboardEvent.key, compared case-insensitively. */
export interface Chord {
  key: string;
  /** Ctrl on Windows/Linux or Cmd on macOS. */
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
}

export interface Binding {
  id: string;
  scope: Scope;
  /** What the sheet shows, e.g. ['Ctrl+K', '⌘K']. */
  keys: string[];
  does: string;
  chords: Chord[];
}

const digits = (from: number, to: number): Chord[] => Array.from({ length: to - from + 1 }, (_, i) => ({ key: String(from + i) }));
const letters = (s: string): Chord[] => [...s].map((key) => ({ key }));


export const BINDINGS: readonly Binding[] = [
  ...SECTIONS.map(
    (s): Binding => ({
      id: `go.${s.id}`,
      scope: 'Anywhere',
      keys: [`Alt+${s.key}`],
      does: `Go to ${s.label}`,
      chords: [{ key: s.key, alt: true }],
    }),
  ),
  { id: 'palette.open', scope: 'Anywhere', keys: ['Ctrl+K', '⌘K'], does: 'Command palette: go anywhere, run an action, search', chords: [{ key: 'k', mod: true }] },
  { id: 'sheet.open', scope: 'Anywhere', keys: ['?'], does: 'This list of shortcuts', chords: [{ key: '?' }, { key: '?', shift: true }] },
  { id: 'palette.move', scope: 'Command palette', keys: ['↑', '↓'], does: 'Move through the commands', chords: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }] },
  { id: 'palette.run', scope: 'Command palette', keys: ['Enter'], does: 'Run the selected command', chords: [{ key: 'Enter' }] },
  { id: 'palette.close', scope: 'Command palette', keys: ['Esc'], does: 'Close', chords: [{ key: 'Escape' }] },
  { id: 'search.move', scope: 'Search', keys: ['↑', '↓'], does: 'Move through the results', chords: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }] },
  { id: 'search.open', scope: 'Search', keys: ['Enter'], does: 'Open the selected result', chords: [{ key: 'Enter' }] },
  { id: 'search.clear', scope: 'Search', keys: ['Esc'], does: 'Clear the query', chords: [{ key: 'Escape' }] },
  { id: 'review.show', scope: 'Review', keys: ['Space', 'Enter'], does: 'Show the answer (Space again: Good, as in Anki)', chords: [{ key: ' ' }, { key: 'Enter' }] },
  { id: 'review.rate', scope: 'Review', keys: ['1', '2', '3', '4'], does: 'Rate: Again, Hard, Good, Easy', chords: digits(1, 4) },
  { id: 'review.undo', scope: 'Review', keys: ['U', 'Ctrl+Z'], does: 'Undo the last answer', chords: [{ key: 'u' }, { key: 'z', mod: true }] },
  { id: 'review.edit', scope: 'Review', keys: ['E'], does: 'Edit the card (your own cards)', chords: [{ key: 'e' }] },
  { id: 'review.bury', scope: 'Review', keys: ['-'], does: 'Bury the card until tomorrow', chords: [{ key: '-' }] },
  { id: 'review.suspend', scope: 'Review', keys: ['@'], does: 'Suspend the card', chords: [{ key: '@' }, { key: '@', shift: true }] },
  { id: 'practice.choose', scope: 'Practice', keys: ['1–6', 'A–F'], does: 'Choose an option (toggle on "choose two")', chords: [...digits(1, 6), ...letters('abcdef')] },
  { id: 'practice.check', scope: 'Practice', keys: ['Enter'], does: 'Check the answer, then go to the next question', chords: [{ key: 'Enter' }] },
  { id: 'exam.choose', scope: 'Exam', keys: ['1–6', 'A–E'], does: 'Choose an option (toggle on "choose two")', chords: [...digits(1, 6), ...letters('abcde')] },
  { id: 'exam.prev', scope: 'Exam', keys: ['←'], does: 'Previous question', chords: [{ key: 'ArrowLeft' }] },
  { id: 'exam.next', scope: 'Exam', keys: ['→', 'Enter'], does: 'Next question (Enter on the last one: submit)', chords: [{ key: 'ArrowRight' }, { key: 'Enter' }] },
  { id: 'exam.flag', scope: 'Exam', keys: ['F'], does: 'Flag the question for review', chords: [{ key: 'f' }] },
];

const byId = new Map(BINDINGS.map((b) => [b.id, b]));

/** Whether the event presses one of the binding's chords (modifiers must match exactly, Shift only when given). */
export function pressed(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, id: string): boolean {
  const b = byId.get(id);
  if (!b) throw new Error(`no binding ${id}`);
  return b.chords.some(
    (c) =>
      e.key.toLowerCase() === c.key.toLowerCase() &&
      (e.ctrlKey || e.metaKey) === !!c.mod &&
      e.altKey === !!c.alt &&
      (c.shift === undefined || e.shiftKey === c.shift),
  );
}

/** The index a "choose" key stands for: 1–6 or a–f → 0–5; null otherwise. */
export function optionPosition(key: string): number | null {
  const k = key.toLowerCase();
  if (/^[1-6]$/.test(k)) return Number(k) - 1;
  if (/^[a-f]$/.test(k)) return k.charCodeAt(0) - 97;
  return null;
}

/** Keys typed into a field belong to the field; the page's single-key shortcuts stand aside. */
export function typingIn(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  if (!t || !t.tagName) return false;
  if (t.isContentEditable) return true;
  if (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT') return true;
  if (t.tagName !== 'INPUT') return false;
  const type = (t as HTMLInputElement).type;
  // Checkboxes, radios and buttons take no text: the page's keys still apply (Space is handled there).
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
}

/** Focused controls that Space or Enter would activate (the page handles those keys itself). */
export function activatesOnKey(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  if (!t || !t.tagName) return false;
  if (t.tagName === 'BUTTON' || t.tagName === 'A' || t.tagName === 'SUMMARY') return true;
  return t.tagName === 'INPUT' && ['checkbox', 'radio', 'button', 'submit', 'reset'].includes((t as HTMLInputElement).type);
}
