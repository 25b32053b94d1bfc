import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './ensure-build';

// electron-builder's own JSON schema (app-builder-lib/scheme.json) checks electron-builder.yml, so a typo or an
// option the installed version does not know fails here rather than at `npm run dist` time.

interface Validator {
  (data: unknown): boolean;
  errors?: unknown;
}

const require = createRequire(import.meta.url);
const yaml: { load(text: string): unknown } = require('js-yaml');
const Ajv: new (opts: { strict: boolean; allErrors: boolean }) => { compile(schema: unknown): Validator } = require('ajv');

const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : {};

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder', () => {
    const schema: unknown = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(config);
    expect(valid ? null : validate.errors).toBeNull();
  });

  it('packages the built app and unpacks the native SQLite module', () => {
    const c = record(config);
    expect(c['appId']).toBe('org.tuiyan.desktop');
    expect(c['productName']).toBe('推演台 Tuiyan');
    expect(c['files']).toContain('out/**');
    expect(c['asarUnpack']).toEqual(['node_modules/better-sqlite3/**']);
  });

  it('targets NSIS on Windows, DMG on macOS, AppImage and deb on Linux', () => {
    const c = record(config);
    expect(record(c['win'])['target']).toEqual(['nsis']);
    expect(record(c['mac'])['target']).toEqual(['dmg']);
    expect(record(c['linux'])['target']).toEqual(['AppImage', 'deb']);
  });
});
