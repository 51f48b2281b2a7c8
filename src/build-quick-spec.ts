import { buildProgram, collect } from './cli.js';
import { runsCommand } from './command-line/run-command.js';
import { specOf, type QuickSpec } from './command-line/spec.js';
import type { IO } from './io.js';

/**
 * The command lines the quick parser may take (src/command-line/quick-parse.ts),
 * read from the whole Commander program. Run by the build, which writes it
 * into the command bundles.
 */
export function commandLineSpec(): QuickSpec {
  const silent = { write: () => {} };
  const program = buildProgram({ stdout: silent, stderr: silent } as unknown as IO);
  return specOf(program, {
    repeatable: (option) => option.parseArg === collect,
    acts: (option) => option.long === '--version',
    runs: (command) => runsCommand(command.name()),
  });
}
