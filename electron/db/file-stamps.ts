/** A file-name-safe UTC timestamp, e.g. 2024-03-05T14-07-09-123Z; sorts in time order as text. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** The inverse of fileStamp: the ISO-8601 instant a stamp stands for, or null when it is not one. */
export function parseFileStamp(stamp: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (!m) return null;
  const iso = `${m[1] ?? ''}T${m[2] ?? ''}:${m[3] ?? ''}:${m[4] ?? ''}.${m[5] ?? ''}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
