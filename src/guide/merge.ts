import { shortHash } from '../text/hash.js';
import type { DataFile, Guide, ListingEntry, Problem, Section } from './types.js';

/** One guide folder, loaded: its sections, its problems and its data files. */
export interface LoadedFolder {
  /** Every section, in file order. From a cache, they are made on first use. */
  readonly sections: Section[];
  /** The section with this id; from a cache, made without making the others. */
  section(id: string): Section | undefined;
  /** Its sections, with only what a listing needs; from a cache, made without reading the sections. */
  listing(): ListingEntry[];
  problems: Problem[];
  /** Its data files, by path relative to the folder. From a cache, read on first use. */
  readonly data: Record<string, DataFile>;
  /**
   * Names the state of the files it was read from (see ReadFolder) under
   * the current parsing rules, hashed once when the folder is read and kept
   * in its cache; equal stamps mean the same files, read the same way. What
   * is made from the whole guide (the search index, the build's checked
   * assessment) is keyed by it, rather than by every file.
   */
  stamp: string;
}

/** The order of String#localeCompare, from one collator made on first use: localeCompare sets one up on every call, 20 times slower on a large guide. */
let collator: Intl.Collator | undefined;
const compareIds = (a: string, b: string) => (collator ??= new Intl.Collator()).compare(a, b);

/**
 * Later folders override earlier ones: sections by id, data files by path.
 * Sections are in reading order. Both are merged only when first asked
 * for: a search or a lookup by id asks for the few sections it prints, and
 * only the assessment reads data files.
 */
export function mergeFolders(folders: readonly LoadedFolder[]): Guide {
  let sections: Section[] | undefined;
  let listing: ListingEntry[] | undefined;
  let data: Record<string, DataFile> | undefined;
  return {
    get sections() {
      return (sections ??= mergeById(folders.map((f) => f.sections)));
    },
    listing: () => (listing ??= mergeById(folders.map((f) => f.listing()))),
    section(id) {
      for (let i = folders.length - 1; i >= 0; i--) {
        const found = folders[i]?.section(id);
        if (found) return found;
      }
      return undefined;
    },
    problems: folders.flatMap((f) => f.problems),
    get data() {
      return (data ??= Object.assign({}, ...folders.map((f) => f.data)) as Record<string, DataFile>);
    },
    stamp: shortHash(folders.map((f) => f.stamp).join(' ')),
  };
}

/** One list from several, a later one's entry replacing an earlier one's with the same id, in reading order (order, then id). */
function mergeById<T extends { id: string; order: number }>(lists: readonly T[][]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) for (const entry of list) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => a.order - b.order || compareIds(a.id, b.id));
}
