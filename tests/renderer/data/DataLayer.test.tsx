// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { mkdtempSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { openStore } from '../../../electron/db/open-store';
import type { Store } from '../../../electron/db/store-types';
import { createBridge } from '../../../shared/api/bridge';
import { channelSchemas } from '../../../shared/api/channel-schemas';
import type { SaveState } from '../../../renderer/components/SaveStatus';
import { DataLayer } from '../../../renderer/components/data/DataLayer';
import { createI18n } from '../../../renderer/i18n/setup';
import { useDataStatus } from '../../../renderer/state/use-data-status';
import { seedPlan } from '../seed';

/** The app version the handlers report; the dialog must show exactly this. */
const VERSION = '7.8.9-test';
const plan = seedPlan();
let root: string;
let store: Store;

/** A store on a fresh folder. */
function useStore(name: string): string {
  const dir = join(root, name);
  store = openStore({ path: join(dir, 'tuiyan.db'), plan });
  return dir;
}

/** A folder whose database held `scenario` and was backed up, then overwritten with bytes that are no database. */
function damagedStore(name: string, scenario: string): string {
  const dir = join(root, name);
  const before = openStore({ path: join(dir, 'tuiyan.db'), plan });
  before.createScenario({ name: scenario, scenario: { name: scenario } });
  before.backup();
  before.close();
  writeFileSync(join(dir, 'tuiyan.db'), Buffer.alloc(8192, 0x41));
  store = openStore({ path: join(dir, 'tuiyan.db'), plan });
  return dir;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tuiyan-data-ui-'));
  // The Electron path of renderer/api: window.api over the real handlers, answers copied as ipcRenderer would.
  const bridge = createBridge(async (channel, payload) => {
    const handlers = createHandlers({ store, appVersion: VERSION });
    const answer = structuredClone(await dispatch(handlers, channel, structuredClone(payload)));
    return answer.ok ? { ok: true, value: channelSchemas[channel].result.parse(answer.value) } : answer;
  }, () => () => undefined);
  Reflect.set(window, 'api', bridge);
});

