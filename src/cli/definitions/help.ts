import { defineCommand, examples } from '../program.js';

export default defineCommand('help', (command) =>
  command
    .description('help for a command, or for a topic: environment')
    .argument('[command]', 'a command, or "environment"')
    .addHelpText('after', examples('careers help read', 'careers help environment'))
);
