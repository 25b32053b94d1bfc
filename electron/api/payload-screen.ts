import { MAX_PAYLOAD_BYTES } from '../../shared/api/fields';
import type { ApiError } from '../../shared/api/types';

/** Deepest nesting a payload may have; a scenario file is about 6 levels deep. */
export const MAX_PAYLOAD_DEPTH = 32;

/** Most values (objects, arrays and leaves) one payload may hold; bounds the walk over shared references. */
export const MAX_PAYLOAD_NODES = 200_000;

/** The answer to a request larger than MAX_PAYLOAD_BYTES (2 MB) as JSON, from either transport. */
export const PAYLOAD_TOO_LARGE: ApiError = {
  code: 'PAYLOAD_TOO_LARGE',
  message: `the request is larger than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB`,
  path: '(root)',
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Joins a path into the dotted form used in errors; the payload itself is `(root)`. Long segments are cut. */
export function dottedPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((p) => {
    const s = String(p);
    return s.length > 60 ? `${s.slice(0, 60)}…` : s;
  }).join('.');
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks an untrusted payload before any schema sees it: JSON-like values only (no functions, class
 * instances, cycles), no prototype-pollution keys (`__proto__`, `constructor`, `prototype`, which zod would
 * silently drop from records), at most 32 levels and 200 000 values, and at most 2 MB as JSON.
 * Returns the first problem as an ApiError, or null when the payload may be parsed.
 */
export function screenPayload(raw: unknown): ApiError | null {
  let nodes = 0;
  const ancestors = new Set<object>();
  const invalid = (path: readonly PropertyKey[], message: string): ApiError => {
    const at = dottedPath(path);
    return { code: 'INVALID_PAYLOAD', message: `${at}: ${message}`, path: at };
  };
  const walk = (value: unknown, path: PropertyKey[]): ApiError | null => {
    nodes += 1;
    if (nodes > MAX_PAYLOAD_NODES) {
      return { code: 'PAYLOAD_TOO_LARGE', message: `the request holds more than ${MAX_PAYLOAD_NODES} values`, path: '(root)' };
    }
    if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
      return null;
    }
    if (typeof value !== 'object') return invalid(path, `expected JSON data, got a ${typeof value}`);
    if (path.length >= MAX_PAYLOAD_DEPTH) return invalid(path, `nested more than ${MAX_PAYLOAD_DEPTH} levels deep`);
    if (ancestors.has(value)) return invalid(path, 'refers to itself (a cycle)');
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainObject(value)) return invalid(path, 'expected a plain JSON object or array');
    ancestors.add(value);
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'symbol') return invalid(path, 'expected JSON data, got a symbol key');
      if (isArray && key === 'length') continue;
      if (FORBIDDEN_KEYS.has(key)) return invalid([...path, key], `the field name "${key}" is not allowed`);
      const problem = walk(Reflect.get(value, key), [...path, isArray ? Number(key) : key]);
      if (problem) return problem;
    }
    ancestors.delete(value);
    return null;
  };
  const problem = walk(raw, []);
  if (problem) return problem;
  const json = JSON.stringify(raw) ?? '';
  return Buffer.byteLength(json, 'utf8') > MAX_PAYLOAD_BYTES ? PAYLOAD_TOO_LARGE : null;
}
