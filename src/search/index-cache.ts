import MiniSearch, { type AsPlainObject } from 'minisearch';
import * as v from 'valibot';
import { withBody, type Guide } from '../guide/types.js';
import { saveCacheEntry } from '../files/cache-folder.js';
import { readLimited } from '../files/read-limited.js';
import { BUILD } from '../version.js';
import { INDEX_OPTIONS, type SearchIndex } from './search.js';

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

/**
 * A saved index, on the first line of its file: MiniSearch's own JSON, the
 * version of the file each section was indexed from, and where each
 * section's passages are in the rest of the file (UTF-8 byte offsets from
 * the line's end, [start, end)). The passages of all sections are most of
 * the bytes, and a search shows a few hits': kept out of the JSON, only
 * those are decoded.
 */
interface SavedIndex {
  build: string;
  versions: Record<string, string>;
  passages: Record<string, [number, number]>;
  /** The length of the rest of the file: one cut short is not used. */
  passageBytes: number;
  index: AsPlainObject;
}

/*
 * What is checked of a saved index before MiniSearch loads it: its build,
 * its versions and the length of its passages. The rest is MiniSearch's to
 * refuse; a section's place among the passages is checked when its hit is
 * shown, and the passages lose any control characters there (search.ts).
 */
const SavedIndexSchema = v.object({
  build: v.literal(BUILD),
  versions: v.record(v.string(), v.string()),
  passages: v.looseObject({}),
  passageBytes: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  index: v.looseObject({}),
});
const SpanSchema = v.tuple([v.pipe(v.number(), v.safeInteger(), v.minValue(0)), v.pipe(v.number(), v.safeInteger(), v.minValue(0))]);

/*
 * What makes a section's entry in the index, loaded only when a section must
 * be indexed: splitting bodies into passages loads marked, whose set-up was
 * a tenth of a search with an index already up to date (docs/performance.md).
 */
const indexing = () => import('./search-doc.js');

function readIndex(file: string): (SearchIndex & { versions: Map<string, string> }) | undefined {
  try {
    const bytes = readLimited(file, MAX_INDEX_BYTES);
    const lineEnd = bytes.indexOf('\n');
    if (lineEnd < 0) return undefined;
    const saved = v.safeParse(SavedIndexSchema, JSON.parse(bytes.toString('utf8', 0, lineEnd)));
    if (!saved.success || bytes.length - lineEnd - 1 !== saved.output.passageBytes) return undefined;
    const rest = bytes.subarray(lineEnd + 1);
    const spans = saved.output.passages;
    const passages = (id: string) => {
      const span = Object.hasOwn(spans, id) ? spans[id] : undefined;
      return v.is(SpanSchema, span) ? rest.toString('utf8', span[0], Math.min(span[1], rest.length)) : '';
    };
    // The shape MiniSearch wrote: loadJS throws on one it cannot load.
    const index = MiniSearch.loadJS(saved.output.index as AsPlainObject, INDEX_OPTIONS);
    return { index, passages, versions: new Map(Object.entries(saved.output.versions)) };
  } catch {
    return undefined; // missing, too large, not JSON, or not an index MiniSearch can load: build one
  }
}

/**
 * The guide's search index: a saved one, brought up to date by discarding
 * and adding only the sections whose files changed since, or else one built
 * afresh. Indexing a large guide costs far more than loading its index.
 */
export async function searchIndexFor(guide: Guide, files: SearchIndexFiles): Promise<SearchIndex> {
  const saved = (files.writable && readIndex(files.writable)) || (files.prebuilt && readIndex(files.prebuilt)) || undefined;
  if (!saved) {
    const built = (await indexing()).buildSearchIndex(guide);
    save(files.writable, built, guide.versions);
    return built;
  }
  const { index, versions } = saved;
  let changed = false;
  for (const [id, version] of versions) {
    if (guide.versions.get(id) === version) continue;
    if (index.has(id)) index.discard(id);
    changed = true;
  }
  const unindexed = guide.sections.filter((section) => versions.get(section.id) !== guide.versions.get(section.id) || !index.has(section.id));
  const added = new Map<string, string>();
  if (unindexed.length) {
    const { searchDoc } = await indexing();
    for (const section of unindexed) {
      // An id the saved index holds but its versions do not (an edited file) is replaced, not added twice.
      if (index.has(section.id)) index.discard(section.id);
      const doc = searchDoc(withBody(guide, section));
      index.add(doc);
      added.set(doc.id, doc.passages);
    }
    changed = true;
  }
  const updated: SearchIndex = { index, passages: (id) => added.get(id) ?? saved.passages(id) };
  if (changed) {
    if (index.dirtFactor > MAX_DIRT) await index.vacuum();
    save(files.writable, updated, guide.versions);
  }
  return updated;
}

function save(file: string | undefined, found: SearchIndex, versions: ReadonlyMap<string, string>): void {
  if (file) saveCacheEntry(file, indexText(found, versions), KEEP);
}

/** A saved index, as this module reads it back: also how the build saves the built-in guide's. */
export function indexText({ index, passages }: SearchIndex, versions: ReadonlyMap<string, string>): string {
  const spans: SavedIndex['passages'] = {};
  const texts: string[] = [];
  let bytes = 0;
  for (const id of versions.keys()) {
    if (!index.has(id)) continue;
    const text = passages(id);
    const end = bytes + Buffer.byteLength(text);
    spans[id] = [bytes, end];
    texts.push(text);
    bytes = end;
  }
  const saved: SavedIndex = { build: BUILD, versions: Object.fromEntries(versions), passages: spans, passageBytes: bytes, index: index.toJSON() };
  return `${JSON.stringify(saved)}\n${texts.join('')}`;
}
