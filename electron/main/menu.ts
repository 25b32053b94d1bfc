import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/api/settings';
import type { MenuCommand } from '../../shared/api/types';

/** What the menu needs to know: the UI language, dev mode (reload/devtools), macOS layout, and how to send a command. */
export interface MenuOptions {
  language: Language | undefined;
  isDev: boolean;
  isMac: boolean;
  send: (command: MenuCommand) => void;
}

const LABELS = {
  'zh-CN': {
    app: '推演台',
    file: '文件',
    newScenario: '新建方案',
    export: '导出…',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    otherLanguage: 'English',
    window: '窗口',
    minimize: '最小化',
    about: '关于推演台',
    hide: '隐藏推演台',
  },
  en: {
    app: 'Tuiyan',
    file: 'File',
    newScenario: 'New Scenario',
    export: 'Export…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    otherLanguage: '中文',
    window: 'Window',
    minimize: 'Minimize',
    about: 'About Tuiyan',
    hide: 'Hide Tuiyan',
  },
} satisfies Record<Language, Record<string, string>>;

/**
 * The native menu as a template, in Chinese unless the language is 'en'. App commands (new, undo, redo,
 * export, language switch) are sent to the window as MenuCommands; clipboard, zoom and full screen use
 * Electron roles. Reload and devtools appear only in development.
 */
export function menuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[opts.language === 'en' ? 'en' : 'zh-CN'];
  const send = (command: MenuCommand) => () => opts.send(command);
  const quit: MenuItemConstructorOptions = { label: t.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' };

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { id: 'scenario:new', label: t.newScenario, accelerator: 'CmdOrCtrl+N', click: send('scenario:new') },
      { id: 'file:export', label: t.export, accelerator: 'CmdOrCtrl+E', click: send('file:export') },
      ...(opts.isMac ? [] : [{ type: 'separator' } satisfies MenuItemConstructorOptions, quit]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { id: 'edit:undo', label: t.undo, accelerator: 'CmdOrCtrl+Z', click: send('edit:undo') },
      { id: 'edit:redo', label: t.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: send('edit:redo') },
      {
        id: 'edit:redo-alt',
        label: t.redo,
        accelerator: 'CmdOrCtrl+Y',
        visible: false,
        acceleratorWorksWhenHidden: true,
        click: send('edit:redo'),
      },
      { type: 'separator' },
      { label: t.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: t.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: t.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: t.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = opts.isDev
    ? [
        { label: t.reload, role: 'reload', accelerator: 'CmdOrCtrl+R' },
        { label: t.devTools, role: 'toggleDevTools', accelerator: opts.isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' },
        { type: 'separator' },
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...devItems,
      { label: t.resetZoom, role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { label: t.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { label: t.zoomOut, role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { type: 'separator' },
      { label: t.fullScreen, role: 'togglefullscreen', accelerator: opts.isMac ? 'Ctrl+Cmd+F' : 'F11' },
      { type: 'separator' },
      { id: 'view:language', label: t.otherLanguage, click: send('view:language') },
    ],
  };

  if (!opts.isMac) return [file, edit, view];
  const appMenu: MenuItemConstructorOptions = {
    label: t.app,
    submenu: [{ label: t.about, role: 'about' }, { type: 'separator' }, { label: t.hide, role: 'hide' }, { type: 'separator' }, quit],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [{ label: t.minimize, role: 'minimize', accelerator: 'Cmd+M' }],
  };
  return [appMenu, file, edit, view, windowMenu];
}
