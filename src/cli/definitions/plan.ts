import { addPlanOutputOptions, defineCommand, examples } from '../program.js';
import { TODAY_HELP } from '../today.js';

export default defineCommand('plan', (command) =>
  addPlanOutputOptions(
    command
      .description('print the result of a saved assessment again: the last one, or any from careers history')
      .argument('[run]', 'its number in careers history, or its date (2026-11-30, or 2026-11-30 14:05)')
      .option('--today <date>', `${TODAY_HELP}; given, the run's answers are planned again for that day`),
  ).addHelpText('after', examples('careers plan', 'careers plan 2', 'careers plan --format markdown >> notes.md', 'careers plan --format json | jq .roles[0]')),
);
