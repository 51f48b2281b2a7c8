import { addLayoutOptions, defineCommand, examples, formatOption } from '../program.js';

const FORMATS = ['terminal', 'markdown'] as const;

export default defineCommand('view', (command) =>
  addLayoutOptions(
    command
      .description('show any markdown file, rendered like careers read; piped, the file passes through')
      .argument('<file>', 'a markdown file, or - for standard input')
      .addOption(formatOption(FORMATS, 'terminal in a terminal, else markdown')),
  ).addHelpText('after', examples('careers view notes.md', 'careers view notes.md --format terminal --width 60', 'careers read cv | careers view -')),
);
