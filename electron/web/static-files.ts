import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { mimeType } from './mime-types';

/** What a request path maps to: a file inside the root, a refusal (leaves the root, bad escape), or nothing. */
export type StaticLookup = { kind: 'file'; file: string } | { kind: 'refused' } | { kind: 'missing' };

async function isFileInside(root: string, file: string): Promise<boolean> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    return realFile.startsWith(realRoot + sep) && (await stat(realFile)).isFile();
  } catch {
    return false;
  }
}

/**
 * The absolute path inside `rootDir` that a raw URL path (still percent-encoded, query removed) names, or null
 * for a malformed escape, a NUL byte, a backslash or a path that resolves outside the root. A trailing `/`
 * means its index.html. Pure string work: the web host and the app:// protocol both map URLs through it.
 */
export function resolveUrlPath(rootDir: string, rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = resolve(rootDir);
  const target = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return target.startsWith(root + sep) ? target : null;
}

/**
 * Maps a raw request path (before any normalisation, query already removed) to a file in `rootDir` with
 * resolveUrlPath, then refuses a file that leaves the root through a symbolic link.
 */
export async function lookupStatic(rootDir: string, rawPath: string): Promise<StaticLookup> {
  const target = resolveUrlPath(rootDir, rawPath);
  if (target === null) return { kind: 'refused' };
  if (await isFileInside(resolve(rootDir), target)) return { kind: 'file', file: target };
  return { kind: 'missing' };
}

/** True for a path that names a page route rather than an asset (no extension, or .html): these fall back to index.html. */
export function isPageRoute(rawPath: string): boolean {
  const ext = extname(rawPath);
  return ext === '' || ext === '.html';
}

/** Sends one file (built assets are a few MB at most) with its MIME type and the given extra headers; HEAD gets the headers only. */
export async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, headers: Record<string, string>): Promise<void> {
  const body = await readFile(file);
  res.writeHead(200, { ...headers, 'Content-Type': mimeType(file), 'Content-Length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
