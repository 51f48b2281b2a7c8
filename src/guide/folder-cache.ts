import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../store/write-atomic.js';
import type { FolderInput, GuideSource, LoadedFolder } from './load.js';

/** Bumped whenever the cached shape or the parsing rules change, so old caches are ignored. */
const CACHE_VERSION = 5;

interface CacheFile extends LoadedFolder {
  version: number;
  /** The folder it was made from; a user cache is only used for that same folder. */
  dir: string;
}

export interface CacheFiles {
  /** Made at build time (the built-in guide's index); only read. */
  prebuilt?: string;
  /** Under the user's cache folder; rewritten when the folder changes. */
  writable?: string;
}

/**
 * Loads a guide folder through a cache file: a folder's parsed sections are
 * reused while every file and folder they came from is unchanged (same mtime
 * and size), so a large custom guide is not parsed again on every command.
 * Paths in the cache are relative to the folder, so a prebuilt cache (the
 * built-in guide's, made at build time) survives the project being moved.
 * The parser (gray-matter, js-yaml, valibot) is imported only on a miss.
 */
export async function loadFolderCached(source: GuideSource, caches: CacheFiles): Promise<LoadedFolder> {
  // In order, and only as far as needed: the prebuilt index is usually current, so the user cache is not even opened.
  const candidates = [() => caches.prebuilt && readCache(caches.prebuilt, source, false), () => caches.writable && readCache(caches.writable, source, true)];
  for (const read of candidates) {
    const cached = read();
    if (cached && isCurrent(cached.inputs)) return cached;
  }
  const { loadFolder } = await import('./load.js');
  const loaded = loadFolder(source);
  if (caches.writable) writeCache(caches.writable, source, loaded);
  return loaded;
}

/** Writes the cache for a folder; a cache that cannot be written only costs speed. */
export function writeCache(file: string, source: GuideSource, folder: LoadedFolder): void {
  const rel = (p: string) => path.relative(source.dir, p) || '.';
  const data: CacheFile = {
    version: CACHE_VERSION,
    dir: path.resolve(source.dir),
    sections: folder.sections.map((s) => ({ ...s, file: rel(s.file) })),
    problems: folder.problems.map((p) => ({ ...p, file: rel(p.file) })),
    data: Object.fromEntries(Object.entries(folder.data).map(([key, entry]) => [key, { ...entry, file: rel(entry.file) }])),
    inputs: folder.inputs.map((i) => ({ ...i, path: rel(i.path) })),
  };
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Readable by all: the built-in index ships with the package, and a guide is not private.
    writeFileAtomic(file, JSON.stringify(data), 0o644);
  } catch {
    // Read-only cache folder: work uncached.
  }
}

/** A prebuilt index may have moved with its folder; a user cache must name the same folder (its file name is only a hash). */
function readCache(file: string, source: GuideSource, sameDir: boolean): LoadedFolder | undefined {
  let data: CacheFile;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
  } catch {
    return undefined;
  }
  if (data?.version !== CACHE_VERSION || !Array.isArray(data.sections) || !Array.isArray(data.inputs) || !Array.isArray(data.problems)) return undefined;
  if (sameDir && data.dir !== path.resolve(source.dir)) return undefined;
  const abs = (p: string) => path.resolve(source.dir, p);
  return {
    sections: data.sections.map((s) => ({ ...s, file: abs(s.file), origin: source.origin })),
    problems: data.problems.map((p) => ({ ...p, file: abs(p.file) })),
    data: Object.fromEntries(Object.entries(data.data ?? {}).map(([key, entry]) => [key, { ...entry, file: abs(entry.file) }])),
    inputs: data.inputs.map((i) => ({ ...i, path: abs(i.path) })),
  };
}

function isCurrent(inputs: readonly FolderInput[]): boolean {
  return inputs.length > 0 && inputs.every((input) => {
    const stat = fs.statSync(input.path, { throwIfNoEntry: false });
    return stat !== undefined && stat.mtimeMs === input.mtimeMs && stat.size === input.size;
  });
}
