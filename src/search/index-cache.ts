import MiniSearch, { type AsPlainObject } from 'minisearch';
import * as v from 'valibot';
import { withBody, type Guide } from '../guide/types.js';
import { saveCacheEntry } from '../files/cache-folder.js';
import { readLimited } from '../files/read-limited.js';
import { BUILD } from '../version.js';
import { INDEX_OPTIONS, type SearchDoc } from './search.js';

/** Indexes kept in the cache folder: one per set of guide folders in use. */
const KEEP = 6;
/** A 10,000-section guide's index is some tens of MiB; anything far larger is not ours. */
const MAX_INDEX_BYTES = 512 * 1024 * 1024;
/** Past this share of discarded documents, a saved index is compacted before it is written. */
const MAX_DIRT = 0.1;

export interface SearchIndexFiles {
  /** The built-in guide's, made by the build; only read. */
  prebuilt?: string;
  /** In the cache folder, for this set of guide folders. */
  writable?: string;
}

/** A saved index: MiniSearch's own JSON, and the version of the file each section was indexed from. */
interface SavedIndex {
  build: string;
  versions: Record<string, string>;
  index: AsPlainObject;
}

/*
 * What is checked of a saved index before MiniSearch loads it: its build and
 * its versions. The rest is MiniSearch's to refuse; the passages it stores
 * lose any control characters where a search reads them (search.ts).
 */
const SavedIndexSchema = v.object({
  build: v.literal(BUILD),
  versions: v.record(v.string(), v.string()),
  index: v.looseObject({}),
});

/*
 * What makes a section's entry in the index, loaded only when a section must
 * be indexed: splitting bodies into passages loads marked, whose set-up was
 * a tenth of a search with an index already up to date (docs/performance.md).
 */
const indexing = () => import('./search-doc.js');

function readIndex(file: string): { index: MiniSearch<SearchDoc>; versions: Map<string, string> } | undefined {
  try {
    const saved = v.safeParse(SavedIndexSchema, JSON.parse(readLimited(file, MAX_INDEX_BYTES).toString('utf8')));
    if (!saved.success) return undefined;
    // The shape MiniSearch wrote: loadJS throws on one it cannot load.
    return { index: MiniSearch.loadJS(saved.output.index as AsPlainObject, INDEX_OPTIONS), versions: new Map(Object.entries(saved.output.versions)) };
  } catch {
    return undefined; // missing, too large, not JSON, or not an index MiniSearch can load: build one
  }
}

/**
 * The guide's search index: a saved one, brought up to date by discarding
 * and adding only the sections whose files changed since, or else one built
 * afresh. Indexing a large guide costs far more than loading its index.
 */
export async function searchIndexFor(guide: Guide, files: SearchIndexFiles): Promise<MiniSearch<SearchDoc>> {
  const saved = (files.writable && readIndex(files.writable)) || (files.prebuilt && readIndex(files.prebuilt)) || undefined;
  if (!saved) {
    const index = (await indexing()).buildSearchIndex(guide);
    save(files.writable, index, guide.versions);
    return index;
  }
  const { index, versions } = saved;
  let changed = false;
  for (const [id, version] of versions) {
    if (guide.versions.get(id) === version) continue;
    if (index.has(id)) index.discard(id);
    changed = true;
  }
  const unindexed = guide.sections.filter((section) => versions.get(section.id) !== guide.versions.get(section.id) || !index.has(section.id));
  if (unindexed.length) {
    const { searchDoc } = await indexing();
    for (const section of unindexed) {
      // An id the saved index holds but its versions do not (an edited file) is replaced, not added twice.
      if (index.has(section.id)) index.discard(section.id);
      index.add(searchDoc(withBody(guide, section)));
    }
    changed = true;
  }
  if (changed) {
    if (index.dirtFactor > MAX_DIRT) await index.vacuum();
    save(files.writable, index, guide.versions);
  }
  return index;
}

function save(file: string | undefined, index: MiniSearch<SearchDoc>, versions: ReadonlyMap<string, string>): void {
  if (file) saveCacheEntry(file, indexText(index, versions), KEEP);
}

/** A saved index, as this module reads it back: also how the build saves the built-in guide's. */
export const indexText = (index: MiniSearch<SearchDoc>, versions: ReadonlyMap<string, string>): string =>
  JSON.stringify({ build: BUILD, versions: Object.fromEntries(versions), index: index.toJSON() } satisfies SavedIndex);
