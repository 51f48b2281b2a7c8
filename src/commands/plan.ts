import { CareersError } from '../errors.js';
import type { IO } from '../io.js';
import { loadGuideFor } from './guide-context.js';
import { savedRuns } from './saved-runs.js';
import { planFormat, showPlan, type PlanOutputOptions } from './show-plan.js';

/** `careers plan`: the last assessment's result again, in any format, without asking anything. */
export async function planCommand(io: IO, options: PlanOutputOptions): Promise<void> {
  planFormat(io, options); // a bad option is a usage error (2), whether or not a plan is saved
  const last = savedRuns(io).at(-1);
  if (!last) throw new CareersError('no saved assessment yet; run careers assess first');
  const sections = options.full ? (await loadGuideFor(io, options.guide)).sections : [];
  await showPlan(io, last.result, last.run.date, sections, options);
}
