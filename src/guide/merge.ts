import type { DataFile, Guide, Problem, Section } from './types.js';
import { CareersError } from '../errors.js';
import { slug } from '../text/slug.js';

/** One guide folder, loaded: its sections, its problems and its data files. */
export interface LoadedFolder {
  /** Every section, in file order. */
  sections: Section[];
  problems: Problem[];
  /** Its data files, by path relative to the folder. */
  data: Record<string, DataFile>;
  /** Each section's file as it was read ("path mtime size"), by section id. */
  versions: Map<string, string>;
  /** Each section's body, by its file: read from the file when called, or the text just read. */
  bodies: Map<string, () => string>;
}

/** The order of String#localeCompare, from one collator: localeCompare sets one up on every call. */
let collator: Intl.Collator | undefined;
export const compareIds = (a: string, b: string) => (collator ??= new Intl.Collator()).compare(a, b);

/** Where a note that would have replaced a built-in section by accident is put instead: `notes/skills`. */
export const OWN_NOTES = 'notes';

/**
 * Later folders override earlier ones: sections by id, data files by path.
 * The first folder is the guide the others add to (the built-in one): a
 * section of a later folder replaces one of the first folder only where
 * its front-matter says so (`replaces: skills`), since a site's `about.md`
 * or `skills.md` is no rewrite of the guide's; otherwise it is known as
 * `notes/skills` and keeps in `shadows` the id it would have taken.
 * Sections come out in reading order (order, then id). Drafts are left out
 * unless `drafts` asks for them; a wiki link that names a section, by its
 * id, an alias or its title, makes that section related.
 */
export function mergeFolders(folders: readonly LoadedFolder[], { drafts = false } = {}): Guide {
  const byId = new Map<string, Section>();
  const versions = new Map<string, string>();
  const builtIn = new Set(folders[0]?.sections.map((s) => s.id));
  for (const [index, folder] of folders.entries()) {
    for (const section of folder.sections) {
      // Left out as if it were not written yet: an earlier section of its id still shows.
      if (section.draft && !drafts) continue;
      const version = folder.versions.get(section.id) ?? '';
      // The section was made by this load (folderFromResults), so giving it its id here changes no one else's.
      if (index > 0 && section.replaces && builtIn.has(section.replaces)) section.id = section.replaces;
      else if (index > 0 && builtIn.has(section.id)) Object.assign(section, { shadows: section.id, id: `${OWN_NOTES}/${section.id}` });
      byId.set(section.id, section);
      versions.set(section.id, version);
    }
  }
  relateWikiLinks(byId);
  const sections = [...byId.values()].sort((a, b) => a.order - b.order || compareIds(a.id, b.id));
  const bodies = new Map(folders.flatMap((f) => [...f.bodies]));
  return {
    sections,
    section: (id) => byId.get(id),
    body: (id) => {
      const read = bodies.get(byId.get(id)?.file ?? '');
      if (!read) throw new CareersError(`no section "${id}" in the guide`);
      return read();
    },
    problems: folders.flatMap((f) => f.problems),
    data: Object.assign({}, ...folders.map((f) => f.data)) as Record<string, DataFile>,
    versions,
  };
}

/** Adds to each section's `related` the sections its wiki links name; links to nothing are a note's own business, not a problem. */
function relateWikiLinks(byId: ReadonlyMap<string, Section>): void {
  const linking = [...byId.values()].filter((s) => s.links?.length);
  if (!linking.length) return;
  const named = new Map<string, string>();
  for (const section of byId.values()) {
    for (const name of [slug(section.title), ...section.aliases, section.id]) if (name) named.set(name, section.id);
  }
  for (const section of linking) {
    const found = (section.links ?? []).map((link) => named.get(link)).filter((id): id is string => id !== undefined && id !== section.id);
    // The section was made by this load (folderFromResults), so adding to it changes no one else's.
    section.related = [...new Set([...section.related, ...found])];
  }
}
