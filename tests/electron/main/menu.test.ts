import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../shared/api/types';

vi.mock('electron', () => ({}));

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(overrides: Partial<MenuOptions> = {}): { template: MenuItemConstructorOptions[]; sent: MenuCommand[] } {
  const sent: MenuCommand[] = [];
  const template = menuTemplate({ language: undefined, isDev: false, isMac: false, send: (c) => sent.push(c), ...overrides });
  return { template, sent };
}

function byLabel(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return items(template).filter((item) => item.label === label);
}

describe('native menu', () => {
  it('is in Chinese by default, with the usual shortcuts', () => {
    const { template } = build();
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图']);
    const shortcut = (label: string) => byLabel(template, label).map((i) => i.accelerator);
    expect(shortcut('新建方案')).toEqual(['CmdOrCtrl+N']);
    expect(shortcut('撤销')).toEqual(['CmdOrCtrl+Z']);
    expect(shortcut('重做')).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y']);
    expect(shortcut('导出…')).toEqual(['CmdOrCtrl+E']);
    expect(shortcut('退出')).toEqual(['CmdOrCtrl+Q']);
    expect(byLabel(template, '剪切')[0]?.role).toBe('cut');
    expect(byLabel(template, '复制')[0]?.role).toBe('copy');
    expect(byLabel(template, '粘贴')[0]?.role).toBe('paste');
    expect(byLabel(template, '全选')[0]?.role).toBe('selectAll');
    expect(byLabel(template, '全屏')[0]?.role).toBe('togglefullscreen');
    expect(byLabel(template, '放大')[0]?.role).toBe('zoomIn');
    expect(byLabel(template, '缩小')[0]?.role).toBe('zoomOut');
    expect(byLabel(template, '退出')[0]?.role).toBe('quit');
  });

  it('is in Chinese for zh-CN and in English for en', () => {
    expect(build({ language: 'zh-CN' }).template.map((m) => m.label)).toEqual(['文件', '编辑', '视图']);
    const { template } = build({ language: 'en' });
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View']);
    expect(byLabel(template, 'New Scenario')[0]?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel(template, 'Undo')[0]?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel(template, 'Redo').map((i) => i.accelerator)).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y']);
    expect(byLabel(template, 'Export…')[0]?.accelerator).toBe('CmdOrCtrl+E');
    expect(byLabel(template, 'Quit')[0]?.accelerator).toBe('CmdOrCtrl+Q');
    expect(items(template).some((i) => /[\u4e00-\u9fff]/.test(i.label ?? '') && i.label !== '中文')).toBe(false);
  });

  it('sends one MenuCommand per app item', () => {
    const { template, sent } = build();
    const click = (label: string, index = 0) => {
      const item = byLabel(template, label)[index];
      (item?.click as (() => void) | undefined)?.();
    };
    click('新建方案');
    click('撤销');
    click('重做');
    click('重做', 1);
    click('导出…');
    click('English');
    expect(sent).toEqual(['scenario:new', 'edit:undo', 'edit:redo', 'edit:redo', 'file:export', 'view:language']);
  });

  it('offers reload and devtools only in development', () => {
    const roles = (t: MenuItemConstructorOptions[]) => items(t).map((i) => i.role);
    expect(roles(build().template)).not.toContain('reload');
    expect(roles(build().template)).not.toContain('toggleDevTools');
    expect(roles(build({ isDev: true }).template)).toContain('reload');
    expect(roles(build({ isDev: true }).template)).toContain('toggleDevTools');
  });

  it('on macOS puts Quit in the app menu only, so Cmd+Q is bound once', () => {
    const { template } = build({ isMac: true });
    expect(template[0]?.label).toBe('推演台');
    const quits = items(template).filter((i) => i.role === 'quit');
    expect(quits).toHaveLength(1);
    const accelerators = items(template).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('binds no accelerator twice', () => {
    for (const opts of [{}, { isDev: true }, { language: 'en' as const }]) {
      const accelerators = items(build(opts).template).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});
