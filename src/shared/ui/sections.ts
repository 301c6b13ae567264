/**
 * The app's screens, in sidebar order, with their Alt+digit keys: one list for the renderer's sidebar,
 * keymap and shortcut sheet and for the desktop shell's Go menu (which sends the same keys).
 */
export interface Section {
  id: string;
  label: string;
  /** The digit of its Alt+digit shortcut. */
  key: string;
  /** A longer name where there is room (menus). */
  menuLabel?: string;
}

export const SECTIONS: readonly Section[] = [
  { id: 'search', label: 'Search', key: '1' },
  { id: 'reference', label: 'Reference', key: '2', menuLabel: 'Reference tables' },
  { id: 'calculators', label: 'Calculators', key: '3' },
  // Added after the first six: listed where they belong, keeping everyone's Alt+1…6.
  { id: 'estimates', label: 'Estimates', key: '7' },
  { id: 'prices', label: 'Prices', key: '8' },
  { id: 'quiz', label: 'Quiz', key: '4' },
  { id: 'notes', label: 'Notes', key: '5' },
  { id: 'about', label: 'About', key: '6', menuLabel: 'About and backups' },
];
