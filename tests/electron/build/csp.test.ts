import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_CSP } from '../../../electron/main/csp';
import { OUT, ensureBuilt } from './ensure-build';

vi.mock('electron', () => ({}));

let html = '';
let csp = '';
let directives = new Map<string, string[]>();

beforeAll(async () => {
  await ensureBuilt();
  html = readFileSync(OUT.html, 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  csp = meta?.[1] ?? '';
  directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d !== '')
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values];
      }),
  );
});

describe('CSP of the built renderer page', () => {
  it('has a CSP meta tag', () => {
    expect(csp).not.toBe('');
  });

  it('never allows eval', () => {
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'wasm-unsafe-eval'");
  });

  it("allows scripts from 'self' only", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it("allows styles from 'self' and inline only", () => {
    expect([...(directives.get('style-src') ?? [])].sort()).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('blocks plugins, base rewriting and framing, and names no remote origin', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('has no inline script or inline event handler for the CSP to block', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('is the same policy the main process sends as a header', () => {
    expect(csp).toBe(APP_CSP);
  });
});
