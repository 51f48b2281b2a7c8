import type { DataFile, Guide, Problem, Section } from './types.js';

/** One guide folder, loaded: its sections, its problems and its data files. */
export interface LoadedFolder {
  /** Every section, in file order. */
  sections: Section[];
  problems: Problem[];
  /** Its data files, by path relative to the folder. */
  data: Record<string, DataFile>;
  /** Each section's file as it was read ("path mtime size"), by section id. */
  versions: Map<string, string>;
}

/** The order of String#localeCompare, from one collator: localeCompare sets one up on every call. */
let collator: Intl.Collator | undefined;
export const compareIds = (a: string, b: string) => (collator ??= new Intl.Collator()).compare(a, b);

/**
 * Later folders override earlier ones: sections by id, data files by path.
 * Sections come out in reading order (order, then id).
 */
export function mergeFolders(folders: readonly LoadedFolder[]): Guide {
  const byId = new Map<string, Section>();
  const versions = new Map<string, string>();
  for (const folder of folders) {
    for (const section of folder.sections) {
      byId.set(section.id, section);
      versions.set(section.id, folder.versions.get(section.id) ?? '');
    }
  }
  const sections = [...byId.values()].sort((a, b) => a.order - b.order || compareIds(a.id, b.id));
  return {
    sections,
    section: (id) => byId.get(id),
    problems: folders.flatMap((f) => f.problems),
    data: Object.assign({}, ...folders.map((f) => f.data)) as Record<string, DataFile>,
    versions,
  };
}
