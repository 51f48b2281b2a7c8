import fs from 'node:fs';
import path from 'node:path';
import { writeCacheFile } from '../store/write-atomic.js';
import { CareersError } from '../errors.js';
import type { GuideSource, LoadedFolder, ReadFolder } from './load.js';
import { CACHE_VERSION } from './cache-version.js';
import type { DataFile, ListingEntry, Section } from './types.js';
import { jsonLine, jsonLineRange, jsonLines, offsetsFit, readTwoPartFile, twoPartText, type TwoPartFile } from '../store/two-part-file.js';

/**
 * The files and folders a folder was read from, relative to it, with their
 * mtimes and sizes, one array each: three arrays parse faster than 2,000
 * small objects, and are only ever checked, never used as objects.
 */
interface CachedInputs {
  paths: string[];
  mtimes: number[];
  sizes: number[];
}

/** The first part of a cache file. */
interface CacheFile extends Omit<LoadedFolder, 'sections' | 'section' | 'listing' | 'data'> {
  version: number;
  /** The folder it was made from; a user cache is only used for that same folder. */
  dir: string;
  inputs: CachedInputs;
  /** The id of each section, in file order: a section is found without reading the others. */
  ids: string[];
  /**
   * Where each line of the second part starts, and one past the last: the
   * listing (see Listing), then the sections (without their bodies) one a
   * line, then their bodies, then the data files, so that each is read
   * alone (see jsonLines).
   */
  offsets: number[];
}

/**
 * The first line of the second part: what a listing shows of every
 * section, one array a field in the order of `ids`, with paths relative
 * to the folder. `list` reads this line and no section.
 */
interface Listing {
  titles: string[];
  summaries: string[];
  orders: number[];
  tags: string[][];
  aliases: string[][];
  roles: string[][];
  files: string[];
}

/** Lines of the second part: the listing, then each section, then each body, then the data files (only the assessment reads them, and only when the build's checked copy does not fit). */
const LISTING_LINE = 0;
const sectionLine = (index: number) => 1 + index;
const bodyLine = (index: number, count: number) => 1 + count + index;
const dataLine = (count: number) => 1 + 2 * count;
const lineCount = (count: number) => 2 + 2 * count;

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
    if (cached) return cached;
  }
  const { loadFolder } = await import('./load.js');
  const loaded = loadFolder(source);
  if (caches.writable) writeCache(caches.writable, source, loaded);
  return loaded;
}

/**
 * Writes the cache for a folder; a cache that cannot be written only costs
 * speed. The file has two parts (see twoPartText): what every command needs
 * (whether the cache is current, the problems, the ids), then a listing
 * line, each section, each body and the data files, a line each. `list`
 * reads only the listing, and a search or a lookup by id reads only the
 * sections it prints.
 */
export function writeCache(file: string, source: GuideSource, folder: ReadFolder): void {
  const rel = (p: string) => path.relative(source.dir, p) || '.';
  // origin stays as a placeholder, filled in on reading, so that every section keeps one shape; the body is added back then as a lazy field.
  const entry = ({ body: _body, ...section }: Section) => ({ ...section, file: rel(section.file), origin: '' });
  const { sections } = folder;
  const listing: Listing = {
    titles: sections.map((s) => s.title),
    summaries: sections.map((s) => s.summary),
    orders: sections.map((s) => s.order),
    tags: sections.map((s) => s.tags),
    aliases: sections.map((s) => s.aliases),
    roles: sections.map((s) => s.roles),
    files: sections.map((s) => rel(s.file)),
  };
  const data = Object.fromEntries(Object.entries(folder.data).map(([key, entry]) => [key, { ...entry, file: rel(entry.file) }]));
  const { text: lines, offsets } = jsonLines([listing, ...sections.map(entry), ...sections.map((s) => s.body), data]);
  const catalog: CacheFile = {
    version: CACHE_VERSION,
    dir: path.resolve(source.dir),
    ids: sections.map((s) => s.id),
    offsets,
    problems: folder.problems.map((p) => ({ ...p, file: rel(p.file) })),
    inputs: { paths: folder.inputs.map((i) => rel(i.path)), mtimes: folder.inputs.map((i) => i.mtimeMs), sizes: folder.inputs.map((i) => i.size) },
    stamp: folder.stamp,
  };
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Readable by all: the built-in index ships with the package, and a guide is not private.
    writeCacheFile(file, twoPartText(JSON.stringify(catalog), lines));
  } catch {
    // Read-only cache folder: work uncached.
  }
}

/**
 * The folder as a cache file has it, if that cache is current: every file
 * and folder it was made from is unchanged. A prebuilt index may have moved
 * with its folder; a user cache must name the same folder (its file name is
 * only a hash).
 */
