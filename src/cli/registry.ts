import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { IO } from '../terminal/io.js';
import type { CommandAction, CommandDefinition, Program } from './program.js';
import assess from './definitions/assess.js';
import check from './definitions/check.js';
import completion from './definitions/completion.js';
import help from './definitions/help.js';
import history from './definitions/history.js';
import list from './definitions/list.js';
import plan from './definitions/plan.js';
import read from './definitions/read.js';
import search from './definitions/search.js';
import timeline from './definitions/timeline.js';
import validate from './definitions/validate.js';
import view from './definitions/view.js';

/** A command of the CLI, ready to be added to the program. */
export interface RegisteredCommand {
  name: string;
  add(program: Program, io: IO): void;
}

/**
 * A command's definition joined to its action. This is the one place where
 * the CLI loads code lazily: defining a command is cheap (its options and
 * help), and its action module, with the libraries it uses (the renderer,
 * the prompts, the search index, the parsers), loads only when it runs.
 */
function command<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  definition: CommandDefinition<Command<A, O, G>>,
  load: () => Promise<{ run: CommandAction<A, O, G> }>,
): RegisteredCommand {
  return {
    name: definition.name,
    add(program, io) {
      const defined = definition.define(program.command(definition.name).copyInheritedSettings(program));
      defined.action(async () => {
        const { run } = await load();
        await run(io, defined.processedArgs, defined.optsWithGlobals(), defined);
      });
    },
  };
}

/** Every command, in the order help lists them: the CLI, its help and shell completion are made from this list. */
export const commands: RegisteredCommand[] = [
  command(assess, () => import('./commands/assess.js')),
  command(plan, () => import('./commands/plan.js')),
  command(timeline, () => import('./commands/timeline.js')),
  command(check, () => import('./commands/check.js')),
  command(history, () => import('./commands/history.js')),
  command(list, () => import('./commands/list.js')),
  command(read, () => import('./commands/read.js')),
  command(view, () => import('./commands/view.js')),
  command(search, () => import('./commands/search.js')),
  command(validate, () => import('./commands/validate.js')),
  command(completion, () => import('./commands/completion.js')),
  command(help, () => import('./commands/help.js')),
];
