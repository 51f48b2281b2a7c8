import path from 'node:path';
import type MiniSearch from 'minisearch';
import type { Guide } from '../guide/types.js';
import { saveCacheEntry } from '../store/cache-folder.js';
import { buildSearchIndex, queryIndex, type Doc } from './search.js';
import { readSplitIndex, splitIndexText } from './split-index.js';

/** Bumped when the index options change, so old indexes are not reused. */
const INDEX_VERSION = 'v2';
/** Indexes kept: one per guide set in use (with and without custom folders), not one per edit. */
const KEEP = 6;

/**
 * The part of the guide's search index that answers `query`: from the
 * cache folder when an index was saved for exactly these files (named by
 * the guide's stamp), else built and saved. Indexing a 2,000-section guide
 * costs far more than reading the few terms of its saved index a query needs.
 */
export function searchIndexFor(guide: Guide, cacheDir: string | undefined, query: string): MiniSearch<Doc> {
  const file = cacheDir && path.join(cacheDir, 'search', `${INDEX_VERSION}-${guide.stamp}.json`);
  const saved = file ? readSplitIndex(file) : undefined;
  if (saved) {
    try {
      return queryIndex(saved, query);
    } catch {
      // Damaged: build it again.
    } finally {
      saved.close();
    }
  }
  const index = buildSearchIndex(guide.sections);
  if (file) saveCacheEntry(file, splitIndexText(index), KEEP);
  return queryIndex(index, query);
}
