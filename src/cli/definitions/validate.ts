import { defineCommand, examples } from '../program.js';

export default defineCommand('validate', (command) =>
  command
    .description('check guide folders: front-matter schema, duplicate ids, dangling related ids, unknown roles, assessment, timeline and check data')
    .argument('[dirs...]', 'folders to check (default: the built-in guide)')
    .option('--strict', "hold every file to the built-in guide's schema: YAML front-matter with title and summary, a file name that is an id")
    .option('--each', 'one line for every problem, rather than one line with a count for a kind of problem found in many files of a folder')
    .addHelpText('after', examples('careers validate', 'careers validate ~/my-careers-notes', 'careers validate --strict')),
);
