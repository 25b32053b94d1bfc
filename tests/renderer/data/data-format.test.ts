import { describe, expect, it } from 'vitest';
import { backupKind, backupPath, formatBackupTime, formatBytes, newestFirst } from '../../../renderer/lib/data-format';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatBytes', () => {
  it('shows KB below one MB (1 KB = 1,024 bytes) and MB from there, always with the unit', () => {
    expect(nb(formatBytes(0, 'zh-CN'))).toBe('0.0 KB');
    expect(nb(formatBytes(1536, 'zh-CN'))).toBe('1.5 KB');
    expect(nb(formatBytes(69_632, 'en'))).toBe('68.0 KB');
    expect(nb(formatBytes(1_048_575, 'zh-CN'))).toBe('1,024.0 KB');
    expect(nb(formatBytes(1_048_576, 'zh-CN'))).toBe('1.00 MB');
    expect(nb(formatBytes(3 * 1_048_576 + 262_144, 'en'))).toBe('3.25 MB');
  });

  it('refuses sizes that cannot be', () => {
    expect(formatBytes(-1, 'zh-CN')).toBe('—');
    expect(formatBytes(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatBackupTime', () => {
  it('writes the instant as wall-clock time of the zone, to the second, 24-hour', () => {
    // 01:02:03 UTC is 09:02:03 in Shanghai (UTC+8) and 20:02:03 the day before in New York (UTC−5 in March before DST).
    expect(formatBackupTime('2024-03-05T01:02:03.456Z', 'zh-CN', 'Asia/Shanghai')).toBe('2024/03/05 09:02:03');
    expect(formatBackupTime('2024-03-05T01:02:03.456Z', 'en', 'America/New_York')).toBe('4 Mar 2024, 20:02:03');
    expect(formatBackupTime('2024-12-31T16:00:00.000Z', 'zh-CN', 'Asia/Shanghai')).toBe('2025/01/01 00:00:00');
  });

  it('shows an unreadable time as given', () => {
    expect(formatBackupTime('yesterday', 'zh-CN')).toBe('yesterday');
  });
});

describe('backup names and places', () => {
  it('reads the kind from the store’s file names', () => {
    expect(backupKind('backup-2024-03-05T01-02-03-456Z-manual.sqlite')).toBe('manual');
    expect(backupKind('backup-2024-03-05T01-02-03-456Z-auto-2.sqlite')).toBe('auto');
    expect(backupKind('backup-2024-03-05T01-02-03-456Z-pre-migration.sqlite')).toBe('pre-migration');
    expect(backupKind('backup-2024-03-05T01-02-03-456Z-pre-restore-12.sqlite')).toBe('pre-restore');
    expect(backupKind('notes.sqlite')).toBeNull();
  });

  it('names a backup file inside the backups folder with the folder’s own separator', () => {
    expect(backupPath('/home/a/.tuiyan/backups', 'backup-x-manual.sqlite')).toBe('/home/a/.tuiyan/backups/backup-x-manual.sqlite');
    expect(backupPath('D:\\d\\backups', 'b.sqlite')).toBe('D:\\d\\backups\\b.sqlite');
  });

  it('orders newest first', () => {
    const list = [
      { name: 'a', createdAt: '2024-01-01T00:00:00.000Z' },
      { name: 'c', createdAt: '2024-03-01T00:00:00.000Z' },
      { name: 'b', createdAt: '2024-02-01T00:00:00.000Z' },
    ];
    expect(newestFirst(list).map((b) => b.name)).toEqual(['c', 'b', 'a']);
    expect(list.map((b) => b.name)).toEqual(['a', 'c', 'b']);
  });
});