function readCache(file: string, source: GuideSource, sameDir: boolean): LoadedFolder | undefined {
  const parts = readTwoPartFile(file);
  if (!parts) return undefined;
  const dir = path.resolve(source.dir);
  // Paths were written by path.relative from this folder: joining them back needs no normalising (path.resolve is slow on 2,000 files).
  // Only with '/' separators: a path with another separator, or climbing out, goes through path.resolve.
  const abs = (p: string) => (p === '.' ? dir : path.sep !== '/' || p.startsWith('..') || path.isAbsolute(p) ? path.resolve(dir, p) : `${dir}/${p}`);
  const data = usableCache(parts, sameDir ? dir : undefined);
  if (!data || !isCurrent(data.inputs, abs)) {
    parts.close(); // stale: it is about to be rewritten, which an open file may prevent (Windows)
    return undefined;
  }
  const { ids, offsets } = data;
  const damaged = () => new CareersError(`the guide cache ${file} is damaged; delete it and run the command again`);
  const lazyBody = lazyBodies((index) => {
    const body = jsonLine(parts, offsets, bodyLine(index, ids.length));
    if (typeof body !== 'string') throw damaged();
    return body;
  });
  // Each parsed object is new and ours: completed in place rather than copied, which matters at 2,000 sections.
  const complete = (value: unknown, index: number) => {
    const s = value as Section; // our own format, checked as far as it is used here
    if (s?.id !== ids[index] || typeof s.file !== 'string') throw damaged();
    s.file = abs(s.file);
    s.origin = source.origin;
    lazyBody(s, index); // the body is added here
    return s;
  };
  const made: Array<Section | undefined> = [];
  const sectionAt = (index: number) => (made[index] ??= complete(jsonLine(parts, offsets, sectionLine(index)), index));
  let all: Section[] | undefined;
  for (const p of data.problems) p.file = abs(p.file);
  let files: Record<string, DataFile> | undefined;
  return {
    // All sections at once: one read of their lines, each parsed on its own (as fast as one array).
    get sections() {
      return (all ??= jsonLineRange(parts, offsets, sectionLine(0), sectionLine(ids.length)).map((value, index) => (made[index] ??= complete(value, index))));
    },
    listing() {
      const entries = listingOf(jsonLine(parts, offsets, LISTING_LINE), ids, abs, source.origin);
      if (!entries) throw damaged();
      return entries;
    },
    section(id) {
      const index = ids.indexOf(id);
      return index < 0 ? undefined : sectionAt(index);
    },
    problems: data.problems,
    get data() {
      if (files) return files;
      const value = jsonLine(parts, offsets, dataLine(ids.length));
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw damaged();
      const entries = Object.values(value as Record<string, Partial<DataFile> | null>);
      if (!entries.every((entry) => typeof entry?.file === 'string')) throw damaged();
      for (const entry of entries as DataFile[]) entry.file = abs(entry.file);
      return (files = value as Record<string, DataFile>);
    },
    stamp: data.stamp,
  };
}

/** The catalog of a cache in the current format (and, for a user cache, made from `dir`), or undefined. */
function usableCache(parts: TwoPartFile, dir: string | undefined): CacheFile | undefined {
  let data: CacheFile;
  try {
    data = JSON.parse(parts.first) as CacheFile;
  } catch {
    return undefined;
  }
  if (data?.version !== CACHE_VERSION || !Array.isArray(data.ids) || !Array.isArray(data.problems)) return undefined;
  const inputs = data.inputs;
  if (!Array.isArray(inputs?.paths) || inputs.mtimes?.length !== inputs.paths.length || inputs.sizes?.length !== inputs.paths.length) return undefined;
  if (!offsetsFit(data.offsets, parts.secondLength) || data.offsets.length !== lineCount(data.ids.length) + 1 || typeof data.stamp !== 'string') return undefined;
  return dir === undefined || data.dir === dir ? data : undefined;
}

/** The entries of a cache's listing line, or undefined if the line is not one for these ids. */
function listingOf(value: unknown, ids: readonly string[], abs: (p: string) => string, origin: string): ListingEntry[] | undefined {
  const listing = value as Listing | undefined; // our own format, checked as far as it is used here
  const columns = listing && [listing.titles, listing.summaries, listing.orders, listing.tags, listing.aliases, listing.roles, listing.files];
  if (!columns?.every((column) => Array.isArray(column) && column.length === ids.length)) return undefined;
  const { titles, summaries, orders, tags, aliases, roles, files } = listing as Listing;
  return ids.map((id, i) => ({
    id,
    title: titles[i] as string,
    summary: summaries[i] as string,
    order: orders[i] as number,
    tags: tags[i] as string[],
    aliases: aliases[i] as string[],
    roles: roles[i] as string[],
    file: abs(files[i] as string),
    origin,
  }));
}

/**
 * Gives sections a body decoded on first use, then kept as a plain field; it
 * reads and spreads like one. One accessor pair serves every section of a
 * cache (the index of each is kept aside), as a pair of closures for each of
 * 2,000 sections is a measurable part of listing them. The body is added as
 * a new property, not put in place of a placeholder: V8 keeps an object
 * whose property turns from a value to an accessor only in slow dictionary
 * form, which cost 6 ms on 2,000 sections, and made each of them slower to read.
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

/**
 * Whether every input still has the mtime and size it had (`abs` makes a
 * stored path absolute). One that cannot be looked at now (a folder made
 * unreadable, which leaves its mtime alone) is a change: the folder is read
 * again, and reports what it cannot read.
 */
function isCurrent({ paths, mtimes, sizes }: CachedInputs, abs: (p: string) => string): boolean {
  try {
    for (let i = 0; i < paths.length; i++) {
      const stat = fs.statSync(abs(paths[i] ?? ''), { throwIfNoEntry: false });
      if (stat?.mtimeMs !== mtimes[i] || stat?.size !== sizes[i]) return false;
    }
  } catch {
    return false;
  }
  return paths.length > 0;
}
