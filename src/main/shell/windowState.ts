/**
 * The desktop window's remembered size, position and maximized state. Plain Node (no electron import) so
 * the rules are tested without the binary; src/main/index.ts feeds it the displays from electron.screen.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the title bar must be on a display for the window to count as reachable. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

const finiteInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Number.isInteger(v);

export function loadWindowState(dir: string): WindowState | null {
  try {
    const v = JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8')) as { bounds?: Partial<Rect>; maximized?: unknown };
    const b = v.bounds ?? {};
    if (![b.x, b.y, b.width, b.height].every(finiteInt)) return null;
    return { bounds: b as Rect, maximized: v.maximized === true };
  } catch {
    return null;
  }
}

export function saveWindowState(dir: string, state: WindowState): void {
  const path = join(dir, WINDOW_STATE_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state), { mode: 0o600 });
  renameSync(tmp, path);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Where to open the window: the saved bounds when their title bar is still on a display (monitors change:
 * a laptop undocked from its external screen), else the saved size centred on the primary display, shrunk
 * to fit it. No saved state: the default size centred.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const want = saved?.bounds ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const titleBar: Rect = { x: want.x, y: want.y, width: want.width, height: Math.min(want.height, MIN_VISIBLE.height) };
  const reachable =
    saved !== null &&
    workAreas.some((a) => {
      const o = overlap(titleBar, a);
      return o.width >= Math.min(MIN_VISIBLE.width, want.width) && o.height >= Math.min(MIN_VISIBLE.height, want.height);
    });
  if (reachable) return { bounds: { ...want, width: Math.max(want.width, MIN_SIZE.width), height: Math.max(want.height, MIN_SIZE.height) }, maximized: saved.maximized };
  const width = Math.max(MIN_SIZE.width, Math.min(want.width, primary.width));
  const height = Math.max(MIN_SIZE.height, Math.min(want.height, primary.height));
  return {
    bounds: {
      x: primary.x + Math.max(0, Math.round((primary.width - width) / 2)),
      y: primary.y + Math.max(0, Math.round((primary.height - height) / 2)),
      width,
      height,
    },
    maximized: saved?.maximized ?? false,
  };
}
