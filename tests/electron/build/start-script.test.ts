import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './ensure-build';

describe('npm start without an Electron binary', () => {
  it('says so in one line, suggests npm run web, and exits non-zero without a stack trace', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_EXEC_PATH: join(ROOT, '.tmp', 'no-such-electron'), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Electron');
    expect(lines[0]).toContain('npm run web');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
