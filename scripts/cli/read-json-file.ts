import { readFileSync } from 'node:fs';

/** A parsed JSON document, or one line saying why the file could not be read or parsed (with line:column). */
export type JsonRead = { ok: true; value: unknown } | { ok: false; message: string };

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Parses JSON text; on a syntax error says `file:line:column: invalid JSON: …` instead of throwing. */
export function parseJsonText(text: string, file: string): JsonRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const detail = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    const pos = /position (\d+)/.exec(raw);
    const lc = /\(line (\d+) column (\d+)\)/.exec(raw);
    let where = '';
    if (lc) where = `:${lc[1]}:${lc[2]}`;
    else if (pos) {
      const p = lineColumn(body, Number(pos[1]));
      where = `:${p.line}:${p.column}`;
    } else if (/end of JSON input/i.test(raw)) {
      const p = lineColumn(body, body.length);
      where = `:${p.line}:${p.column}`;
    }
    return { ok: false, message: `${file}${where}: invalid JSON: ${detail}` };
  }
}

function describeReadError(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? Reflect.get(e, 'code') : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, expected a JSON file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/** Reads and parses a JSON file; every failure (missing, unreadable, a directory, bad JSON) becomes one message line. */
export function readJsonFile(file: string): JsonRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, message: `${file}: cannot read: ${describeReadError(e)}` };
  }
  return parseJsonText(text, file);
}
