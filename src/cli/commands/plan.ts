import { loadGuideFor } from '../guide-context.js';
import type definition from '../definitions/plan.js';
import type { ActionOf } from '../program.js';
import { pickSavedRun, savedRunRefs } from '../../history/saved-runs.js';
import { planAgain, rankAgain } from '../rank-again.js';
import { planFormat, printPlanJson, showPlan } from '../show-plan.js';
import { dayText } from '../today.js';

export const run: ActionOf<typeof definition> = async (io, [which], options) => {
  const how = planFormat(io, options); // a bad --width is a usage error (2), whether or not a plan is saved
  const today = options.today === undefined ? undefined : dayText(io, options.today);
  const picked = pickSavedRun(io, savedRunRefs(io), which);
  const guide = options.full ? await loadGuideFor(io, options.guide) : undefined;
  const saved = today ? await planAgain(io, picked.run.answers, options.guide, today) : picked.result;
  if (how.format === 'json') return printPlanJson(io, saved, guide, options);
  // Text and markdown print today's shape: a run saved before results had a version is ranked again from its answers.
  const result = saved.version === undefined ? await rankAgain(io, saved, options.guide) : saved;
  await showPlan(io, result, picked.run.date, guide, options, how, today);
};