afterEach(() => {
  cleanup();
  store.close();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function Harness({ onRestored, saveState, onSaveNow }: { onRestored: () => void; saveState: SaveState | null; onSaveNow: () => void }) {
  const data = useDataStatus(onRestored);
  return (
    <>
      <button type="button" onClick={() => data.openDialog()}>open</button>
      <DataLayer data={data} saveState={saveState} onSaveNow={onSaveNow} />
    </>
  );
}

function show(saveState: SaveState | null = 'saved', lang: 'zh-CN' | 'en' = 'zh-CN') {
  const events = { onRestored: vi.fn(), onSaveNow: vi.fn() };
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <Harness saveState={saveState} {...events} />
    </I18nextProvider>,
  );
  return events;
}

async function openDialog(): Promise<void> {
  fireEvent.click(screen.getByText('open'));
  await screen.findByTestId('data-dialog');
  await waitFor(() => expect(screen.queryByText('正在读取备份列表……')).toBeNull());
}

function backups(dir: string): string[] {
  return readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.sqlite'));
}

async function statusLine(): Promise<HTMLElement> {
  return waitFor(() => {
    const line = screen.getByTestId('data-status').querySelector('p');
    if (!line) throw new Error('no status line yet');
    return line;
  });
}

describe('data & backups dialog over the real store', () => {
  it('shows the data file, backs up (saying where) and restores after a confirmation', async () => {
    const dir = useStore('restore');
    const kept = store.createScenario({ name: '保留情景', scenario: { name: '保留情景' } });
    const events = show();
    await openDialog();
    await waitFor(() => expect(screen.getByTestId('data-path').textContent).toBe(join(dir, 'tuiyan.db')));
    expect(screen.getByTestId('data-backup-folder').textContent).toBe(join(dir, 'backups'));
    expect(screen.getByTestId('data-version').textContent).toBe(VERSION);
    expect(screen.getByTestId('data-no-backups')).toBeTruthy();

    fireEvent.click(screen.getByTestId('data-create'));
    const line = await statusLine();
    const [name = ''] = backups(dir);
    expect(line.textContent).toBe(`已备份到 ${join(dir, 'backups', name)}`);
    const row = await waitFor(() => screen.getByTestId('data-backups').querySelector(`tr[data-backup="${name}"]`));
    const bytes = statSync(join(dir, 'backups', name)).size;
    expect(row?.querySelector('[data-field="size"]')?.textContent).toBe(`${(bytes / 1024).toFixed(1)}\u00a0KB`);
    expect(row?.querySelector('[data-field="kind"]')?.textContent).toBe('手动');

    store.deleteScenario(kept.id);
    fireEvent.click(screen.getByRole('button', { name: /^恢复 .+ 的备份$/ }));
    const confirm = screen.getByTestId('data-confirm');
    expect(confirm.textContent).toContain(name);
    expect(confirm.textContent).toContain('推演台会先把当前数据另存为一份“恢复前”备份');
    expect(document.activeElement).toBe(screen.getByTestId('data-confirm-cancel'));
    fireEvent.click(screen.getByTestId('data-confirm-restore'));

    await waitFor(() => expect(events.onRestored).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('data-dialog')).toBeNull();
    const banner = screen.getByTestId('data-banner');
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.textContent).toContain(`（${name}）`);
    expect(store.listScenarios().map((s) => s.name)).toEqual(['保留情景']);
    expect(backups(dir).filter((n) => n.endsWith('-pre-restore.sqlite'))).toHaveLength(1);
  });

  it('a failed restore is reported in the dialog and changes nothing', async () => {
    const dir = useStore('missing');
    store.createScenario({ name: '现有情景', scenario: { name: '现有情景' } });
    const gone = store.backup();
    const events = show();
    await openDialog();
    unlinkSync(join(dir, 'backups', gone.name));
    fireEvent.click(screen.getByRole('button', { name: /^恢复 .+ 的备份$/ }));
    fireEvent.click(screen.getByTestId('data-confirm-restore'));
    const line = await statusLine();
    expect(line.className).toBe('data-error');
    expect(line.textContent).toMatch(/^恢复失败。找不到这份备份，可能已被删除。 .*does not exist/);
    expect(events.onRestored).not.toHaveBeenCalled();
    expect(screen.getByTestId('data-dialog')).toBeTruthy();
    expect(store.listScenarios().map((s) => s.name)).toEqual(['现有情景']);
    expect(backups(dir)).toEqual([]);
  });

  it('waits for unsaved edits before backing up or restoring', async () => {
    useStore('unsaved');
    store.createScenario({ name: 'x', scenario: { name: 'x' } });
    store.backup();
    const events = show('unsaved');
    await openDialog();
    expect(screen.getByTestId<HTMLButtonElement>('data-create').disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>('data-restore').disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '立即保存' }));
    expect(events.onSaveNow).toHaveBeenCalledTimes(1);
  });

  it('on a damaged data file: an alert naming where it went, and the latest backup offered with a confirmation', async () => {
    const dir = damagedStore('damaged', 'Before the damage');
    const moved = readdirSync(dir).filter((n) => n.startsWith('tuiyan.db.damaged-'));
    expect(moved).toHaveLength(1);
    const [latest = ''] = backups(dir);
    expect(store.listScenarios()).toEqual([]);
    const events = show('saved', 'en');
    const banner = await screen.findByTestId('data-banner');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain(`The data file was damaged and has been moved to ${join(dir, moved[0] ?? '')} (reason: `);
    expect(banner.textContent).toContain('You can restore the latest backup (');
    fireEvent.click(screen.getByTestId('data-banner-restore'));
    const confirm = await screen.findByTestId('data-confirm');
    expect(confirm.textContent).toContain(latest);
    expect(confirm.textContent).toContain('Before replacing it, Tuiyan saves the current data as a “before restore” backup');
    fireEvent.click(screen.getByTestId('data-confirm-restore'));
    await waitFor(() => expect(events.onRestored).toHaveBeenCalledTimes(1));
    expect(store.listScenarios().map((s) => s.name)).toEqual(['Before the damage']);
    expect(screen.getByTestId('data-banner').textContent).toContain(`(${latest})`);
  });
});
