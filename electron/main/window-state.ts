import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** A screen rectangle in device-independent pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window's remembered bounds (normal, not maximized, in DIP) and whether it was maximized. */
export interface WindowState extends Rect {
  maximized: boolean;
}

/** Smallest window the layout works in, in DIP; also the BrowserWindow's minWidth/minHeight. */
export const MIN_WINDOW_SIZE: Readonly<{ width: number; height: number }> = { width: 960, height: 640 };

/** Size of a first-run window, in DIP (shrunk to fit a smaller screen). */
export const DEFAULT_WINDOW_SIZE: Readonly<{ width: number; height: number }> = { width: 1440, height: 900 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const savedStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  maximized: z.boolean().default(false),
});

/** Parses the saved file's text; anything malformed (bad JSON, wrong types, absurd numbers) gives null. */
export function parseWindowState(text: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = savedStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Fits a saved state onto the current displays' work areas: the window goes to the display it overlaps
 * most, is shrunk to fit it and moved fully inside it. With no saved state, or one that overlaps no
 * display (a monitor was unplugged), the window is centred on the primary display at the default size.
 */
export function fitWindowState(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowState {
  const target = saved ? bestOverlap(saved, workAreas) : null;
  if (!saved || !target) {
    const width = clamp(DEFAULT_WINDOW_SIZE.width, MIN_WINDOW_SIZE.width, primary.width);
    const height = clamp(DEFAULT_WINDOW_SIZE.height, MIN_WINDOW_SIZE.height, primary.height);
    return {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
      maximized: saved?.maximized ?? false,
    };
  }
  const width = clamp(saved.width, MIN_WINDOW_SIZE.width, target.width);
  const height = clamp(saved.height, MIN_WINDOW_SIZE.height, target.height);
  return {
    x: clamp(saved.x, target.x, target.x + target.width - width),
    y: clamp(saved.y, target.y, target.y + target.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}

/** Reads and fits the saved state; a missing or unreadable file counts as no saved state. */
export function loadWindowState(file: string, workAreas: readonly Rect[], primary: Rect): WindowState {
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = null;
  }
  return fitWindowState(text === null ? null : parseWindowState(text), workAreas, primary);
}

/** Writes the state atomically (temp file, then rename) so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

function bestOverlap(rect: Rect, areas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of areas) {
    const overlap = overlapArea(rect, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  return best;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Clamps to [lo, hi]; when the range is empty (hi < lo) the upper bound wins so the window fits the screen. */
function clamp(value: number, lo: number, hi: number): number {
  return Math.min(Math.max(value, lo), hi);
}
