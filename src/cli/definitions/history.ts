import { defineCommand, examples, formatOption } from '../program.js';

export default defineCommand('history', (command) =>
  command
    .description('list your past assessments, or compare two of them')
    .argument('[runs...]', 'with --diff: two runs, by number or date (default: the last two)')
    .option('--diff', 'show what changed between two runs: answers and ranking')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText('after', examples('careers history', 'careers history --diff', 'careers history --diff 1 3', 'careers history --format json'))
);
