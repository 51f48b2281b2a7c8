import { CommanderError } from '@commander-js/extra-typings';
import { commands } from './registry.js';
import { newProgram, type Program } from './program.js';
import { EXIT } from '../errors.js';
import { VERSION } from '../version.js';
import type { IO } from '../terminal/io.js';
import { reportError, withSafeStderr } from './report-error.js';
import { forAppending } from '../terminal/append-output.js';

const START_HERE = `
Start here:
  careers assess               which role fits you, and what to do next
  careers read <topic>         read a section, e.g. careers read skills
  careers list                 every topic in the guide
  careers search <words>       find the passages that mention something
  careers read sop >> notes.md append a section to your notes as markdown
  careers help data            how old the guide's facts are, and how to update

Exit codes: 0 ok, 1 not found or failed, 2 usage error, 130 cancelled.
`;

/** Commands whose output, piped, is markdown made to be appended to notes. */
const MARKDOWN_COMMANDS = new Set(['read', 'assess', 'plan', 'timeline', 'search', 'view', 'check']);

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
  const io = forAppending(withSafeStderr(rawIO), MARKDOWN_COMMANDS.has(argv[0] ?? ''));
  // `--version --verbose` (Commander knows only --version): the version, then how old the guide is (`help data`).
  if ((argv[0] === '--version' || argv[0] === '-V') && argv[1] === '--verbose' && argv.length === 2) {
    io.stdout.write(`${VERSION}\n\n`);
    argv = ['help', 'data'];
  }
  try {
    const program = buildProgram(io, argv[0]);
    // Alone, `careers` is a request for orientation, not a mistake: overview on stdout, exit 0 (as gh does).
    if (!argv.length) program.outputHelp();
    else await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    // Commander has already printed its own message (help, version, or the usage error); a usage error ends with where to look, as gh's do.
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return EXIT.ok;
      const command = commands.some((c) => c.name === argv[0]) ? `careers ${argv[0]}` : 'careers';
      io.stderr.write(`Run '${command} --help' for usage.\n`);
      return EXIT.usage;
    }
    return reportError(error, io);
  }
}
