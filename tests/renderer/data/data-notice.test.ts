import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../renderer/api/api-failure';
import { createI18n } from '../../../renderer/i18n/setup';
import { dataErrorText } from '../../../renderer/lib/data-errors';
import { restoredBanner, startupBanner } from '../../../renderer/lib/data-notice';
import { asTranslate } from '../../../renderer/lib/translate';

const backup = { name: 'backup-2024-03-05T01-02-03-456Z-manual.sqlite', createdAt: '2024-03-05T01:02:03.456Z', bytes: 4096 };

describe('startupBanner', () => {
  it('says nothing for a database that opened as it was, or a brand-new one', () => {
    expect(startupBanner({ status: 'ok', migratedFrom: null, backupPath: null })).toBeNull();
    expect(startupBanner({ status: 'ok', migratedFrom: 0, backupPath: null })).toBeNull();
    expect(startupBanner({ status: 'ok', migratedFrom: null, backupPath: '/d/backups/auto.sqlite' })).toBeNull();
  });

  it('tells about an upgrade with the pre-upgrade backup, and about a damaged file with the latest backup', () => {
    expect(startupBanner({ status: 'ok', migratedFrom: 1, backupPath: '/d/backups/b.sqlite' })).toEqual({ kind: 'migrated', backupPath: '/d/backups/b.sqlite' });
    expect(startupBanner({ status: 'recovered', movedTo: '/d/tuiyan.db.damaged-x', reason: 'bad header', latestBackup: backup })).toEqual({
      kind: 'recovered',
      movedTo: '/d/tuiyan.db.damaged-x',
      reason: 'bad header',
      latest: backup,
    });
  });
});

describe('restoredBanner', () => {
  it('names the backup, and whether it was upgraded on the way', () => {
    expect(restoredBanner(backup, { status: 'ok', migratedFrom: null, backupPath: null })).toEqual({ kind: 'restored', backup, upgraded: false });
    expect(restoredBanner(backup, { status: 'ok', migratedFrom: 1, backupPath: '/d/b' })).toEqual({ kind: 'restored', backup, upgraded: true });
    expect(restoredBanner(backup, { status: 'recovered', movedTo: '/m', reason: 'r', latestBackup: null }).kind).toBe('recovered');
  });
});

describe('dataErrorText', () => {
  const zh = asTranslate(createI18n('zh-CN').t);
  const en = asTranslate(createI18n('en').t);

  it('words backup failures as backup failures, then the backend’s message', () => {
    const gone = new ApiFailure({ code: 'NOT_FOUND', message: 'The backup x does not exist.' });
    expect(dataErrorText(gone, zh)).toBe('找不到这份备份，可能已被删除。 The backup x does not exist.');
    expect(dataErrorText(gone, en)).toBe('The backup was not found; it may have been deleted. The backup x does not exist.');
    const busy = new ApiFailure({ code: 'CONFLICT', message: 'still open' });
    expect(dataErrorText(busy, zh)).toBe('数据文件正被其他窗口或程序使用，请关闭后重试。 still open');
  });

  it('names a refused field, reads unknown codes as backend errors and anything else as unexpected', () => {
    expect(dataErrorText(new ApiFailure({ code: 'INVALID_PAYLOAD', message: 'bad', path: 'name' }), zh)).toBe('请求被拒绝：（字段 name） bad');
    expect(dataErrorText(new ApiFailure({ code: 'WEIRD', message: 'm' }), en)).toBe('The backend returned an error: m');
    expect(dataErrorText(new Error('at x (y.js:1)'), en)).toBe('Something unexpected went wrong and the action did not finish. Please try again.');
  });
});
