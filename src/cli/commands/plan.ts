import { loadGuideFor } from '../guide-context.js';
import { addPlanOutputOptions, defineCommand, examples } from '../program.js';
import { dayText, TODAY_HELP } from '../today.js';

export default defineCommand('plan', (command, io) =>
  addPlanOutputOptions(
    command
      .description('print the result of a saved assessment again: the last one, or any from careers history')
      .argument('[run]', 'its number in careers history, or its date (2026-11-30, or 2026-11-30 14:05)')
      .option('--today <date>', `${TODAY_HELP}; given, the run's answers are planned again for that day`),
  )
    .addHelpText('after', examples('careers plan', 'careers plan 2', 'careers plan --format markdown >> notes.md', 'careers plan --format json | jq .roles[0]'))
    .action(async (run, _options, command) => {
      const options = command.optsWithGlobals();
      const [{ savedRuns }, { pickRun }, { planFormat, showPlan }] = await Promise.all([import('../../history/saved-runs.js'), import('../../history/pick-run.js'), import('../show-plan.js')]);
      planFormat(io, options); // a bad --width is a usage error (2), whether or not a plan is saved
      const today = options.today === undefined ? undefined : dayText(io, options.today);
      const picked = pickRun(savedRuns(io), run);
      const sections = options.full ? (await loadGuideFor(io, options.guide)).sections : [];
      const result = today ? await (await import('../rank-again.js')).planAgain(io, picked.run.answers, options.guide, today) : picked.result;
      await showPlan(io, result, picked.run.date, sections, options);
    }),
);
