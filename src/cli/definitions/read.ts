import { addPageOptions, defineCommand, examples, formatOption } from '../program.js';

const FORMATS = ['terminal', 'markdown', 'json'] as const;

export default defineCommand('read', (command) =>
  addPageOptions(
    command
      .description('print sections of the guide: rendered in a terminal, markdown when piped')
      .argument('[topics...]', 'topic ids, aliases or title words')
      .option('--all', 'print the whole guide in reading order')
      .option('--drafts', 'with --all or no topic, include sections marked draft: true (a draft named by its id is always found)')
      .addOption(formatOption(FORMATS, 'terminal in a terminal, else markdown')),
  ).addHelpText(
    'after',
    examples('careers read skills', 'careers read sop cv', 'careers read statement-of-purpose >> notes.md', 'careers read --all --format markdown > guide.md'),
  ),
);
