import { defineCommand, examples, formatOption } from '../program.js';

/** How many of the latest runs history lists unless asked for all: each is a file to read, and people save thousands. */
export const SHOWN_RUNS = 100;

export default defineCommand('history', (command) =>
  command
    .description('list your past assessments, or compare two of them')
    .argument('[runs...]', 'with --diff: two runs, by number or date (default: the last two)')
    .option('--diff', 'show what changed between two runs: answers and ranking')
    .option('--all', `list every run, not only the last ${SHOWN_RUNS}`)
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText(
      'after',
      examples('careers history', 'careers history --all', 'careers history --diff', 'careers history --diff 1 3', 'careers history --format json'),
    ),
);
