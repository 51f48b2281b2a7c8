import type { DataFile, Guide, Problem, Section } from './types.js';

/** A file or folder a folder's result was built from, with what it looked like then. */
export interface FolderInput {
  path: string;
  mtimeMs: number;
  size: number;
}

/** One guide folder, loaded: its sections, its problems, and what they were read from. */
export interface LoadedFolder {
  sections: Section[];
  problems: Problem[];
  /** Its data files, by path relative to the folder. */
  data: Record<string, DataFile>;
  /** Every folder walked and file read, so a cache can tell whether the result is still current. */
  inputs: FolderInput[];
}

/** The order of String#localeCompare, from one collator made on first use: localeCompare sets one up on every call, 20 times slower on a large guide. */
let collator: Intl.Collator | undefined;
const compareIds = (a: string, b: string) => (collator ??= new Intl.Collator()).compare(a, b);

/** Later folders override earlier ones: sections by id, data files by path. Sections are in reading order. */
export function mergeFolders(folders: readonly LoadedFolder[]): Guide {
  const byId = new Map<string, Section>();
  for (const folder of folders) for (const section of folder.sections) byId.set(section.id, section);
  const sections = [...byId.values()].sort((a, b) => a.order - b.order || compareIds(a.id, b.id));
  const data = Object.assign({}, ...folders.map((f) => f.data)) as Record<string, DataFile>;
  return { sections, problems: folders.flatMap((f) => f.problems), data, inputs: folders.flatMap((f) => f.inputs) };
}
