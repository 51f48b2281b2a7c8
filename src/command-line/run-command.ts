import type { AssessOptions } from '../commands/assess.js';
import type { HistoryOptions } from '../commands/history.js';
import type { ListOptions } from '../commands/list.js';
import type { ReadOptions } from '../commands/read.js';
import type { SearchOptions } from '../commands/search.js';
import type { PlanOutputOptions } from '../commands/show-plan.js';
import type { IO } from '../io.js';
import type { ParsedCommand } from './parsed-command.js';

/**
 * Runs a parsed command line, whether Commander or the quick parser parsed
 * it. Each command's module is imported only here and only when it runs:
 * the build puts each in a file of its own, or builds one into the bundle
 * of a command line that names it (scripts/build.mjs).
 */
export async function runCommand(io: IO, { name, args, options }: ParsedCommand): Promise<void> {
  const operands = (args[0] ?? []) as string[];
  switch (name) {
    case 'assess':
      return (await import('../commands/assess.js')).assessCommand(io, options as AssessOptions);
    case 'plan':
      return (await import('../commands/plan.js')).planCommand(io, options as PlanOutputOptions);
    case 'history':
      return (await import('../commands/history.js')).historyCommand(io, options as HistoryOptions);
    case 'list':
      return (await import('../commands/list.js')).listCommand(io, options as ListOptions);
    case 'read':
      return (await import('../commands/read.js')).readCommand(io, operands, options as ReadOptions);
    case 'search':
      return (await import('../commands/search.js')).searchCommand(io, operands, options as SearchOptions);
    case 'validate':
      return (await import('../commands/validate.js')).validateCommand(io, operands);
    default:
      throw new Error(`no command "${name}" to run`);
  }
}
