import { defineCommand, examples, formatOption } from '../program.js';

export default defineCommand('list', (command) =>
  command
    .description('list the topics of the guide')
    .option('--tag <tag>', 'only topics with this tag or role')
    .option('--tags', 'list every tag with how many topics carry it')
    .option('--drafts', 'include sections marked draft: true')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText('after', examples('careers list', 'careers list --tag phd', 'careers list --tags', 'careers list --format json | jq -r ".[].id"')),
);
