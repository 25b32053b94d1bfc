import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportError } from '../../../electron/export/export-error';
import { numberedName, replaceFileAtomic, writeUniqueFile, type WriteNewFile } from '../../../electron/export/write-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tuiyan-export-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A write that puts half the bytes on disk and then fails like a full disk. */
const diskFullHalfway: WriteNewFile = async (path, data) => {
  const handle = await open(path, 'wx');
  await handle.writeFile(data.subarray(0, Math.floor(data.length / 2)));
  await handle.close();
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

async function failure(promise: Promise<unknown>): Promise<ExportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExportError) return error;
    throw error;
  }
  throw new Error('expected the write to fail');
}

describe('writeUniqueFile (web host exports folder)', () => {
  it('creates the folder, writes the file and never overwrites: a taken name gets " (2)", " (3)"', async () => {
    const folder = join(dir, 'exports');
    const a = await writeUniqueFile(folder, '推演台-汇总.csv', bytes('一'));
    const b = await writeUniqueFile(folder, '推演台-汇总.csv', bytes('二'));
    const c = await writeUniqueFile(folder, '推演台-汇总.csv', bytes('三'));
    expect([a, b, c]).toEqual([join(folder, '推演台-汇总.csv'), join(folder, '推演台-汇总 (2).csv'), join(folder, '推演台-汇总 (3).csv')]);
    expect([a, b, c].map((p) => readFileSync(p, 'utf8'))).toEqual(['一', '二', '三']);
    expect(readdirSync(folder).sort()).toEqual(['推演台-汇总 (2).csv', '推演台-汇总 (3).csv', '推演台-汇总.csv']);
  });

  it('numbers names before the extension', () => {
    expect(numberedName('a.b.png', 1)).toBe('a.b.png');
    expect(numberedName('a.b.png', 4)).toBe('a.b (4).png');
    expect(numberedName('noext', 2)).toBe('noext (2)');
  });

  it('a folder that cannot exist (a file is in the way) → WRITE_FAILED naming the folder and the reason', async () => {
    writeFileSync(join(dir, 'blocker'), 'x');
    const error = await failure(writeUniqueFile(join(dir, 'blocker', 'exports'), 'a.png', bytes('x')));
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toContain(join(dir, 'blocker', 'exports'));
    expect(error.message).toMatch(/ENOTDIR|EEXIST/);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it('a folder without write permission → WRITE_FAILED "permission denied (EACCES)"', async () => {
    const isRoot = process.getuid?.() === 0;
    const folder = isRoot ? '/sys' : join(dir, 'locked');
    if (!isRoot) {
      await writeUniqueFile(folder, 'first.txt', bytes('x'));
      chmodSync(folder, 0o555);
    }
    const error = await failure(writeUniqueFile(folder, 'tuiyan-export-test.png', bytes('x')));
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toContain(join(folder, 'tuiyan-export-test.png'));
    expect(error.message).toContain('没有写入权限');
    expect(error.message).toContain('EACCES');
    if (!isRoot) chmodSync(folder, 0o755);
  });

  it('a disk that fills up mid-write → WRITE_FAILED "disk full (ENOSPC)", and no partial or temporary file is left', async () => {
    const folder = join(dir, 'exports');
    const error = await failure(writeUniqueFile(folder, 'big.png', bytes('0123456789'), diskFullHalfway));
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toContain(join(folder, 'big.png'));
    expect(error.message).toContain('磁盘空间不足');
    expect(error.message).toContain('the disk is full (ENOSPC)');
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('replaceFileAtomic (desktop save dialog)', () => {
  it('replaces the chosen file with the complete new content', async () => {
    const target = join(dir, 'report.pdf');
    writeFileSync(target, 'old');
    await replaceFileAtomic(target, bytes('new content'));
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('a failed write leaves the existing file untouched and no temporary file behind', async () => {
    const target = join(dir, 'report.pdf');
    writeFileSync(target, 'the old report');
    const error = await failure(replaceFileAtomic(target, bytes('a new report'), diskFullHalfway));
    expect(error).toMatchObject({ code: 'WRITE_FAILED', path: target });
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('a missing folder → WRITE_FAILED "the folder does not exist (ENOENT)"', async () => {
    const target = join(dir, 'gone', 'x.csv');
    const error = await failure(replaceFileAtomic(target, bytes('x')));
    expect(error.message).toContain(target);
    expect(error.message).toContain('ENOENT');
    expect(error.message).toContain('文件夹不存在');
  });
});
