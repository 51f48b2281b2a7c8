import { Option } from '@commander-js/extra-typings';
import { defineCommand, examples } from '../program.js';

export default defineCommand('completion', (command) =>
  command
    .description('print a shell completion script for commands, options and topic ids')
    .argument('[shell]', 'bash, zsh or fish')
    .addOption(new Option('--topics', 'print the topic ids, one a line, for the completion scripts').hideHelp())
    .addHelpText('after', examples('source <(careers completion bash)', 'careers completion fish > ~/.config/fish/completions/careers.fish'))
);
