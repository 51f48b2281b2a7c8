import { Command, CommanderError, Option } from 'commander';
import { CareersError, EXIT } from './errors.js';
import type { IO } from './io.js';
import { stripControls } from './text/sanitize.js';
import { VERSION } from './version.js';
import { listCommand, type ListOptions } from './commands/list.js';
import { readCommand, type ReadOptions } from './commands/read.js';
import { searchCommand, type SearchOptions } from './commands/search.js';
import { validateCommand } from './commands/validate.js';
import { completionCommand } from './commands/completion.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** Examples shown under each command's --help, as gh does. */
const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** Wires Commander to the commands; nothing here decides what a command does. */
export function buildProgram(io: IO): Command {
  const program = new Command('careers')
    .description('Career advice for people who want to make AI beneficial, in your terminal.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--guide <dir>', 'also read sections from this folder (repeatable; later folders override)').default([]).argParser(collect))
    .addOption(new Option('--color <when>', 'colour output: auto, always or never').choices(['auto', 'always', 'never']))
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`careers: ${stripControls(s.replace(/^error: /, ''))}`),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `\nStart here:\n  careers list                 every topic in the guide\n  careers read <topic>         read one, e.g. careers read skills\n  careers read sop >> notes.md append a section to your notes as markdown\n\nExit codes: 0 ok, 1 not found or failed, 2 usage error, 130 cancelled.\n`,
    );

  program
    .command('list')
    .description('list the topics of the guide')
    .option('--tag <tag>', 'only topics with this tag or role')
    .option('--tags', 'list every tag with how many topics carry it')
    .option('--format <format>', 'text or json (default: text)')
    .addHelpText('after', examples('careers list', 'careers list --tag phd', 'careers list --tags', 'careers list --format json | jq -r ".[].id"'))
    .action((options: ListOptions, command: Command) => listCommand(io, { ...command.optsWithGlobals(), ...options }));

  program
    .command('read')
    .description('print sections of the guide: rendered in a terminal, markdown when piped')
    .argument('[topics...]', 'topic ids, aliases or title words')
    .option('--all', 'print the whole guide in reading order')
    .option('--format <format>', 'terminal, markdown or json (default: terminal in a terminal, else markdown)')
    .option('--width <columns>', 'wrap rendered text at this width (default: terminal width, at most 100)')
    .option('--no-pager', 'print straight to the terminal instead of through $PAGER (default: less -FRX)')
    .addHelpText('after', examples('careers read skills', 'careers read sop cv', 'careers read statement-of-purpose >> notes.md', 'careers read --all --format markdown > guide.md'))
    .action((topics: string[], options: ReadOptions, command: Command) => readCommand(io, topics, { ...command.optsWithGlobals(), ...options }));

  program
    .command('search')
    .description('search the guide and print the passages that match')
    .argument('<words...>', 'what to look for (prefixes and small typos match too)')
    .option('--format <format>', 'text or json (default: text)')
    .option('--limit <n>', 'at most this many sections (default: 5)')
    .addHelpText('after', examples('careers search residency', 'careers search GPA', 'careers search recommendation letters --format json'))
    .action((words: string[], options: SearchOptions, command: Command) => searchCommand(io, words, { ...command.optsWithGlobals(), ...options }));

  program
    .command('validate')
    .description('check guide folders: front-matter schema, duplicate ids, dangling related ids, unknown roles')
    .argument('[dirs...]', 'folders to check (default: the built-in guide)')
    .addHelpText('after', examples('careers validate', 'careers validate ~/my-careers-notes'))
    .action((dirs: string[]) => validateCommand(io, dirs));

  program
    .command('completion')
    .description('print a shell completion script for commands, options and topic ids')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', examples('source <(careers completion bash)', 'careers completion fish > ~/.config/fish/completions/careers.fish'))
    .action((shell: string) => completionCommand(io, shell, program));

  for (const command of program.commands) command.copyInheritedSettings(program);
  return program;
}

/** Runs the CLI and returns the exit code; every failure ends here as one line on stderr. */
export async function run(argv: readonly string[], io: IO): Promise<number> {
  try {
    const program = buildProgram(io);
    // Alone, `careers` is a request for orientation, not a mistake: overview on stdout, exit 0 (as gh does).
    if (!argv.length) program.outputHelp();
    else await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: IO): number {
  if (error instanceof CommanderError) {
    const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    return benign.includes(error.code) ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof CareersError) {
    io.stderr.write(`careers: ${stripControls(error.message)}\n`);
    if (error.hint) io.stderr.write(`${stripControls(error.hint)}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
    io.stderr.write('cancelled\n');
    return EXIT.cancelled;
  }
  const detail = io.env.CAREERS_DEBUG ? `\n${(error as Error)?.stack ?? String(error)}` : ' (set CAREERS_DEBUG=1 for details)';
  io.stderr.write(`careers: unexpected error: ${stripControls((error as Error)?.message ?? String(error))}${detail}\n`);
  return EXIT.failure;
}
