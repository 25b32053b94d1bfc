import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUT, ensureBuilt } from './ensure-build';

let main = '';
let preload = '';

beforeAll(async () => {
  await ensureBuilt();
  main = readFileSync(OUT.main, 'utf8');
  preload = readFileSync(OUT.preload, 'utf8');
});

describe('built main and preload', () => {
  it('builds the preload as one CommonJS file that only requires electron (a sandboxed preload cannot load modules)', () => {
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).toContain('exposeInMainWorld("api"');
  });

  it('keeps electron and the native better-sqlite3 outside the main bundle', () => {
    expect(main).toMatch(/^import .* from "electron";$/m);
    expect(main).toMatch(/^import \w+ from "better-sqlite3";$/m);
    expect(main).not.toContain('node_modules/better-sqlite3/lib');
  });

  it('points the window at the built preload next to it', () => {
    expect(main).toContain('../preload/index.cjs');
  });
});
