import fs from 'node:fs';
import path from 'node:path';
import type { Guide } from '../guide/types.js';
import { saveCacheEntry } from '../store/cache-folder.js';
import { buildSearchIndex, loadSearchIndex } from './search.js';

/** Bumped when the index options change, so old indexes are not reused. */
const INDEX_VERSION = 'v1';
/** Indexes kept: one per guide set in use (with and without custom folders), not one per edit. */
const KEEP = 6;

/**
 * The guide's search index, from the cache folder when one was built for
 * exactly these files, else built and saved. Indexing a 2,000-section guide
 * costs far more than loading its saved index.
 */
export function cachedSearchIndex(guide: Guide, cacheDir: string | undefined) {
  const folder = cacheDir && path.join(cacheDir, 'search');
  // Named by the guide's stamp and the index version: any edit gives a new name.
  const file = folder && path.join(folder, `${INDEX_VERSION}-${guide.stamp}.json`);
  if (file) {
    try {
      return loadSearchIndex(fs.readFileSync(file, 'utf8'));
    } catch {
      // Missing or damaged: build it again.
    }
  }
  const index = buildSearchIndex(guide.sections);
  if (file) saveCacheEntry(file, JSON.stringify(index), KEEP);
  return index;
}
