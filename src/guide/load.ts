import { basename } from 'node:path';
import { folderFromResults, type FileResult, type GuideSource } from './folder.js';
import { mergeFolders, type LoadedFolder } from './merge.js';
import { withRoutesNow, type GuideWithRoutes } from './routes.js';
import { parseSection } from './parse.js';
import { decodeText, GuideFileError, normalizeText, readGuideFile } from './guide-file.js';
import { readYamlFile, yamlLine, yamlReason } from './read-data-file.js';
import type { MdxReader } from './mdx.js';
import { walkFolder, type FolderEntry } from './walk.js';
import { errorCode } from '../text/describe-error.js';

export type { GuideSource, LoadedFolder };

/**
 * Loads every section from the sources in order; a section from a later
 * source replaces one with the same id from an earlier source (the more local
 * folder wins), with the section made from its route records. A bad file
 * only produces a problem: the rest still loads.
 */
export function loadGuide(sources: readonly GuideSource[], options: ReadOptions = {}): GuideWithRoutes {
  return withRoutesNow(mergeFolders(sources.map((source) => loadFolder(source, options)), { drafts: true }));
}

/**
 * How files are read: `strict` holds them to the built-in guide's schema
 * (see parseSection); otherwise they are notes. `mdx` reads .mdx files:
 * its parser is loaded only by a caller that meets one (see mdx.ts).
 */
export interface ReadOptions {
  strict?: boolean;
  mdx?: MdxReader;
}

/** Reads one folder, every file afresh: the folder, and each file's result as a cache keeps it. */
export function readFolder(source: GuideSource, options: ReadOptions = {}): { folder: LoadedFolder; results: FileResult[] } {
  const { entries, problems } = walkFolder(source.dir);
  const files = entries.map((entry) => ({ entry, result: readFileResult(entry, options) }));
  return { folder: folderFromResults(source, files, problems, options.mdx), results: files.map((file) => file.result) };
}

export const loadFolder = (source: GuideSource, options: ReadOptions = {}): LoadedFolder => readFolder(source, options).folder;

/** Why a guide file could not be read: our own refusal (not a regular file, too large, not text) or the system's error code. */
const unusableFile = (error: unknown) => (error instanceof GuideFileError ? `${error.message}; skipped` : `cannot read file: ${errorCode(error)}`);

/** Reads and parses one file of a folder. Nothing is thrown: what is wrong with the file is in the result. */
export function readFileResult(entry: FolderEntry, { strict = false, mdx }: ReadOptions = {}): FileResult {
  const result: FileResult = { rel: entry.rel, kind: entry.kind, mtimeMs: entry.mtimeMs, size: entry.size, problems: [] };
  if (entry.kind === 'data') {
    try {
      result.data = readYamlFile(entry.abs);
    } catch (error) {
      // A YAML error has a reason and a line; anything else is about reading the file.
      const reason = yamlReason(error);
      const line = yamlLine(error);
      result.error = reason ? `not valid YAML${line ? ` at line ${line}` : ''}: ${reason}` : unusableFile(error);
    }
    return result;
  }
  const fail = (message: string) => ({ ...result, problems: [{ severity: 'error' as const, message }] });
  let text: string;
  try {
    text = decodeText(readGuideFile(entry.abs));
  } catch (error) {
    return fail(unusableFile(error));
  }
  const isMdx = /\.mdx$/i.test(entry.rel);
  if (isMdx && !mdx) return fail('an .mdx file, read only where the MDX parser is loaded; skipped');
  const asMarkdown = isMdx && mdx ? mdx(normalizeText(text)) : undefined;
  const parsed = parseSection(asMarkdown?.text ?? text, entry.abs, '', basename(entry.abs).replace(/\.(?:md|markdown|mdx)$/i, ''), { strict });
  result.problems = [...(asMarkdown?.problem ? [{ severity: 'warning' as const, ...asMarkdown.problem }] : []), ...parsed.problems.map(({ file: _file, ...problem }) => problem)];
  if (parsed.section) {
    const { file: _file, origin: _origin, body, ...section } = parsed.section;
    Object.assign(result, { section, body, bodyStart: parsed.bodyStart, ...(parsed.idFromName ? { idFromName: true } : {}) });
  }
  return result;
}
