import { readTimelines } from '../../src/timeline/read-timelines.js';
import { findPlan, planTimeline } from '../../src/timeline/plan.js';
import { parseDay } from '../../src/timeline/months.js';
import type { Target, TimelineRegion } from '../../src/timeline/schema.js';
import { builtinGuide } from '../helpers/builtin-guide.js';

/** The built-in guide's timeline plans, read as the command reads them. */
export const guide = builtinGuide();
export const { plans, problems } = readTimelines(guide, { sections: guide.sections, routes: guide.routes() });

/** A plan of the built-in guide, dated for an intake as seen on `today`. */
export function timelineFor(target: Target, region: TimelineRegion, intake: number, today: string) {
  const plan = findPlan(plans, target, region);
  const day = parseDay(today);
  if (!plan || !day) throw new Error(`no plan for ${target} in ${region}, or a bad day ${today}`);
  return planTimeline(plan, { target, region, intake, today: day }, guide.routes());
}
