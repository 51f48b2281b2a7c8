import { CareersError } from '../errors.js';
import { loadGuideFor } from '../shell/guide-context.js';
import { addPlanOutputOptions, defineCommand, examples } from './program.js';

export default defineCommand('plan', (command, io) =>
  addPlanOutputOptions(command.description('print the result of your last assessment again'))
    .addHelpText('after', examples('careers plan', 'careers plan --format markdown >> notes.md', 'careers plan --format json | jq .roles[0]'))
    .action(async (_options, command) => {
      const options = command.optsWithGlobals();
      const [{ savedRuns }, { planFormat, showPlan }] = await Promise.all([import('../shell/saved-runs.js'), import('../shell/show-plan.js')]);
      planFormat(io, options); // a bad --width is a usage error (2), whether or not a plan is saved
      const last = savedRuns(io).at(-1);
      if (!last) throw new CareersError('no saved assessment yet; run careers assess first');
      const sections = options.full ? (await loadGuideFor(io, options.guide)).sections : [];
      await showPlan(io, last.result, last.run.date, sections, options);
    }),
);
