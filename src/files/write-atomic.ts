import { closeSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old content or the new, never
 * half of it: write a hidden temp file beside it, flush it, then rename over.
 * A crash before the rename leaves only the temp file, which readers skip.
 * Private (0600) unless told otherwise: saved answers are personal. With
 * `exclusive`, an existing file of that name is an error (EEXIST), not replaced.
 * `durable: false` skips the flush to disk (see writeCacheFile).
 */
export function writeFileAtomic(file: string, content: string, mode = 0o600, { exclusive = false, durable = true } = {}): void {
  // Unique enough to avoid a clash; the 'wx' flag below refuses to reuse an existing name anyway.
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const temp = join(dirname(file), `.${basename(file)}.${unique}.tmp`);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeFileSync(fd, content);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (exclusive) {
      // link() fails with EEXIST instead of replacing: a file of that name is never overwritten.
      linkSync(temp, file);
      rmSync(temp, { force: true });
    } else {
      renameSync(temp, file);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * For caches: atomic and readable by all, but not flushed to disk, which
 * costs milliseconds on every miss. After a power cut a cache may be lost
 * or damaged; every reader checks what it reads, so that costs only a rebuild.
 */
export const writeCacheFile = (file: string, content: string): void => writeFileAtomic(file, content, 0o644, { durable: false });

/** Whether a file name is one of writeFileAtomic's temp files. */
const isTemp = (name: string) => name.startsWith('.') && name.endsWith('.tmp');

/**
 * Removes temp files older than `maxAgeMs` from a folder: what a write
 * killed before its rename left behind (for a saved run, a copy of the
 * user's answers). A write takes milliseconds, so a temp file that old
 * belongs to no write still under way.
 */
export function removeStaleTemps(folder: string, maxAgeMs: number, now = Date.now()): void {
  for (const name of readdirSync(folder).filter(isTemp)) {
    const file = join(folder, name);
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime !== undefined && now - mtime > maxAgeMs) rmSync(file, { force: true });
  }
}
