import { existsSync, renameSync } from 'node:fs';
import { fileStamp } from './file-stamps';
import { SIDE_FILES } from './file-inspection';
import { StoreError } from './store-types';

/**
 * Moves a damaged database (and its -wal/-shm/-journal, which must never be paired with a new file) aside to
 * `<name>.damaged-<timestamp>`; a name already taken gets a `-2`, `-3`… suffix, so nothing is ever overwritten
 * or deleted. Returns the new path of the main file (which may not exist if only side files were left).
 */
export function moveAside(path: string, at: Date): string {
  const base = `${path}.damaged-${fileStamp(at)}`;
  let target = base;
  for (let n = 2; [target, ...SIDE_FILES.map((s) => `${target}${s}`)].some((p) => existsSync(p)); n += 1) {
    target = `${base}-${String(n)}`;
  }
  try {
    for (const suffix of SIDE_FILES) {
      if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${target}${suffix}`);
    }
    if (existsSync(path)) renameSync(path, target);
  } catch {
    throw new StoreError('IO', `The damaged database ${path} could not be moved aside; close other programs using it and retry.`);
  }
  return target;
}
