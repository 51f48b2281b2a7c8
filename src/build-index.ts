import { writePrebuiltAssessment } from './commands/load-assessment.js';
import { BUILTIN_ORIGIN } from './guide/credit.js';
import { writeCache } from './guide/folder-cache.js';
import { loadFolder } from './guide/load.js';
import { mergeFolders } from './guide/merge.js';

/**
 * Run by the build: parses the built-in guide once and writes it as a cache
 * file beside the bundle, so commands start from JSON instead of parsing
 * markdown and YAML, and checks its assessment data once for the same
 * reason. Both are used only while the guide files are unchanged.
 */
export function buildGuideIndex(dir: string, out: { index: string; assessment: string }): number {
  const source = { dir, origin: BUILTIN_ORIGIN };
  const folder = loadFolder(source);
  writeCache(out.index, source, folder);
  writePrebuiltAssessment(out.assessment, source, mergeFolders([folder]));
  return folder.sections.length;
}
