import { Argument, Option } from '@commander-js/extra-typings';
import { defineCommand, examples } from '../program.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export default defineCommand('completion', (command) =>
  command
    .description('print a shell completion script for commands, options and topic ids')
    .addArgument(new Argument('[shell]', 'bash, zsh or fish').choices(SHELLS))
    .addOption(new Option('--topics', 'print the topic ids, one a line, for the completion scripts').hideHelp())
    .addHelpText('after', examples('source <(careers completion bash)', 'careers completion fish > ~/.config/fish/completions/careers.fish')),
);
