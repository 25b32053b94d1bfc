/** One slide of present mode: the gap summary, one indicator's chart, or the comparison of one indicator. */
export type Slide = { kind: 'summary' } | { kind: 'indicator'; id: string } | { kind: 'compare'; id: string };

/**
 * The slides in order: the gap summary, then every indicator's chart (in the order given, lead indicators
 * first), then the comparison of each lead indicator when scenarios are compared.
 */
export function buildSlides(indicatorIds: readonly string[], compareIds: readonly string[]): Slide[] {
  return [
    { kind: 'summary' },
    ...indicatorIds.map((id): Slide => ({ kind: 'indicator', id })),
    ...compareIds.map((id): Slide => ({ kind: 'compare', id })),
  ];
}

/** The key that turns to the next (+1) or previous (−1) slide, jumps to the first/last, or exits; null for other keys. */
export function slideKey(key: string): 1 | -1 | 'first' | 'last' | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 1;
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return -1;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The slide index after a move, kept within 0 … count − 1. */
export function moveSlide(index: number, move: 1 | -1 | 'first' | 'last', count: number): number {
  if (move === 'first') return 0;
  if (move === 'last') return Math.max(0, count - 1);
  return Math.min(Math.max(0, index + move), Math.max(0, count - 1));
}
