import { parsedDataFiles, problem } from '../assess/schema.js';
import type { Route } from '../guide/routes.js';
import type { Guide, Problem, Section } from '../guide/types.js';
import { NOW, REQUIRED_ANCHORS, TimelineFileSchema, type TimelinePlan } from './schema.js';

/** Where a guide folder keeps its timeline files. */
export const TIMELINE_FOLDER = 'timeline/';

/** What a plan's steps may point at: the guide's sections and route records. */
interface References {
  sections: readonly Section[];
  routes: readonly Route[];
}

/** A plan's own mistakes: anchors and references that do not exist, dates and lead times without a source, steps that could be late with no advice. */
function planProblems(file: string, plan: TimelinePlan, refs: References): Problem[] {
  const problems: Problem[] = [];
  const sectionIds = new Set(refs.sections.map((s) => s.id));
  const routeIds = new Set(refs.routes.map((r) => r.id));
  for (const name of REQUIRED_ANCHORS) if (!plan.anchors[name]) problems.push(problem(file, `anchors.${name}`, `is required`));
  for (const [name, anchor] of Object.entries(plan.anchors)) {
    const at = `anchors.${name}`;
    if (anchor.month === undefined && (anchor.day !== undefined || anchor.year !== undefined || anchor.sources))
      problems.push(problem(file, at, 'has a day, year or sources but no month'));
    if (anchor.month !== undefined && !anchor.sources)
      problems.push(problem(file, `${at}.sources`, 'is required with a month: every date names where it was checked'));
  }
  const seen = new Set<string>();
  plan.items.forEach((item, index) => {
    const at = `items[${index}]`;
    if (seen.has(item.id)) problems.push(problem(file, `${at}.id`, `"${item.id}" is used twice`));
    seen.add(item.id);
    if (item.at !== NOW && !plan.anchors[item.at]) problems.push(problem(file, `${at}.at`, `no anchor "${item.at}" (nor "${NOW}")`));
    if (item.months !== 0 && !item.sources)
      problems.push(problem(file, `${at}.sources`, 'is required with months: every lead time names where it was checked'));
    if (item.at === NOW && item.months !== 0) problems.push(problem(file, `${at}.months`, `cannot move a step placed at "${NOW}"`));
    if (!sectionIds.has(item.section)) problems.push(problem(file, `${at}.section`, `no section "${item.section}" in the guide`));
    for (const route of item.routes) if (!routeIds.has(route)) problems.push(problem(file, `${at}.routes`, `no route record "${route}"`));
  });
  return problems;
}

/**
 * The timeline plans of a guide (its data files under timeline/), each
 * checked against the schema and the guide's sections and routes. A plan
 * with a problem is left out; two plans for the same target and region are
 * a problem of the second.
 */
export function readTimelines(guide: Pick<Guide, 'data'>, refs: References): { plans: TimelinePlan[]; problems: Problem[] } {
  const plans: TimelinePlan[] = [];
  const problems: Problem[] = [];
  const covered = new Map<string, string>();
  for (const { file, data: plan } of parsedDataFiles(guide, TIMELINE_FOLDER, TimelineFileSchema, problems)) {
    const own = planProblems(file, plan, refs);
    for (const pair of plan.targets.flatMap((t) => plan.regions.map((r) => `${t}/${r}`))) {
      const other = covered.get(pair);
      if (other) own.push(problem(file, 'targets', `${pair.replace('/', ' in ')} is already planned by ${other}`));
      else covered.set(pair, file);
    }
    if (own.length) problems.push(...own);
    else plans.push(plan);
  }
  return { plans, problems };
}
