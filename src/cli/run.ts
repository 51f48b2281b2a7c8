import { CommanderError } from '@commander-js/extra-typings';
import { commands } from './registry.js';
import { newProgram, type Program } from './program.js';
import { EXIT } from '../errors.js';
import type { IO } from '../terminal/io.js';
import { reportError, withSafeStderr } from './report-error.js';

const START_HERE = `
Start here:
  careers assess               which role fits you, and what to do next
  careers read <topic>         read a section, e.g. careers read skills
  careers list                 every topic in the guide
  careers search <words>       find the passages that mention something
  careers read sop >> notes.md append a section to your notes as markdown

Exit codes: 0 ok, 1 not found or failed, 2 usage error, 130 cancelled (129 hang-up, 143 SIGTERM).
`;

/**
 * The CLI: the program with the commands of the registry. When the line
 * starts with a command's name, only that command is set up: setting up
 * every option of every command is a good part of a lookup's start-up, and
 * a command's parsing, errors and help are the same either way. Anything
 * else (help, a global option first, a typo, completion, which describe
 * every command) gets them all.
 */
export function buildProgram(io: IO, firstWord?: string): Program {
  const program = newProgram(io).addHelpText('after', START_HERE);
  const named = firstWord !== 'completion' && firstWord !== 'help' ? commands.find((c) => c.name === firstWord) : undefined;
  for (const { name, define } of named ? [named] : commands) define(program.command(name).copyInheritedSettings(program), io);
  return program;
}

/** Runs a command line and returns the exit code; every failure ends here as one line on stderr. */
export async function run(argv: readonly string[], rawIO: IO): Promise<number> {
  const io = withSafeStderr(rawIO);
  try {
    const program = buildProgram(io, argv[0]);
    // Alone, `careers` is a request for orientation, not a mistake: overview on stdout, exit 0 (as gh does).
    if (!argv.length) program.outputHelp();
    else await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    // Commander has already printed its own message (help, version, or the usage error).
    if (error instanceof CommanderError) return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? EXIT.ok : EXIT.usage;
    return reportError(error, io);
  }
}
