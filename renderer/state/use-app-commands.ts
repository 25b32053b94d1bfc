import { useEffect, useRef } from 'react';
import { onMenuCommand } from '../api/client';
import { commandForKey, editsText } from '../lib/shortcuts';
import type { Workbench } from './use-workbench';

/**
 * Wires the workbench to the keyboard and the native menu: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo (left to
 * a text field while one is focused, so typing can be undone there), and the menu's undo, redo, new scenario and
 * language commands. Unexpected promise failures anywhere become a notice instead of a silent or blank window.
 */
export function useAppCommands(wb: Workbench, onNewScenario: () => void): void {
  const latest = useRef({ wb, onNewScenario });
  latest.current = { wb, onNewScenario };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (command === null || editsText(e.target)) return;
      e.preventDefault();
      const w = latest.current.wb;
      if (command === 'undo' && w.canUndo) w.undo();
      if (command === 'redo' && w.canRedo) w.redo();
    };
    const onRejection = (e: PromiseRejectionEvent) => {
      e.preventDefault();
      latest.current.wb.report(e.reason);
    };
    const onError = (e: ErrorEvent) => latest.current.wb.report(e.error);
    window.addEventListener('keydown', onKey);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    const unsubscribe = onMenuCommand((command) => {
      const w = latest.current.wb;
      if (command === 'edit:undo') w.undo();
      else if (command === 'edit:redo') w.redo();
      else if (command === 'scenario:new') latest.current.onNewScenario();
      else if (command === 'view:language') w.setLanguage(w.lang === 'en' ? 'zh-CN' : 'en');
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
      unsubscribe();
    };
  }, []);
}
