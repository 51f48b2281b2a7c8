import { join } from 'node:path';
import type { LoadedFolder } from './merge.js';
import type { Problem, Section } from './types.js';
import type { FolderEntry } from './walk.js';

/** A folder of sections, with a name saying where it came from ("built-in", "CAREERS_GUIDE", "--guide"). */
export interface GuideSource {
  dir: string;
  origin: string;
}

/** A section as a cache keeps it: where it came from is added back on loading. */
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
  /** A data file's parsed YAML. */
  data?: unknown;
  /** Why a data file could not be used (a section's reasons are its problems). */
  error?: string;
  problems: Array<Omit<Problem, 'file'>>;
}

/** Whether a result was read from the file as it is now. */
export const isCurrent = (result: FileResult, entry: FolderEntry) =>
  result.rel === entry.rel && result.kind === entry.kind && result.mtimeMs === entry.mtimeMs && result.size === entry.size;

/**
 * A folder from the results of reading its files. Within a folder an id
 * may appear once; a second file with it is reported and left out.
 */
export function folderFromResults(source: GuideSource, results: readonly FileResult[], walkProblems: readonly Problem[]): LoadedFolder {
  const abs = (rel: string) => join(source.dir, ...rel.split('/'));
  const folder: LoadedFolder = { sections: [], problems: [...walkProblems], data: {}, versions: new Map() };
  const seen = new Map<string, string>();
  for (const result of results) {
    const file = abs(result.rel);
    folder.problems.push(...result.problems.map((problem) => ({ ...problem, file })));
    if (result.kind === 'data') {
      folder.data[result.rel] = result.error === undefined ? { file, data: result.data } : { file, error: result.error };
      continue;
    }
    if (!result.section) continue;
    const earlier = seen.get(result.section.id);
    if (earlier) {
      folder.problems.push({ file, field: 'id', severity: 'error', message: `duplicate id "${result.section.id}" (also in ${earlier}); this file is ignored` });
      continue;
    }
    seen.set(result.section.id, file);
    folder.sections.push({ ...result.section, file, origin: source.origin });
    folder.versions.set(result.section.id, `${file}\n${result.mtimeMs}\n${result.size}`);
  }
  return folder;
}
