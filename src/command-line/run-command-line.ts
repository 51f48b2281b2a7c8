import { EXIT } from '../errors.js';
import type { IO } from '../io.js';
import { quickParse } from './quick-parse.js';
import { reportError, withSafeStderr } from './report-error.js';
import { runCommand } from './run-command.js';
import type { QuickSpec } from './spec.js';

/**
 * Runs a command line and returns the exit code. A plain line the quick
 * parser takes (given its spec, which the build makes from the Commander
 * program) runs without loading Commander; any other line, and every line
 * when there is no spec, goes to the Commander CLI (src/cli.ts).
 */
export async function runCommandLine(argv: readonly string[], rawIO: IO, spec?: QuickSpec): Promise<number> {
  const parsed = spec && quickParse(spec, argv);
  const io = withSafeStderr(rawIO);
  try {
    // Commander's actions run through this bundle's runCommand too, so a command built into it is not loaded again.
    if (!parsed) return (await import('../cli.js')).run(argv, rawIO, runCommand);
    await runCommand(io, parsed);
    return EXIT.ok;
  } catch (error) {
    return reportError(error, io);
  }
}
