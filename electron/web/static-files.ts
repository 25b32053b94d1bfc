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
 * Maps a raw request path (before any normalisation, query already removed) to a file in `rootDir`.
 * Refuses malformed escapes, NUL bytes, backslashes and any path that resolves outside the root, also
 * through a symbolic link. `/` and folders map to their index.html.
 */
export async function lookupStatic(rootDir: string, rawPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' };
  const root = resolve(rootDir);
  const target = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (!target.startsWith(root + sep)) return { kind: 'refused' };
  if (await isFileInside(root, target)) return { kind: 'file', file: target };
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
