/** The file kinds Tuiyan exports, by extension. */
export const EXPORT_KINDS = ['png', 'svg', 'pdf', 'csv', 'xlsx', 'json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Longest file name Tuiyan suggests, in characters (well under every file system's 255 bytes for CJK text). */
export const MAX_FILE_NAME = 80;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * One part of a file name made safe on Windows, macOS and Linux: path separators, reserved characters
 * (\ / : * ? " < > |) and control characters become "_", runs of spaces and underscores shrink to one, and
 * leading/trailing dots, spaces and underscores go. Empty parts stay empty.
 */
export function safeNamePart(part: string): string {
  return [...part.normalize('NFC')]
    .map((ch) => ((ch.codePointAt(0) ?? 0) < 0x20 || (ch.codePointAt(0) ?? 0) === 0x7f || /[\\/:*?"<>|]/.test(ch) ? '_' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/_+/g, '_')
    .replace(/^[\s._]+|[\s._]+$/g, '');
}

/**
 * A suggested file name from parts joined with "-" (e.g. ["推演台", "减税降费", "财税总收入", "2026-11-23"] and
 * "png" → "推演台-减税降费-财税总收入-2026-11-23.png"): every part made safe, empty parts dropped, the stem cut
 * to fit MAX_FILE_NAME with the extension, and Windows device names (CON, NUL …) prefixed with "_".
 */
export function exportFileName(parts: readonly string[], kind: ExportKind): string {
  const stem = parts.map(safeNamePart).filter((p) => p !== '').join('-') || 'tuiyan';
  const room = MAX_FILE_NAME - kind.length - 1;
  const cut = [...stem].slice(0, room).join('').replace(/[\s.\-_]+$/, '') || 'tuiyan';
  const safe = WINDOWS_RESERVED.test(cut) ? `_${cut}` : cut;
  return `${safe}.${kind}`;
}

/** True when `name` is a plain file name Tuiyan may write: no folder part, no reserved characters, not hidden, with the kind's extension. */
export function isSafeFileName(name: string, kind: ExportKind): boolean {
  if (name.length === 0 || name.length > 200 || !name.toLowerCase().endsWith(`.${kind}`)) return false;
  if (name.startsWith('.') || name.includes('..')) return false;
  const stem = name.slice(0, -(kind.length + 1));
  return stem !== '' && safeNamePart(stem) === stem && !WINDOWS_RESERVED.test(stem);
}
