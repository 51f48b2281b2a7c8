import { readdirSync, rmSync, statSync } from 'node:fs';
import { makeFolder } from './data-dir.js';
import { dirname, join } from 'node:path';
import { removeStaleTemps, writeCacheFile } from './write-atomic.js';

/** A temp file this old was left by a write that crashed, not one in progress. */
const STALE_TEMP_MS = 10 * 60 * 1000;

const mtimeOf = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/**
 * Keeps a cache folder from growing without end: once it holds more than
 * `keep` files ending in `suffix`, the least recently used are removed down
 * to four fifths of `keep` (so the next pruning is some writes away, not on
 * every one). Temp files left by crashed writes are removed too.
 */
export function pruneOldest(folder: string, keep: number, suffix = '.json', now = Date.now()): void {
  removeStaleTemps(folder, STALE_TEMP_MS, now);
  const names = readdirSync(folder);
  const entries = names.filter((name) => name.endsWith(suffix));
  if (entries.length <= keep) return;
  const files = entries.map((name) => ({ file: join(folder, name), mtime: mtimeOf(join(folder, name)) })).sort((a, b) => b.mtime - a.mtime);
  for (const { file } of files.slice(Math.floor((keep * 4) / 5))) rmSync(file, { force: true });
}

/**
 * Saves one entry of a cache folder of at most `keep` entries (see
 * pruneOldest). A cache that cannot be written only costs speed, so any
 * failure is ignored.
 */
export function saveCacheEntry(file: string, content: string, keep: number): void {
  const folder = dirname(file);
  try {
    makeFolder(folder);
    writeCacheFile(file, content);
    pruneOldest(folder, keep);
  } catch {
    // read-only or full: work uncached
  }
}
