import { resolve } from 'node:path';
import { readChecks } from './check/read-checks.js';
import { BUILTIN_ORIGIN } from './guide/credit.js';
import { readFolder } from './guide/load.js';
import { mergeFolders } from './guide/merge.js';
import { withRoutesNow } from './guide/routes.js';
import { indexText } from './search/index-cache.js';
import { buildSearchIndex } from './search/search-doc.js';
import { checkedInputsText, readAssessment } from './cli/load-assessment.js';
import { formatProblem } from './cli/guide-context.js';
import { writeCache } from './guide/cache.js';
import { readTimelines } from './timeline/read-timelines.js';
import { writeFileSync } from 'node:fs';

/**
 * Run by the build: parses the built-in guide once and writes it as a
 * cache beside the bundle, with its search index and the assessment's
 * inputs as validation made them, so commands start from JSON instead of
 * parsing markdown and YAML, and `assess` does not validate the built-in
 * data again. Each is used only while the guide's files are unchanged.
 * Fails on a problem in the guide, its assessment, its timelines or its check rules.
 */
export function buildGuideIndex(dir: string, out: { cache: string; search: string; checked: string }): number {
  const source = { dir, origin: BUILTIN_ORIGIN };
  const { folder, results } = readFolder(source);
  const guide = withRoutesNow(mergeFolders([folder]));
  const assessment = readAssessment([source], guide);
  const timelines = readTimelines(guide, { sections: guide.sections, routes: guide.routes() });
  const checks = readChecks(guide, guide.sections);
  const all = [...guide.problems, ...('problems' in assessment ? assessment.problems : []), ...timelines.problems, ...checks.problems];
  if (all.length) throw new Error(`the built-in guide has problems: ${all.map(formatProblem).join('; ')}`);
  writeCache(out.cache, resolve(dir), results);
  writeFileSync(out.search, indexText(buildSearchIndex(guide), guide.versions));
  if ('ok' in assessment) writeFileSync(out.checked, checkedInputsText(guide, { data: assessment.ok, routes: guide.routes(), timelines: timelines.plans }));
  return guide.sections.length;
}
