import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { folderFromResults, isCurrent, storedResult, type FileResult, type GuideSource, type ReadFile } from './folder.js';
import type { LoadedFolder } from './merge.js';
import { REGIONS, SKILLS, STAGES } from './types.js';
import { walkFolder, type FolderEntry } from './walk.js';
import { BUILD } from '../version.js';
import { readLimited } from '../files/read-limited.js';
import { hasControls } from '../text/sanitize.js';
import { saveCacheEntry } from '../files/cache-folder.js';

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
 * be cut short. It is used only if every entry has exactly the shape this
 * module writes (and no key it does not write), its text holds no control characters (which would reach
 * the terminal), and no line break where a field is one line (which would
 * forge lines of `list`). Checked by hand rather than with valibot, for
 * speed alone: on a 1,000-section folder's cache, valibot's safeParse of
 * the same shape took 72 ms of CPU against 40 for these checks (Node 24,
 * medians of 7), about a third of a bare Node start more on a warm `list`
 * or `read`, whose budget (2.5 times a bare start) is already at its limit
 * (docs/performance.md).
 */
type Check = (value: unknown) => boolean;
const isLine: Check = (value) => typeof value === 'string' && !/[\t\n]/.test(value) && !hasControls(value);
const isText: Check = (value) => typeof value === 'string' && !hasControls(value);
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isOptional = (check: Check): Check => (value) => value === undefined || check(value);
const isListOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
const isOneOf = (values: readonly unknown[]): Check => (value) => values.includes(value);
const isShaped = (shape: Record<string, Check>): Check => {
  const keys = Object.keys(shape);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    return Object.keys(record).every((key) => Object.hasOwn(shape, key)) && keys.every((key) => shape[key]!(record[key]));
  };
};

const isChange = isShaped({ name: isLine, mentions: isListOf(isLine), note: isText, source: isText, as_of: isLine });
const isStoredSection = isShaped({
  id: isLine,
  title: isLine,
  summary: isLine,
  order: isNumber,
  tags: isListOf(isLine),
  aliases: isListOf(isLine),
  related: isListOf(isLine),
  roles: isListOf(isLine),
  stages: isListOf(isOneOf(STAGES)),
  skills: isListOf(isOneOf(SKILLS)),
  regions: isListOf(isOneOf(REGIONS)),
  changed: isListOf(isChange),
  draft: isOptional(isOneOf([true])),
  replaces: isOptional(isLine),
  links: isOptional(isListOf(isLine)),
  /** A role's block as written: the assessment validates it where it is used. */
  roleBlock: () => true,
});
const isProblem = isShaped({
  line: isOptional(isNumber),
  field: isOptional(isLine),
  message: isText,
  severity: isOneOf(['error', 'warning', 'note']),
  kind: isOptional(isLine),
  find: isOptional(isText),
});
const isFileResult = isShaped({
  rel: isLine,
  kind: isOneOf(['section', 'data']),
  mtimeMs: isNumber,
  size: isNumber,
  section: isOptional(isStoredSection),
  bodyStart: isOptional((value) => Number.isSafeInteger(value) && (value as number) >= 0),
  idFromName: isOptional(isOneOf([true])),
  /** A data file's YAML as parsed: each reader of data files validates its own. */
  data: () => true,
  error: isOptional(isText),
  problems: isListOf(isProblem),
});
const isCache = isShaped({ build: isOneOf([BUILD]), dir: isText, files: isListOf(isFileResult) });

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
    const cache: unknown = JSON.parse(readLimited(file, MAX_CACHE_BYTES).toString('utf8'));
    return isCache(cache) && (cache as { dir: string }).dir === dir ? (cache as { files: FileResult[] }).files : undefined;
  } catch {
    return undefined; // missing, unreadable, too large or not JSON: read the folder instead
  }
}

/**
 * Loads a guide folder, reading again only the files that changed since a
 * cache was made (a file is unchanged while its path, mtime and size are),
 * so a large folder is not parsed on every command, and an edit costs one
 * file.
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

  const readFiles: ReadFile[] = [];
  let read = 0;
  let readFileResult: typeof import('./load.js').readFileResult | undefined;
  // The MDX parser is the heaviest part of reading: loaded only for a folder that has .mdx files.
  const mdx = entries.some((entry) => /\.mdx$/i.test(entry.rel)) ? (await import('./mdx.js')).mdxAsMarkdown : undefined;
  for (const entry of entries) {
    let result = reuse(entry);
    if (!result) {
      // Loaded when a file must be read afresh: the parsers (gray-matter, yaml, smol-toml) are a lookup's largest cost otherwise (docs/performance.md).
      readFileResult ??= (await import('./load.js')).readFileResult;
      result = readFileResult(entry, mdx ? { mdx } : {});
      read++;
    }
    readFiles.push({ entry, result });
  }
  // Written when a file was read, or when files went away since the user's cache was made.
  if (files.writable && (read > 0 || (writable && writable.length !== readFiles.length))) writeCache(files.writable, dir, readFiles.map(resultOf));
  return folderFromResults(source, readFiles, problems, mdx);
}

const resultOf = (file: ReadFile) => file.result;

/** Folder caches kept: the folders in use, not every folder ever passed to --guide. */
const KEEP = 20;

/** Writes a folder's cache; one that cannot be written only costs speed. */
export function writeCache(file: string, dir: string, results: readonly FileResult[]): void {
  saveCacheEntry(file, JSON.stringify({ build: BUILD, dir, files: results.map(storedResult) }), KEEP);
}
