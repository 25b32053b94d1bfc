import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * Dev server only: the React Refresh preamble is an inline module script, which the page's CSP meta
 * (`script-src 'self'`) blocks. This adds the sha256 of each inline script the dev server emits to
 * `script-src`, so exactly those scripts run. Built pages have no inline script and are left untouched.
 */
function devInlineScriptHashes(): Plugin {
  return {
    name: 'tuiyan:dev-inline-script-hashes',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
          (match) => `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`,
        );
        if (hashes.length === 0) return html;
        return html.replace(/(script-src 'self')/, `$1 ${hashes.join(' ')}`);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'electron/main/index.ts') },
      // Bundle every pure-JS dependency into main; only the native module stays outside (electron and
      // Node built-ins are external by electron-vite's preset).
      externalizeDeps: false,
      rolldownOptions: { external: ['electron', 'better-sqlite3'] },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot load ES modules or other files: one self-contained CommonJS file.
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      externalizeDeps: false,
      rolldownOptions: { external: ['electron'] },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devInlineScriptHashes()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 6000,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
