import { Argument } from '@commander-js/extra-typings';
import { defineCommand, examples } from '../program.js';

/** Help topics that are not commands (their texts are in commands/help.ts). */
export const HELP_TOPICS = ['environment', 'data'] as const;

export default defineCommand('help', (command) =>
  command
    .description('help for a command, or for a topic: environment, data (how old the guide is, and how to update)')
    .addArgument(
      // Every command before this one in the registry, and the topics, as choices that shell completion offers;
      // the names are checked by the action (with suggestions), not by Commander, so the parser hands any word through.
      new Argument('[command]', 'a command, or a topic: environment, data')
        .choices([...(command.parent?.commands.map((c) => c.name()).filter((n) => n !== 'help') ?? []), ...HELP_TOPICS])
        .argParser((name) => name),
    )
    .addHelpText('after', examples('careers help read', 'careers help environment', 'careers help data')),
);
