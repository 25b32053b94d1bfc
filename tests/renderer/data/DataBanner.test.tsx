// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataBanner } from '../../../renderer/components/data/DataBanner';
import { createI18n } from '../../../renderer/i18n/setup';
import type { DataBanner as Banner } from '../../../renderer/lib/data-notice';

afterEach(cleanup);

function show(banner: Banner | null, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const events = { onRestoreLatest: vi.fn(), onClose: vi.fn() };
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <DataBanner banner={banner} {...events} />
    </I18nextProvider>,
  );
  return events;
}

describe('DataBanner', () => {
  it('shows nothing without a notice', () => {
    show(null);
    expect(screen.queryByTestId('data-banner')).toBeNull();
  });

  it('a damaged file without backups: an alert saying where it went and that there is nothing to restore', () => {
    const events = show({ kind: 'recovered', movedTo: '/d/tuiyan.db.damaged-2024', reason: 'bad header', latest: null });
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('数据文件已损坏，已移至 /d/tuiyan.db.damaged-2024（原因：bad header）');
    expect(banner.textContent).toContain('没有可用的备份');
    expect(screen.queryByTestId('data-banner-restore')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(events.onClose).toHaveBeenCalledTimes(1);
  });

  it('a damaged file with a backup offers exactly that backup', () => {
    const latest = { name: 'backup-2024-03-05T01-02-03-456Z-auto.sqlite', createdAt: '2024-03-05T01:02:03.456Z', bytes: 8192 };
    const events = show({ kind: 'recovered', movedTo: '/d/x', reason: 'r', latest });
    fireEvent.click(screen.getByRole('button', { name: '恢复最近的备份…' }));
    expect(events.onRestoreLatest).toHaveBeenCalledWith(latest);
  });

  it('an upgrade is a quiet status naming the pre-upgrade backup, in either language', () => {
    show({ kind: 'migrated', backupPath: '/d/backups/b-pre-migration.sqlite' }, 'en');
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('The data was upgraded to this version’s format. The data from before the upgrade was backed up to /d/backups/b-pre-migration.sqlite.');
    cleanup();
    show({ kind: 'migrated', backupPath: null });
    expect(screen.getByRole('status').textContent).toContain('数据已升级为当前版本的格式。');
  });
});
