import { loadGuideFor } from '../guide-context.js';
import type definition from '../definitions/plan.js';
import type { ActionOf } from '../program.js';
import { savedRuns } from '../../history/saved-runs.js';
import { pickRun } from '../../history/pick-run.js';
import { planFormat, showPlan } from '../show-plan.js';

export const run: ActionOf<typeof definition> = async (io, [which], options) => {
  planFormat(io, options); // a bad --width is a usage error (2), whether or not a plan is saved
  const picked = pickRun(savedRuns(io), which);
  const sections = options.full ? (await loadGuideFor(io, options.guide)).sections : [];
  await showPlan(io, picked.result, picked.run.date, sections, options);
};

