/**
 * Bumped whenever the parsing rules or the cached shape of a guide folder
 * change. Old folder caches are then ignored, and folder stamps change with
 * it, so what was made from a whole guide under the old rules (a saved
 * search index) is not reused either.
 */
export const CACHE_VERSION = 14;
