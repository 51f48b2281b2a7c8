import path from 'node:path';
import type { Guide } from '../guide/types.js';
import { saveCacheEntry } from '../store/cache-folder.js';
import { buildSearchIndex } from './search.js';
import { DamagedIndexError, readSplitIndex, splitIndexText, type SplitIndex } from './split-index.js';

/** Bumped when the index options change, so old indexes are not reused. */
const INDEX_VERSION = 'v2';
/** Indexes kept: one per guide set in use (with and without custom folders), not one per edit. */
const KEEP = 6;

/**
 * Runs `use` with the guide's search index: the one in the cache folder
 * when it was saved for exactly these files (named by the guide's stamp),
 * else one built and saved. Indexing a 2,000-section guide costs far more
 * than reading the few terms of its saved index that a query needs. A saved
 * index found damaged while `use` reads it is built again, and `use` rerun.
 */
export function withSearchIndex<R>(guide: Guide, cacheDir: string | undefined, use: (index: SplitIndex) => R): R {
  const file = cacheDir && path.join(cacheDir, 'search', `${INDEX_VERSION}-${guide.stamp}.json`);
  const saved = file ? readSplitIndex(file) : undefined;
  if (saved) {
    try {
      return use(saved);
    } catch (error) {
      if (!(error instanceof DamagedIndexError)) throw error;
    } finally {
      saved.close();
    }
  }
  const index = buildSearchIndex(guide.sections);
  if (file) saveCacheEntry(file, splitIndexText(index), KEEP);
  return use(index);
}
