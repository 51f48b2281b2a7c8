import { shortHash } from '../text/hash.js';
import type { DataFile, Guide, Problem, Section } from './types.js';

/** One guide folder, loaded: its sections, its problems and its data files. */
export interface LoadedFolder {
  sections: Section[];
  problems: Problem[];
  /** Its data files, by path relative to the folder. */
  data: Record<string, DataFile>;
  /**
   * Names the state of the files it was read from (see ReadFolder), hashed
   * once when the folder is read and kept in its cache; equal stamps mean
   * the same files. What is made from the whole guide (the search index,
   * the build's checked assessment) is keyed by it, rather than by every file.
   */
  stamp: string;
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
  const stamp = shortHash(folders.map((f) => f.stamp).join(' '));
  return { sections, problems: folders.flatMap((f) => f.problems), data, stamp };
}
