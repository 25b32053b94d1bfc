import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { errnoCode, writeFailed } from './export-error';

/** Writes bytes to a new file and makes them durable (fsync); fails if the file exists. Replaceable in tests. */
export type WriteNewFile = (path: string, bytes: Uint8Array) => Promise<void>;

/** The real WriteNewFile: exclusive create, write, fsync, close. */
export async function writeNewFile(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/**
 * Writes `bytes` to `target` without ever leaving a half-written file: first a temporary file in the same folder,
 * fsynced, then renamed over the target (an existing file is replaced only once the new one is complete).
 * Throws ExportError WRITE_FAILED naming the target and the reason; the temporary file is removed.
 */
export async function replaceFileAtomic(target: string, bytes: Uint8Array, write: WriteNewFile = writeNewFile): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await write(temp, bytes);
    await rename(temp, target);
  } catch (error) {
    await removeQuietly(temp);
    throw writeFailed(target, error);
  }
}

/** `name` with " (2)", " (3)" … before its extension. */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name;
  const ext = extname(name);
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
}

/**
 * Writes `bytes` as a new file named `name` in `folder` (created if missing), never overwriting: when the name
 * is taken, "name (2).ext", "name (3).ext" … The data goes to a fsynced temporary file first and is then
 * hard-linked to the free name (an atomic, non-replacing step), so no reader ever sees a partial file.
 * Returns the path written. Throws ExportError WRITE_FAILED naming the path and the reason.
 */
export async function writeUniqueFile(folder: string, name: string, bytes: Uint8Array, write: WriteNewFile = writeNewFile): Promise<string> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw writeFailed(folder, error);
  }
  const first = join(folder, name);
  const temp = tempPathFor(first);
  try {
    await write(temp, bytes);
  } catch (error) {
    await removeQuietly(temp);
    throw writeFailed(first, error);
  }
  try {
    for (let n = 1; n <= 10_000; n += 1) {
      const candidate = join(folder, numberedName(name, n));
      try {
        await link(temp, candidate);
        return candidate;
      } catch (error) {
        const code = errnoCode(error);
        if (code === 'EEXIST') continue;
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return await renameIfFree(temp, folder, name);
        throw writeFailed(candidate, error);
      }
    }
    throw writeFailed(first, Object.assign(new Error('no free file name'), { code: 'EEXIST' }));
  } finally {
    await removeQuietly(temp);
  }
}

/** For file systems without hard links: rename to the first free name found by exclusive placeholder creation. */
async function renameIfFree(temp: string, folder: string, name: string): Promise<string> {
  for (let n = 1; n <= 10_000; n += 1) {
    const candidate = join(folder, numberedName(name, n));
    try {
      const placeholder = await open(candidate, 'wx');
      await placeholder.close();
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') continue;
      throw writeFailed(candidate, error);
    }
    try {
      await rename(temp, candidate);
      return candidate;
    } catch (error) {
      await removeQuietly(candidate);
      throw writeFailed(candidate, error);
    }
  }
  throw writeFailed(join(folder, name), Object.assign(new Error('no free file name'), { code: 'EEXIST' }));
}
