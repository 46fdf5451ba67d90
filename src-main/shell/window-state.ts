import { readFileSync, renameSync, writeFileSync } from 'node:fs';

// Where the window was, so it reopens there. Pure logic plus plain file I/O (no `electron`
// import): what is read back is validated, and placed on a display that still exists, because
// the file outlives monitors (a laptop undocked from the office screen must not open off-screen).

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** What the window opens with: x/y absent means "let Electron centre it". */
export interface WindowPlacement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export const minWindowSize = { width: 800, height: 560 } as const;
export const defaultWindowSize = { width: 1280, height: 820 } as const;
// Far beyond any real display: a bigger number is a corrupt file, not a monitor wall.
const maxCoordinate = 100_000;

const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** The saved state if `raw` (parsed JSON) is a plausible one, otherwise undefined. */
export function parseWindowState(raw: unknown): SavedWindowState | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  if (!isInt(value.width, 1, maxCoordinate) || !isInt(value.height, 1, maxCoordinate)) return undefined;
  const state: SavedWindowState = { width: value.width, height: value.height, maximized: value.maximized === true };
  // A position is only meaningful as a pair; half of one is dropped, not guessed.
  if (isInt(value.x, -maxCoordinate, maxCoordinate) && isInt(value.y, -maxCoordinate, maxCoordinate)) {
    state.x = value.x;
    state.y = value.y;
  }
  return state;
}

const overlap = (a: Rect, b: Rect): number => {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
};

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Places the saved window on the displays there are now (their work areas, primary first):
 * on the display it overlaps most, shrunk to fit and moved fully inside it; when it overlaps
 * none, centred on the primary display. No saved state gives the default size, centred.
 */
export function fitWindowState(saved: SavedWindowState | undefined, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0];
  const fitSize = (area: Rect | undefined, width: number, height: number) => ({
    width: area ? Math.min(Math.max(width, minWindowSize.width), area.width) : Math.max(width, minWindowSize.width),
    height: area ? Math.min(Math.max(height, minWindowSize.height), area.height) : Math.max(height, minWindowSize.height),
  });
  if (!saved) return { bounds: fitSize(primary, defaultWindowSize.width, defaultWindowSize.height), maximized: false };

  const size = { width: saved.width, height: saved.height };
  if (saved.x === undefined || saved.y === undefined || !primary) {
    return { bounds: fitSize(primary, size.width, size.height), maximized: saved.maximized };
  }
  const rect: Rect = { x: saved.x, y: saved.y, ...size };
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(rect, area);
    if (shared > bestOverlap) {
      best = area;
      bestOverlap = shared;
    }
  }
  if (!best) return { bounds: fitSize(primary, size.width, size.height), maximized: saved.maximized };
  const fitted = fitSize(best, size.width, size.height);
  return {
    bounds: {
      x: clamp(rect.x, best.x, best.x + best.width - fitted.width),
      y: clamp(rect.y, best.y, best.y + best.height - fitted.height),
      ...fitted,
    },
    maximized: saved.maximized,
  };
}

/** The saved state in `file`, or undefined when it is missing, unreadable or not valid. */
export function loadWindowState(file: string): SavedWindowState | undefined {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

export function saveWindowState(file: string, state: SavedWindowState): void {
  // Write then rename, so a crash mid-write leaves the previous file rather than half a JSON.
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, file);
}

/** The little of a BrowserWindow that tracking needs (a structural type keeps this testable without Electron). */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  isDestroyed(): boolean;
  isMaximized(): boolean;
  getNormalBounds(): Rect;
}

/**
 * Saves the window's state `delayMs` after it stops moving or resizing, and at once when it
 * closes. The normal (unmaximised) bounds are kept, so un-maximising after a restart lands
 * where the user last had the window.
 */
export function trackWindowState(window: TrackedWindow, file: string, delayMs = 500, onError?: (error: unknown) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    try {
      saveWindowState(file, { ...bounds, maximized: window.isMaximized() });
    } catch (error) {
      onError?.(error); // a read-only profile must not break the window
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later);
  window.on('close', save);
}
