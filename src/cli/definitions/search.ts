import { defineCommand, examples, formatOption } from '../program.js';

export default defineCommand('search', (command) =>
  command
    .description('search the guide and print the passages that match: text in a terminal, markdown for notes when piped')
    .argument('<words...>', 'what to look for (prefixes and small typos match too)')
    .addOption(formatOption(['text', 'markdown', 'json'], 'text in a terminal, else markdown'))
    .option('--limit <n>', 'at most this many sections (default: 5)')
    .option('--drafts', 'search sections marked draft: true too')
    .addHelpText('after', examples('careers search residency', 'careers search GPA >> notes.md', 'careers search recommendation letters --format json')),
);
