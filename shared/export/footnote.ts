import { exportLabels, type ExportLang } from './export-labels';

/** What a chart's footnote says. `date` is passed in (YYYY-MM-DD), never read here; seed and paths only for stress runs. */
export interface FootnoteInput {
  scenarioName: string;
  date: string;
  /** Key assumptions, one phrase each (see keyAssumptions); empty means the plan's baseline. */
  assumptions: readonly string[];
  seed?: number | null;
  paths?: number | null;
  /** Source line, e.g. the plan's title; optional. */
  source?: string | null;
  lang: ExportLang;
}

/** Display width of a character in half-width units: CJK and full-width forms count 2, others 1. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1;
}

/** Display width of a text in half-width units (a CJK character is 2). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * Breaks a text into lines of at most `width` half-width units, preferring to break after a space or a
 * Chinese/ASCII separator (；，、; ,) and otherwise between any two characters. At most `maxLines` lines; a
 * cut text ends with "…".
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length && lines.length < maxLines) {
    let w = 0;
    let end = start;
    let lastBreak = -1;
    while (end < chars.length && w + charWidth(chars[end] ?? '') <= width) {
      w += charWidth(chars[end] ?? '');
      if (/[\s；，、;,|｜]/.test(chars[end] ?? '')) lastBreak = end + 1;
      end += 1;
    }
    if (end < chars.length && lastBreak > start) end = lastBreak;
    if (end === start) end = start + 1;
    lines.push(chars.slice(start, end).join('').trim());
    start = end;
  }
  if (start < chars.length && lines.length > 0) {
    const last = [...(lines[lines.length - 1] ?? '')];
    while (last.length > 0 && textWidth(last.join('')) + 1 > width) last.pop();
    lines[lines.length - 1] = `${last.join('').trimEnd()}…`;
  }
  return lines.filter((l) => l !== '');
}

/**
 * The footnote under an exported chart, as one text: scenario, export date, the key assumptions (or "plan
 * baseline"), the seed and path count when given (stress runs), and the source. Parts are joined with " ｜ "
 * (" | " in English).
 */
export function chartFootnote(input: FootnoteInput): string {
  const l = exportLabels(input.lang);
  const parts = [`${l.scenario}${l.colon}${input.scenarioName}`, `${l.exportedOn}${l.colon}${input.date}`];
  const assumptions = input.assumptions.length > 0 ? input.assumptions.join(l.separator) : l.planBaseline;
  parts.push(`${l.keyAssumptions}${l.colon}${assumptions}`);
  if (input.seed !== undefined && input.seed !== null) parts.push(`${l.seed} ${input.seed}`);
  if (input.paths !== undefined && input.paths !== null) parts.push(`${l.paths} ${input.paths.toLocaleString('en-US')}`);
  if (input.source) parts.push(input.source);
  return parts.join(l.partSeparator);
}

/** The footnote wrapped for a chart `width` half-width units wide, at most `maxLines` lines (see wrapText). */
export function chartFootnoteLines(input: FootnoteInput, width: number, maxLines: number): string[] {
  return wrapText(chartFootnote(input), width, maxLines);
}
