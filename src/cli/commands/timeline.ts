import { CareersError, usageError } from '../../errors.js';
import type { IO } from '../../terminal/io.js';
import type { TimelineChoices } from '../../terminal/prompts/ask-timeline.js';
import { formatProblem, loadGuideFor } from '../guide-context.js';
import { pickFormat, pickTerminalOptions } from '../output-format.js';
import { dayOf, FIRST_YEAR } from '../today.js';
import { MAX_YEARS_AHEAD } from '../../timeline/schema.js';
import type definition from '../definitions/timeline.js';
import type { ActionOf } from '../program.js';
import { readTimelines } from '../../timeline/read-timelines.js';
import { findPlan, planTimeline } from '../../timeline/plan.js';
import { showTimeline } from '../show-timeline.js';
import { savedTimelineChoices } from '../timeline-choices.js';
import { askTimelineChoices } from '../../terminal/prompts/ask-timeline.js';

export const run: ActionOf<typeof definition> = async (io, _args, options) => {
  const format = pickFormat(options.format, 'text', 'markdown', io);
  const terminal = format === 'text' ? pickTerminalOptions(options, io) : undefined; // a bad --width fails before anything is read
  const today = dayOf(io, options.today);
  const intake = options.intake === undefined ? undefined : intakeYear(options.intake, today.year);
  const choices = await chooseTimeline(io, { intake, region: options.region, target: options.target }, today.year);

  const guide = await loadGuideFor(io, options.guide);
  const { plans, problems } = readTimelines(guide, { sections: guide.sections, routes: guide.routes() });
  if (problems[0])
    throw new CareersError(`the timeline data is invalid: ${formatProblem(problems[0])}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  const plan = findPlan(plans, choices.target, choices.region);
  if (!plan) throw new CareersError(`the guide has no timeline for ${choices.target} in region ${choices.region}`);
  const timeline = planTimeline(plan, { ...choices, today }, guide.routes());
  if (timeline.status === 'started')
    throw usageError(`the ${choices.intake} intake has already started (${timeline.intakeDate}); plan for ${choices.intake + 1} or later`);
  // A late step's date is today; the date it was due is what may fall before the year 1000.
  if (timeline.steps.some((step) => Number((step.due ?? step.date)?.split('-')[0]) < FIRST_YEAR))
    throw usageError(`the plan for the ${choices.intake} intake starts before the year ${FIRST_YEAR}; plan for a later intake`);

  await showTimeline(io, timeline, format, terminal, options.pager);
};

function intakeYear(text: string, thisYear: number): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= thisYear && year <= thisYear + MAX_YEARS_AHEAD))
    throw usageError(`--intake must be a year from ${thisYear} to ${thisYear + MAX_YEARS_AHEAD} (got "${text}")`);
  return year;
}

/**
 * The intake, region and target: from the command line, else from the last
 * saved assessment, else asked in a terminal; elsewhere a missing one is a
 * usage error that names it.
 */
async function chooseTimeline(io: IO, given: TimelineChoices, thisYear: number) {
  const known = given.region && given.target ? given : { ...savedTimelineChoices(io), ...definedOnly(given) };
  if (known.intake !== undefined && known.region && known.target) return { intake: known.intake, region: known.region, target: known.target };
  const terminal = io.prompt();
  if (!terminal) {
    const missing = (['intake', 'region', 'target'] as const).filter((key) => known[key] === undefined).map((key) => `--${key}`);
    throw usageError(`missing ${missing.join(' and ')} (no terminal to ask in)`, `careers timeline --help lists the values`);
  }
  return askTimelineChoices(known, terminal, thisYear);
}

const definedOnly = (choices: TimelineChoices): TimelineChoices => Object.fromEntries(Object.entries(choices).filter(([, value]) => value !== undefined));
