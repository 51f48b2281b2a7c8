import { Option } from '@commander-js/extra-typings';
import { CareersError, usageError } from '../../errors.js';
import type { IO } from '../../terminal/io.js';
import type { TimelineChoices } from '../../terminal/prompts/ask-timeline.js';
import { formatProblem, loadGuideFor } from '../guide-context.js';
import { pickFormat, pickTerminalOptions } from '../output-format.js';
import { dayOf, TODAY_HELP } from '../today.js';
import { MAX_YEARS_AHEAD, TARGETS, TIMELINE_FORMATS, TIMELINE_REGIONS } from '../../timeline/choices.js';
import { addLayoutOptions, defineCommand, examples, formatOption } from '../program.js';

export default defineCommand('timeline', (command, io) =>
  addLayoutOptions(
    command
      .description('a dated plan of what to do, month by month, to apply for a PhD, fellowship or residency')
      .addOption(new Option('--intake <year>', 'the year you want to start'))
      .addOption(new Option('--region <region>', 'where you apply (default: your last assessment\'s answer)').choices(TIMELINE_REGIONS))
      .addOption(new Option('--target <target>', 'what you apply for (default: from your last assessment\'s PhD answer)').choices(TARGETS))
      .option('--today <date>', TODAY_HELP)
      .addOption(formatOption(TIMELINE_FORMATS, 'text in a terminal, else markdown')),
  )
    .addHelpText(
      'after',
      examples(
        'careers timeline --intake 2027 --region us',
        'careers timeline --intake 2027 --region uk --target phd >> notes.md',
        'careers timeline --intake 2027 --region uk --target fellowship --format ics > applications.ics',
        'careers timeline --intake 2028 --region us --target phd --today 2027-03-01   # what if I start in March?',
      ),
    )
    .action(async (_options, command) => {
      const options = command.optsWithGlobals();
      const format = pickFormat(options.format, 'text', 'markdown', io);
      const terminal = format === 'text' ? pickTerminalOptions(options, io) : undefined; // a bad --width fails before anything is read
      const today = dayOf(io, options.today);
      const intake = options.intake === undefined ? undefined : intakeYear(options.intake, today.year);
      const choices = await chooseTimeline(io, { intake, region: options.region, target: options.target }, today.year);

      const guide = await loadGuideFor(io, options.guide);
      const [{ readTimelines }, { findPlan, planTimeline }] = await Promise.all([import('../../timeline/read-timelines.js'), import('../../timeline/plan.js')]);
      const { plans, problems } = readTimelines(guide, { sections: guide.sections, routes: guide.routes });
      if (problems[0]) throw new CareersError(`the timeline data is invalid: ${formatProblem(problems[0])}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
      const plan = findPlan(plans, choices.target, choices.region);
      if (!plan) throw new CareersError(`the guide has no timeline for ${choices.target} in region ${choices.region}`);
      const timeline = planTimeline(plan, { ...choices, today }, guide.routes);
      if (timeline.status === 'started') throw usageError(`the ${choices.intake} intake has already started (${timeline.intakeDate}); plan for ${choices.intake + 1} or later`);

      const { showTimeline } = await import('../show-timeline.js');
      await showTimeline(io, timeline, format, terminal, options.pager);
    }),
);

function intakeYear(text: string, thisYear: number): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= thisYear && year <= thisYear + MAX_YEARS_AHEAD)) throw usageError(`--intake must be a year from ${thisYear} to ${thisYear + MAX_YEARS_AHEAD} (got "${text}")`);
  return year;
}

/**
 * The intake, region and target: from the command line, else from the last
 * saved assessment, else asked in a terminal; elsewhere a missing one is a
 * usage error that names it.
 */
async function chooseTimeline(io: IO, given: TimelineChoices, thisYear: number) {
  const { savedTimelineChoices } = await import('../timeline-choices.js');
  const known = given.region && given.target ? given : { ...savedTimelineChoices(io), ...definedOnly(given) };
  if (known.intake !== undefined && known.region && known.target) return { intake: known.intake, region: known.region, target: known.target };
  if (!io.prompt) {
    const missing = (['intake', 'region', 'target'] as const).filter((key) => known[key] === undefined).map((key) => `--${key}`);
    throw usageError(`missing ${missing.join(' and ')} (no terminal to ask in)`, `careers timeline --help lists the values`);
  }
  const { askTimelineChoices } = await import('../../terminal/prompts/ask-timeline.js');
  return askTimelineChoices(known, io.prompt, thisYear);
}

const definedOnly = (choices: TimelineChoices): TimelineChoices => Object.fromEntries(Object.entries(choices).filter(([, value]) => value !== undefined));
