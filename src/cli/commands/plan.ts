import { loadGuideFor } from '../guide-context.js';
import { addPlanOutputOptions, defineCommand, examples } from '../program.js';

export default defineCommand('plan', (command, io) =>
  addPlanOutputOptions(
    command
      .description('print the result of a saved assessment again: the last one, or any from careers history')
      .argument('[run]', 'its number in careers history, or its date (2026-11-30, or 2026-11-30 14:05)'),
  )
    .addHelpText('after', examples('careers plan', 'careers plan 2', 'careers plan --format markdown >> notes.md', 'careers plan --format json | jq .roles[0]'))
    .action(async (run, _options, command) => {
      const options = command.optsWithGlobals();
      const [{ pickSavedRun, savedRunRefs }, { planFormat, showPlan }] = await Promise.all([import('../../history/saved-runs.js'), import('../show-plan.js')]);
      planFormat(io, options); // a bad --width is a usage error (2), whether or not a plan is saved
      const picked = pickSavedRun(io, savedRunRefs(io), run);
      const sections = options.full ? (await loadGuideFor(io, options.guide)).sections : [];
      await showPlan(io, picked.result, picked.run.date, sections, options);
    }),
);
