import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fitWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
} from '../../../electron/main/window-state';

// A 1920×1080 primary screen whose work area loses 40 px to a taskbar at the bottom.
const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
// A second 1280×1024 screen to the right of it.
const right: Rect = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('parseWindowState', () => {
  it('ignores text that is not JSON or not a state', () => {
    expect(parseWindowState('')).toBeNull();
    expect(parseWindowState('{oops')).toBeNull();
    expect(parseWindowState('null')).toBeNull();
    expect(parseWindowState('[1,2,3,4]')).toBeNull();
    expect(parseWindowState('{"x":"10","y":0,"width":1000,"height":700}')).toBeNull();
    expect(parseWindowState('{"x":10.5,"y":0,"width":1000,"height":700}')).toBeNull();
    expect(parseWindowState('{"x":0,"y":0,"width":-5,"height":700}')).toBeNull();
    expect(parseWindowState('{"x":1e300,"y":0,"width":1000,"height":700}')).toBeNull();
    expect(parseWindowState('{"x":0,"y":0,"width":1000,"height":700,"maximized":"yes"}')).toBeNull();
  });

  it('reads a valid state, defaulting maximized to false', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700}')).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});

describe('fitWindowState', () => {
  it('centres a first-run window at the default size on the primary screen', () => {
    // 1440×900 centred in 1920×1040: x = (1920-1440)/2 = 240, y = (1040-900)/2 = 70.
    expect(fitWindowState(null, [primary], primary)).toEqual({ x: 240, y: 70, width: 1440, height: 900, maximized: false });
  });

  it('keeps a window that fits where it was', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800, maximized: true };
    expect(fitWindowState(saved, [primary, right], primary)).toEqual(saved);
  });

  it('recentres a window left on a screen that is gone', () => {
    const saved = { x: 5000, y: 3000, width: 1000, height: 700, maximized: false };
    expect(fitWindowState(saved, [primary], primary)).toEqual({ x: 240, y: 70, width: 1440, height: 900, maximized: false });
  });

  it('pulls a window hanging off the edges back inside the work area', () => {
    const saved = { x: 1500, y: -200, width: 1000, height: 700, maximized: false };
    // Spans x 1500..2500, y -200..500. Overlap with the primary: 420×500 = 210 000; with the right screen:
    // 580×500 = 290 000, so it goes to the right screen: x = max(1500, 1920) = 1920, y = 0.
    expect(fitWindowState(saved, [primary, right], primary)).toEqual({ x: 1920, y: 0, width: 1000, height: 700, maximized: false });
    // With the right screen unplugged it stays on the primary: x = 1920-1000 = 920, y = 0.
    expect(fitWindowState(saved, [primary], primary)).toEqual({ x: 920, y: 0, width: 1000, height: 700, maximized: false });
  });

  it('shrinks an oversized window to its screen and grows a tiny one to the minimum', () => {
    expect(fitWindowState({ x: 0, y: 0, width: 5000, height: 4000, maximized: false }, [primary], primary)).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
    expect(fitWindowState({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [primary], primary)).toEqual({
      x: 10,
      y: 10,
      width: 960,
      height: 640,
      maximized: false,
    });
  });

  it('on a screen smaller than the minimum size, fits the screen', () => {
    const small: Rect = { x: 0, y: 0, width: 800, height: 600 };
    expect(fitWindowState(null, [small], small)).toEqual({ x: 0, y: 0, width: 800, height: 600, maximized: false });
  });
});

describe('load and save', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'tuiyan-ws-'));
    dirs.push(dir);
    return dir;
  }

  it('round-trips a state through the file', () => {
    const file = join(tempDir(), 'nested', 'window-state.json');
    saveWindowState(file, { x: 30, y: 40, width: 1000, height: 700, maximized: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file, [primary], primary)).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: true });
  });

  it('falls back to the default for a missing or corrupt file', () => {
    const dir = tempDir();
    const fallback = { x: 240, y: 70, width: 1440, height: 900, maximized: false };
    expect(loadWindowState(join(dir, 'absent.json'), [primary], primary)).toEqual(fallback);
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"x": 1, "y":');
    expect(loadWindowState(corrupt, [primary], primary)).toEqual(fallback);
  });
});
