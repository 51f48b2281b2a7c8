import { BUILTIN_ORIGIN } from './credit.js';
import { writeCache } from './folder-cache.js';
import { loadFolder } from './load.js';

/**
 * Run by the build: parses the built-in guide once and writes it as a cache
 * file beside the bundle, so commands start from JSON instead of parsing
 * markdown and YAML. It is used only while the guide files are unchanged.
 */
export function buildGuideIndex(dir: string, out: string): number {
  const source = { dir, origin: BUILTIN_ORIGIN };
  const folder = loadFolder(source);
  writeCache(out, source, folder);
  return folder.sections.length;
}
