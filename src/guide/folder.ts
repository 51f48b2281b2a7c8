import type { LoadedFolder } from './merge.js';
import type { Problem, Section } from './types.js';
import type { FolderEntry } from './walk.js';
import type { MdxReader } from './mdx.js';
import { readBody } from './guide-file.js';
import { pathSlug } from '../text/slug.js';

/** A folder of sections, with a name saying where it came from ("built-in", "CAREERS_GUIDE", "--guide"). */
export interface GuideSource {
  dir: string;
  origin: string;
}

/** A section as a cache keeps it: where it came from is added back on loading; its body stays in its file. */
export type StoredSection = Omit<Section, 'file' | 'origin'>;

/**
 * One file of a guide folder as read: its section or data, or why it
 * could not be used. This is what a folder's cache keeps, a file at a
 * time, so that only changed files are read again.
 */
export interface FileResult {
  /** The entry it was read from: relative path, kind, mtime and size. */
  rel: string;
  kind: FolderEntry['kind'];
  mtimeMs: number;
  size: number;
  section?: StoredSection;
  /** Where the section's body starts in its file (see readBody). */
  bodyStart?: number;
  /** The section's id was made from its file name (see idsFromPaths). */
  idFromName?: true;
  /** The body, when the file was just read; never cached. */
  body?: string;
  /** A data file's parsed YAML. */
  data?: unknown;
  /** Why a data file could not be used (a section's reasons are its problems). */
  error?: string;
  problems: Array<Omit<Problem, 'file'>>;
}

/** Whether a result was read from the file as it is now. */
export const isCurrent = (result: FileResult, entry: FolderEntry) =>
  result.rel === entry.rel && result.kind === entry.kind && result.mtimeMs === entry.mtimeMs && result.size === entry.size;

/** What a file looked like when read: a section or data file is unchanged while this is. */
const versionOf = (file: string, { mtimeMs, size }: FileResult) => `${file}\n${mtimeMs}\n${size}`;

/** A result as a cache keeps it: without the body, which stays in its file. */
export const storedResult = ({ body: _body, ...result }: FileResult): FileResult => result;

/**
 * The id of each section whose id was made from its file name, where that
 * name is not the only one of its kind in the folder: a Hugo site has an
 * `_index.md` in every folder, so these are known by their path
 * ("usage/index") and raise no clash. Other ids are kept.
 */
function idsFromPaths(results: readonly FileResult[]): Map<FileResult, string> {
  const named = results.filter((r) => r.section && r.idFromName);
  const count = new Map<string, number>();
  for (const r of named) count.set(r.section!.id, (count.get(r.section!.id) ?? 0) + 1);
  return new Map(named.filter((r) => (count.get(r.section!.id) ?? 0) > 1).map((r) => [r, pathSlug(r.rel)]));
}

/** A file of a folder as read: the walk's entry, with its path, and the result, from the file or a cache. */
export interface ReadFile {
  entry: FolderEntry;
  result: FileResult;
}

/**
 * A folder from the results of reading its files. A section's body is read
 * from its file when asked for (see Guide.body), unless the file was just
 * read. Within a folder an id may appear once; a second file with it is
 * reported and left out.
 */
export function folderFromResults(source: GuideSource, files: readonly ReadFile[], walkProblems: readonly Problem[], mdx?: MdxReader): LoadedFolder {
  const folder: LoadedFolder = { sections: [], problems: [...walkProblems], data: {}, versions: new Map(), bodies: new Map() };
  const seen = new Map<string, string>();
  const byPath = idsFromPaths(files.map((read) => read.result));
  for (const { entry, result } of files) {
    const file = entry.abs;
    folder.problems.push(...result.problems.map((problem) => ({ ...problem, file })));
    if (result.kind === 'data') {
      const entry = { file, origin: source.origin, version: versionOf(file, result) };
      folder.data[result.rel] = result.error === undefined ? { ...entry, data: result.data } : { ...entry, error: result.error };
      continue;
    }
    if (!result.section) continue;
    const id = byPath.get(result) ?? result.section.id;
    const earlier = seen.get(id);
    if (earlier) {
      folder.problems.push({ file, field: 'id', severity: 'error', message: `duplicate id "${id}" (also in ${earlier}); this file is ignored` });
      continue;
    }
    seen.set(id, file);
    const { body: read, bodyStart = 0, mtimeMs, size } = result;
    folder.sections.push({ ...result.section, id, file, origin: source.origin });
    // An .mdx file's body is read as its section was: through the MDX reader, so bodyStart points into the same text.
    const asMarkdown = /\.mdx$/i.test(file) && mdx ? (text: string) => mdx(text).text : undefined;
    folder.bodies.set(file, read === undefined ? () => readBody(file, bodyStart, mtimeMs, size, asMarkdown) : () => read);
    folder.versions.set(id, versionOf(file, result));
  }
  return folder;
}
