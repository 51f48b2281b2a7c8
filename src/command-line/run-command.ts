import type { AssessOptions } from '../commands/assess.js';
import type { HistoryOptions } from '../commands/history.js';
import type { ListOptions } from '../commands/list.js';
import type { ReadOptions } from '../commands/read.js';
import type { SearchOptions } from '../commands/search.js';
import type { PlanOutputOptions } from '../commands/show-plan.js';
import type { IO } from '../io.js';
import type { ParsedCommand } from './parsed-command.js';

type Run = (io: IO, operands: string[], options: Record<string, unknown>) => Promise<void> | void;

/**
 * Each command's module is imported only here and only when it runs: the
 * build puts each in a file of its own, or builds one into the bundle of a
 * command line that names it (scripts/build.mjs).
 */
const COMMANDS: Record<string, Run> = {
  assess: async (io, _, options) => (await import('../commands/assess.js')).assessCommand(io, options as AssessOptions),
  plan: async (io, _, options) => (await import('../commands/plan.js')).planCommand(io, options as PlanOutputOptions),
  history: async (io, _, options) => (await import('../commands/history.js')).historyCommand(io, options as HistoryOptions),
  list: async (io, _, options) => (await import('../commands/list.js')).listCommand(io, options as ListOptions),
  read: async (io, topics, options) => (await import('../commands/read.js')).readCommand(io, topics, options as ReadOptions),
  search: async (io, words, options) => (await import('../commands/search.js')).searchCommand(io, words, options as SearchOptions),
  validate: async (io, dirs) => (await import('../commands/validate.js')).validateCommand(io, dirs),
};

/** Whether runCommand runs this command (completion, which needs the Commander program, it does not). */
export const runsCommand = (name: string) => Object.hasOwn(COMMANDS, name);

/** Runs a parsed command line, whether Commander or the quick parser parsed it. */
export async function runCommand(io: IO, { name, args, options }: ParsedCommand): Promise<void> {
  if (!runsCommand(name)) throw new Error(`no command "${name}" to run`);
  // The commands that take words have one variadic argument: Commander gives it as a list.
  await COMMANDS[name]!(io, (args[0] ?? []) as string[], options);
}
