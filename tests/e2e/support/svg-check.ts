import type { Page } from 'playwright-core';

/** The layout of a drawn chart: the problems found, and how many texts (annotations, legend entries) were checked. */
export interface LayoutCheck {
  problems: string[];
  texts: number;
}

/**
 * Layout of a drawn Plotly chart inside `selector`, found from the rendered boxes in the page: a text (title,
 * subtitle, footnote, point label, legend entry) outside the canvas, two of them overlapping, one over a tick label,
 * the legend or the headings over the plot area, or a line of the plot running through a text. A chart with fewer
 * than two annotations, no legend or no plot area is itself a problem (there would be nothing to check).
 */
export async function layoutCheck(page: Page, selector: string): Promise<LayoutCheck> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return { problems: [`no ${sel}`], texts: 0 };
    const canvas = root.getBoundingClientRect();
    type Box = { name: string; r: DOMRect };
    const boxes = (query: string, name: (el: Element) => string): Box[] =>
      [...root.querySelectorAll(query)].map((el) => ({ name: name(el), r: el.getBoundingClientRect() })).filter((b) => b.r.width > 0 && b.r.height > 0);
    const label = (el: Element) => (el.textContent ?? '').slice(0, 24);
    const texts = [...boxes('g.annotation', (el) => `annotation "${label(el)}"`), ...boxes('g.legend g.traces', (el) => `legend "${label(el)}"`)];
    const ticks = boxes('g.xtick text, g.ytick text, g.y2tick text', (el) => `tick "${label(el)}"`);
    const grid = boxes('g.gridlayer', () => 'plot area');
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const problems: string[] = [];
    if (texts.filter((t) => t.name.startsWith('annotation')).length < 2 || !texts.some((t) => t.name.startsWith('legend')) || grid.length === 0) {
      problems.push(`nothing to check in ${sel}: ${texts.length} texts, ${grid.length} plot areas`);
    }
    for (const t of texts) {
      if (t.r.left < canvas.left - 1 || t.r.right > canvas.right + 1 || t.r.top < canvas.top - 1 || t.r.bottom > canvas.bottom + 1) problems.push(`${t.name} is cut at the edge`);
    }
    texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => hit(a.r, b.r) && problems.push(`${a.name} overlaps ${b.name}`)));
    for (const t of texts) for (const k of ticks) if (hit(t.r, k.r)) problems.push(`${t.name} overlaps ${k.name}`);
    for (const t of texts.filter((x) => x.name.startsWith('legend') || x.r.bottom <= (grid[0]?.r.top ?? 0) + 2 || x.r.top >= (grid[0]?.r.bottom ?? 0) - 2)) {
      for (const g of grid) if (hit(t.r, g.r)) problems.push(`${t.name} overlaps the plot area`);
    }
    for (const path of root.querySelectorAll<SVGPathElement>('.scatterlayer path.js-line')) {
      const matrix = path.getScreenCTM();
      if (!matrix) continue;
      const length = path.getTotalLength();
      for (let d = 0; d <= length; d += 2) {
        const p = new DOMPoint(path.getPointAtLength(d).x, path.getPointAtLength(d).y).matrixTransform(matrix);
        const inside = texts.find((t) => p.x > t.r.left + 1 && p.x < t.r.right - 1 && p.y > t.r.top + 1 && p.y < t.r.bottom - 1);
        if (inside) {
          problems.push(`a line runs through ${inside.name}`);
          break;
        }
      }
    }
    return { problems: [...new Set(problems)], texts: texts.length };
  }, selector);
}

/** The layout problems of a drawn Plotly chart inside `selector` (see layoutCheck); empty when it lays out cleanly. */
export async function layoutProblems(page: Page, selector: string): Promise<string[]> {
  return (await layoutCheck(page, selector)).problems;
}

/** What an exported SVG file holds, and how it lays out when drawn in the page at its own size. */
export interface SvgCheck extends LayoutCheck {
  /** How many parser errors: 0 when the file is well-formed. */
  error: number;
  tag: string;
  width: string | null;
  height: string | null;
  /** Each text element's whole text, no-break spaces read as spaces. */
  textContents: string[];
  /** Each line of text (a multi-line text's lines apart), no-break spaces read as spaces. */
  lines: string[];
}

/**
 * Parses an exported SVG in the page (tag, size, texts and their lines), then draws it there above the app at its
 * own size and runs layoutCheck on it before removing it again.
 */
export async function checkExportedSvg(page: Page, svg: string): Promise<SvgCheck> {
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const plain = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');
    const elements = [...doc.querySelectorAll('text')];
    const lines = elements.flatMap((t) => {
      const spans = [...t.querySelectorAll('tspan.line')];
      return (spans.length > 0 ? spans : [t]).map((x) => plain(x.textContent));
    });
    const holder = document.createElement('div');
    holder.id = 'svg-check';
    holder.style.cssText = 'position:absolute;left:0;top:0;z-index:2000;background:#fff';
    holder.innerHTML = text;
    document.body.append(holder);
    return {
      error: doc.getElementsByTagName('parsererror').length,
      tag: root.tagName,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      textContents: elements.map((t) => plain(t.textContent)),
      lines,
    };
  }, svg);
  try {
    return { ...parsed, ...(await layoutCheck(page, '#svg-check > svg')) };
  } finally {
    await page.evaluate(() => document.getElementById('svg-check')?.remove());
  }
}
