/** Why an export failed: the file could not be written, the feature is not available here, or the data was unusable. */
export type ExportErrorCode = 'WRITE_FAILED' | 'NOT_SUPPORTED' | 'EXPORT_FAILED';

/**
 * Thrown by the export service and handlers; dispatch answers it as `{ code, message }` (the message names the
 * path and the reason in Chinese and English, never a stack trace).
 */
export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['操作不被允许', 'operation not permitted'],
  ENOSPC: ['磁盘空间不足', 'the disk is full'],
  EDQUOT: ['磁盘配额已满', 'disk quota exceeded'],
  ENOENT: ['文件夹不存在', 'the folder does not exist'],
  ENOTDIR: ['路径中有一部分不是文件夹', 'a part of the path is not a folder'],
  EISDIR: ['同名的文件夹已存在', 'a folder of that name exists'],
  EEXIST: ['同名的文件挡住了要建的文件夹', 'a file of that name is in the way of the folder'],
  EROFS: ['磁盘是只读的', 'the disk is read-only'],
  ENAMETOOLONG: ['文件名太长', 'the file name is too long'],
  EBUSY: ['文件正被其他程序使用', 'the file is in use'],
  EMFILE: ['打开的文件太多', 'too many open files'],
  EIO: ['磁盘读写错误', 'a disk input/output error'],
};

/** The errno code of a Node file-system error, or null. */
export function errnoCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' ? code : null;
}

/** A WRITE_FAILED error naming the path and the reason, e.g. "无法写入 /x/a.png：磁盘空间不足 (ENOSPC) / Could not write …". */
export function writeFailed(path: string, error: unknown): ExportError {
  const code = errnoCode(error);
  const [zh, en] = (code ? REASONS[code] : undefined) ?? ['写入出错', error instanceof Error ? error.message.slice(0, 200) : 'unknown error'];
  const tag = code ? ` (${code})` : '';
  return new ExportError('WRITE_FAILED', `无法写入 ${path}：${zh}${tag}。文件未保存，原有文件未改动。/ Could not write ${path}: ${en}${tag}. Nothing was saved or changed.`, path);
}
