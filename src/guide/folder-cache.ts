import fs from 'node:fs';
import path from 'node:path';
import { writeCacheFile } from '../store/write-atomic.js';
import { CareersError } from '../errors.js';
import type { FolderInput, GuideSource, LoadedFolder } from './load.js';
import type { Section } from './types.js';
import { readTwoPartFile, twoPartText } from './two-part-file.js';

/** Bumped whenever the cached shape or the parsing rules change, so old caches are ignored. */
const CACHE_VERSION = 10;

interface CacheFile extends Omit<LoadedFolder, 'sections'> {
  sections: Array<Omit<Section, 'body'> & { body: 0 }>;
  version: number;
  /** The folder it was made from; a user cache is only used for that same folder. */
  dir: string;
  /** Where each section's body starts in the second part (and one past the last): a body is read alone. */
  bodyOffsets: number[];
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
  const candidates = [
    () => (caches.prebuilt ? readCache(caches.prebuilt, source, false) : undefined),
    () => (caches.writable ? readCache(caches.writable, source, true) : undefined),
  ];
  for (const read of candidates) {
    const cached = read();
    if (cached && isCurrent(cached.folder.inputs)) return cached.folder;
    cached?.close(); // stale: it is about to be rewritten, which an open file may prevent (Windows)
  }
  const { loadFolder } = await import('./load.js');
  const loaded = loadFolder(source);
  if (caches.writable) writeCache(caches.writable, source, loaded);
  return loaded;
}

/**
 * Writes the cache for a folder; a cache that cannot be written only costs
 * speed. The file has two parts (see twoPartText): everything but the
 * section bodies, then the bodies. Listing a large guide reads only the
 * first part, and a lookup decodes the second only when it prints a body.
 */
export function writeCache(file: string, source: GuideSource, folder: LoadedFolder): void {
  const rel = (p: string) => path.relative(source.dir, p) || '.';
  // Every field keeps its place (body and origin as placeholders), so a section read back prints its fields in the order a fresh parse does.
  const entry = (section: Section) => ({ ...section, body: 0 as const, file: rel(section.file), origin: '' });
  // One JSON string a line; a body is found by its byte offset, so a lookup reads only the bodies it prints.
  const bodies = folder.sections.map((s) => `${JSON.stringify(s.body)}\n`);
  const bodyOffsets = [0];
  for (const body of bodies) bodyOffsets.push((bodyOffsets.at(-1) ?? 0) + Buffer.byteLength(body));
  const catalog: CacheFile = {
    version: CACHE_VERSION,
    dir: path.resolve(source.dir),
    bodyOffsets,
    sections: folder.sections.map(entry),
    problems: folder.problems.map((p) => ({ ...p, file: rel(p.file) })),
    data: Object.fromEntries(Object.entries(folder.data).map(([key, entry]) => [key, { ...entry, file: rel(entry.file) }])),
    inputs: folder.inputs.map((i) => ({ ...i, path: rel(i.path) })),
  };
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Readable by all: the built-in index ships with the package, and a guide is not private.
    writeCacheFile(file, twoPartText(JSON.stringify(catalog), bodies.join('')));
  } catch {
    // Read-only cache folder: work uncached.
  }
}

/** A prebuilt index may have moved with its folder; a user cache must name the same folder (its file name is only a hash). */
function readCache(file: string, source: GuideSource, sameDir: boolean): { folder: LoadedFolder; close(): void } | undefined {
  const parts = readTwoPartFile(file);
  if (!parts) return undefined;
  const data = usableCache(parts.first, sameDir ? path.resolve(source.dir) : undefined);
  if (!data) {
    parts.close();
    return undefined;
  }
  const offsets = data.bodyOffsets;
  const dir = path.resolve(source.dir);
  // Paths were written by path.relative from this folder: joining them back needs no normalising (path.resolve is slow on 2,000 files).
  // Only with '/' separators: a path with another separator, or climbing out, goes through path.resolve.
  const abs = (p: string) => (p === '.' ? dir : path.sep !== '/' || p.startsWith('..') || path.isAbsolute(p) ? path.resolve(dir, p) : `${dir}/${p}`);
  const lazyBody = lazyBodies((index) => parseBody(parts.slice(offsets[index] ?? 0, (offsets[index + 1] ?? 1) - 1), file));
  // The parsed objects are new and ours: completed in place rather than copied, which matters at 2,000 sections.
  const sections = data.sections as unknown as Section[]; // our own format: the placeholders are filled in here
  for (let index = 0; index < sections.length; index++) {
    const s = sections[index] as Section;
    s.file = abs(s.file);
    s.origin = source.origin;
    lazyBody(s, index);
  }
  for (const p of data.problems) p.file = abs(p.file);
  for (const entry of Object.values(data.data ?? {})) entry.file = abs(entry.file);
  for (const i of data.inputs) i.path = abs(i.path);
  return { folder: { sections, problems: data.problems, data: data.data ?? {}, inputs: data.inputs }, close: parts.close };
}

/** The catalog of a cache in the current format (and, for a user cache, made from `dir`), or undefined. */
function usableCache(text: string, dir: string | undefined): CacheFile | undefined {
  let data: CacheFile;
  try {
    data = JSON.parse(text) as CacheFile;
  } catch {
    return undefined;
  }
  if (data?.version !== CACHE_VERSION || !Array.isArray(data.sections) || !Array.isArray(data.inputs) || !Array.isArray(data.problems)) return undefined;
  if (!Array.isArray(data.bodyOffsets) || data.bodyOffsets.length !== data.sections.length + 1) return undefined;
  return dir === undefined || data.dir === dir ? data : undefined;
}

/** One body of a cache; a damaged one is an error to act on, since the rest of the cache was already used. */
function parseBody(text: string, file: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'string') return body;
  } catch {
    // reported below
  }
  throw new CareersError(`the guide cache ${file} is damaged; delete it and run the command again`);
}

/**
 * Gives sections a body decoded on first use, then kept as a plain field in
 * the same place; it reads and spreads like one. One accessor pair serves
 * every section of a cache (the index of each is kept aside), as a pair of
 * closures for each of 2,000 sections is a measurable part of listing them.
 */
function lazyBodies(load: (index: number) => string): (section: Section, index: number) => void {
  const indexOf = new WeakMap<object, number>();
  const settle = (section: Section, body: string) =>
    Object.defineProperty(section, 'body', { value: body, writable: true, enumerable: true, configurable: true });
  const accessor: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: Section) {
      const body = load(indexOf.get(this) ?? -1);
      settle(this, body);
      return body;
    },
    set(this: Section, body: string) {
      settle(this, body);
    },
  };
  return (section, index) => {
    indexOf.set(section, index);
    Object.defineProperty(section, 'body', accessor);
  };
}

function isCurrent(inputs: readonly FolderInput[]): boolean {
  return inputs.length > 0 && inputs.every((input) => {
    const stat = fs.statSync(input.path, { throwIfNoEntry: false });
    return stat !== undefined && stat.mtimeMs === input.mtimeMs && stat.size === input.size;
  });
}
