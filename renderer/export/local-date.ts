/** A date as YYYY-MM-DD in the computer's own time zone (what a presenter calls "today"), for file names and footnotes. */
export function localDateStamp(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
