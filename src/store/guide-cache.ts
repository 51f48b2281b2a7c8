import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as v from 'valibot';
import { folderFromResults, isCurrent, type FileResult, type GuideSource } from '../guide/folder.js';
import type { LoadedFolder } from '../guide/merge.js';
import { REGIONS, SKILLS, STAGES } from '../guide/types.js';
import { walkFolder, type FolderEntry } from '../guide/walk.js';
import { BUILD } from '../version.js';
import { readLimited } from './read-limited.js';
import { writeCacheFile } from './write-atomic.js';

/** A guide of 10,000 sections makes a cache of some tens of MiB; anything far larger is not ours. */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

export interface GuideCacheFiles {
  /** Made by the build for the built-in guide; only read. */
  prebuilt?: string;
  /** Under the user's cache folder; rewritten when the folder changes. */
  writable?: string;
}

/*
 * A cache is untrusted input like any file: someone may edit it, or it may
 * be cut short. It is used only if it has exactly this shape, and text in it
 * holds no control characters (which would reach the terminal) and no line
 * breaks where a field is one line (which would forge lines of `list`).
 */
const oneLine = v.pipe(v.string(), v.regex(/^[^\u0000-\u001F\u007F-\u009F]*$/));
const text = v.pipe(v.string(), v.regex(/^[^\u0000-\u0008\u000B-\u001F\u007F-\u009F]*$/));
const lines = v.array(oneLine);
const StoredSectionSchema = v.object({
  id: oneLine,
  title: oneLine,
  summary: oneLine,
  order: v.number(),
  tags: lines,
  aliases: lines,
  related: lines,
  roles: lines,
  stages: v.array(v.picklist(STAGES)),
  skills: v.array(v.picklist(SKILLS)),
  regions: v.array(v.picklist(REGIONS)),
  changed: v.array(v.object({ name: oneLine, note: text, source: text, as_of: oneLine })),
  body: text,
  roleBlock: v.optional(v.unknown()),
});
const FileResultSchema = v.object({
  rel: oneLine,
  kind: v.picklist(['section', 'data']),
  mtimeMs: v.number(),
  size: v.number(),
  section: v.optional(StoredSectionSchema),
  data: v.optional(v.unknown()),
  error: v.optional(text),
  problems: v.array(
    v.object({ line: v.optional(v.number()), field: v.optional(oneLine), message: text, severity: v.picklist(['error', 'warning']) }),
  ),
});
const CacheSchema = v.object({ build: v.literal(BUILD), dir: v.string(), files: v.array(FileResultSchema) });

/** The file results of the build's cache of the built-in guide: part of the installed package, like the code, and as trusted. */
function readPrebuilt(file: string): FileResult[] | undefined {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as { build?: unknown; files?: FileResult[] };
    return cache.build === BUILD && Array.isArray(cache.files) ? cache.files : undefined;
  } catch {
    return undefined; // missing or from an interrupted build: read the files instead
  }
}

/** The file results of a user's cache, if it is one of ours, from this build, made from `dir`. */
function readCache(file: string, dir: string): FileResult[] | undefined {
  try {
    const parsed = v.safeParse(CacheSchema, JSON.parse(readLimited(file, MAX_CACHE_BYTES).toString('utf8')));
    return parsed.success && parsed.output.dir === dir ? (parsed.output.files as FileResult[]) : undefined;
  } catch {
    return undefined; // missing, unreadable, too large or not JSON: read the folder instead
  }
}

/**
 * Loads a guide folder, reading again only the files that changed since a
 * cache was made (a file is unchanged while its path, mtime and size are),
 * so a large folder is not parsed on every command, and an edit costs one
 * file. The parser (gray-matter, js-yaml) loads only when a file needs it.
 * The built-in guide's cache is made by the build; a user's folders are
 * cached under the cache folder, one file each.
 */
export async function loadFolderCached(source: GuideSource, files: GuideCacheFiles): Promise<LoadedFolder> {
  const dir = resolve(source.dir);
  const { entries, problems } = walkFolder(source.dir);
  // The prebuilt cache is usually current, so the user's is opened only when the prebuilt one lacks a file.
  const caches = [
    () => (files.prebuilt ? readPrebuilt(files.prebuilt) : undefined),
    () => (files.writable ? readCache(files.writable, dir) : undefined),
  ];
  const known = new Map<string, FileResult[]>();
  let writable: FileResult[] | undefined;
  const reuse = (entry: FolderEntry): FileResult | undefined => {
    for (;;) {
      const found = known.get(entry.rel)?.find((result) => isCurrent(result, entry));
      if (found) return found;
      const next = caches.shift();
      if (!next) return undefined;
      const results = next() ?? [];
      if (caches.length === 0) writable = results;
      for (const result of results) known.set(result.rel, [...(known.get(result.rel) ?? []), result]);
    }
  };

  const results: FileResult[] = [];
  let read = 0;
  let readFileResult: ((entry: FolderEntry) => FileResult) | undefined;
  for (const entry of entries) {
    let result = reuse(entry);
    if (!result) {
      readFileResult ??= (await import('../guide/load.js')).readFileResult;
      result = readFileResult(entry);
      read++;
    }
    results.push(result);
  }
  // Written when a file was read, or when files went away since the user's cache was made.
  if (files.writable && (read > 0 || (writable && writable.length !== results.length))) writeCache(files.writable, dir, results);
  return folderFromResults(source, results, problems);
}

/** Writes a folder's cache; one that cannot be written only costs speed. */
export function writeCache(file: string, dir: string, results: readonly FileResult[]): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeCacheFile(file, JSON.stringify({ build: BUILD, dir, files: results }));
  } catch {
    // a read-only or full cache folder: work uncached
  }
}
