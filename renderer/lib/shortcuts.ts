/** The keyboard fields a shortcut depends on (a KeyboardEvent has them all). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A workbench-wide command a shortcut or the application menu can trigger. */
export type Command = 'undo' | 'redo';

/**
 * The command a key press asks for: Ctrl+Z (⌘Z) undo; Ctrl+Shift+Z and Ctrl+Y redo. Null for anything else,
 * including Alt combinations (left to the system).
 */
export function commandForKey(e: KeyLike): Command | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * True when the focused element edits free text (a text field or text area), where Ctrl+Z should undo typing
 * in that field rather than a scenario change.
 */
export function editsText(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return target.type === 'text' || target.type === 'search';
  return target.isContentEditable;
}
