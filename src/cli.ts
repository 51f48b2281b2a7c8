import { Command, CommanderError, Option } from 'commander';
import { EXIT, isCareersError } from './errors.js';
import type { IO } from './io.js';
import { stripControls } from './text/sanitize.js';
import { VERSION } from './version.js';
import type { ListOptions } from './commands/list.js';
import type { ReadOptions } from './commands/read.js';
import { completionCommand } from './commands/completion.js';
import type { SearchOptions } from './commands/search.js';
import type { AssessOptions } from './commands/assess.js';
import type { HistoryOptions } from './commands/history.js';
import type { PlanOutputOptions } from './commands/show-plan.js';

/** Repeatable options collect every value given (no default, so help does not show an empty list). */
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Examples shown under each command's --help, as gh does. */
const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/**
 * Wires Commander to the commands; nothing here decides what a command does.
 * Each command (but completion, which is small and needs the program) and
 * each heavy module (renderer, prompts, parser) is imported only when it
 * runs. The build gives every command a bundle of its own with its module
 * built in (dist/commands), and puts the rest in files of their own
 * (dist/lazy), so a lookup reads and compiles only what it uses.
 */
function buildProgram(io: IO, firstWord?: string): Command {
  const program = new Command('careers')
    .description('Career advice for people who want to make AI beneficial, in your terminal.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--guide <dir>', 'also read sections from this folder (repeatable; later folders override)').argParser(collect))
    .addOption(new Option('--color <when>', 'when to colour output (auto: in a terminal, unless NO_COLOR is set)').choices(['auto', 'always', 'never']))
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`careers: ${s.replace(/^error: /, '')}`),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `\nStart here:\n  careers assess               which role fits you, and what to do next\n  careers read <topic>         read a section, e.g. careers read skills\n  careers list                 every topic in the guide\n  careers search <words>       find the passages that mention something\n  careers read sop >> notes.md append a section to your notes as markdown\n\nExit codes: 0 ok, 1 not found or failed, 2 usage error, 130 cancelled.\n`,
    );

  /** Every command, by name, in the order help lists them; added to the program below. */
  const definitions = new Map<string, (command: Command) => unknown>();
  const define = (name: string, build: (command: Command) => unknown) => definitions.set(name, build);

  const ANSWER_KEYS_HELP = `
Answers file (JSON or YAML; any key left out is asked in a terminal):
  stage                undergrad | masters | industry | phd-student | phd-graduate | other
  top_institution      true | false (undergraduates: a top research university?)
  skills               { software, ml, research, theory }: each an integer 0-4
  numerical            true | false (numerical programming, applied maths, messy research code)
  publications         integer >= 0
  research_experience  none | some | substantial
  interests            list of: infrastructure, implementation, ideas, theory, policy
  phd                  yes | maybe | no
  region               us | uk | other
`;

  const planOutput = (command: Command) =>
    command
      .option('--format <format>', 'text, markdown or json (default: text in a terminal, else markdown)')
      .option('--full', 'print the matching sections in full after the summary')
      .option('--width <columns>', 'wrap rendered text at this width')
      .option('--no-pager', 'print straight to the terminal instead of through $PAGER')
      .option('--no-front-matter', 'markdown without the YAML header, to append to a note that has one');

  define('assess', (command) =>
    planOutput(
      command
        .description('answer a few questions; get ranked roles, reasons, next steps and what to read')
        .option('--answers <file>', 'take answers from a JSON or YAML file (- for stdin); only missing ones are asked')
        .option('--again', 'offer your last answers as the defaults')
        .option('--no-save', 'do not save this run to your history'),
    )
      .addHelpText(
        'after',
        `${ANSWER_KEYS_HELP}${examples('careers assess', 'careers assess --again', 'careers assess --answers me.yaml --format json --no-save', 'careers assess --format markdown >> notes.md')}`,
      )
      .action(async (options: AssessOptions, command: Command) => (await import('./commands/assess.js')).assessCommand(io, { ...command.optsWithGlobals(), ...options })),
  );

  define('plan', (command) =>
    planOutput(command.description('print the result of your last assessment again'))
      .addHelpText('after', examples('careers plan', 'careers plan --format markdown >> notes.md', 'careers plan --format json | jq .roles[0]'))
      .action(async (options: PlanOutputOptions, command: Command) => (await import('./commands/plan.js')).planCommand(io, { ...command.optsWithGlobals(), ...options })),
  );

  define('history', (command) =>
    command
      .description('list your past assessments')
      .option('--format <format>', 'text or json (default: text)')
      .addHelpText('after', examples('careers history', 'careers history --format json'))
      .action(async (options: HistoryOptions, command: Command) => (await import('./commands/history.js')).historyCommand(io, { ...command.optsWithGlobals(), ...options })),
  );

  define('list', (command) =>
    command
      .description('list the topics of the guide')
      .option('--tag <tag>', 'only topics with this tag or role')
      .option('--tags', 'list every tag with how many topics carry it')
      .option('--format <format>', 'text or json (default: text)')
      .addHelpText('after', examples('careers list', 'careers list --tag phd', 'careers list --tags', 'careers list --format json | jq -r ".[].id"'))
      .action(async (options: ListOptions, command: Command) => (await import('./commands/list.js')).listCommand(io, { ...command.optsWithGlobals(), ...options })),
  );

  define('read', (command) =>
    command
      .description('print sections of the guide: rendered in a terminal, markdown when piped')
      .argument('[topics...]', 'topic ids, aliases or title words')
      .option('--all', 'print the whole guide in reading order')
      .option('--format <format>', 'terminal, markdown or json (default: terminal in a terminal, else markdown)')
      .option('--width <columns>', 'wrap rendered text at this width (default: terminal width, at most 100)')
      .option('--no-pager', 'print straight to the terminal instead of through $PAGER (default: less -FRX)')
      .option('--no-front-matter', 'markdown without the YAML header, to append to a note that has one')
      .addHelpText('after', examples('careers read skills', 'careers read sop cv', 'careers read statement-of-purpose >> notes.md', 'careers read --all --format markdown > guide.md'))
      .action(async (topics: string[], options: ReadOptions, command: Command) => (await import('./commands/read.js')).readCommand(io, topics, { ...command.optsWithGlobals(), ...options })),
  );

  define('search', (command) =>
    command
      .description('search the guide and print the passages that match')
      .argument('<words...>', 'what to look for (prefixes and small typos match too)')
      .option('--format <format>', 'text or json (default: text)')
      .option('--limit <n>', 'at most this many sections (default: 5)')
      .addHelpText('after', examples('careers search residency', 'careers search GPA', 'careers search recommendation letters --format json'))
      .action(async (words: string[], options: SearchOptions, command: Command) => (await import('./commands/search.js')).searchCommand(io, words, { ...command.optsWithGlobals(), ...options })),
  );

  define('validate', (command) =>
    command
      .description('check guide folders: front-matter schema, duplicate ids, dangling related ids, unknown roles')
      .argument('[dirs...]', 'folders to check (default: the built-in guide)')
      .addHelpText('after', examples('careers validate', 'careers validate ~/my-careers-notes'))
      .action(async (dirs: string[]) => (await import('./commands/validate.js')).validateCommand(io, dirs)),
  );

  define('completion', (command) =>
    command
      .description('print a shell completion script for commands, options and topic ids')
      .argument('<shell>', 'bash, zsh or fish')
      .addHelpText('after', examples('source <(careers completion bash)', 'careers completion fish > ~/.config/fish/completions/careers.fish'))
      .action((shell: string) => completionCommand(io, shell, program)),
  );

  /*
   * When the first word names a command, only that command is defined, as
   * defining all of them (some thirty options) is a good part of a lookup's
   * start-up. Its parsing, errors and help are the same either way (each
   * command's help shows only itself). Anything else (global options first,
   * `help`, a typo, `completion`, which describes every command) gets the
   * whole program.
   */
  const only = firstWord !== 'completion' && firstWord !== undefined && definitions.has(firstWord) ? firstWord : undefined;
  for (const [name, build] of definitions) if (only === undefined || only === name) build(program.command(name));
  for (const command of program.commands) command.copyInheritedSettings(program);
  return program;
}

/** Runs the CLI and returns the exit code; every failure ends here as one line on stderr. */
export async function run(argv: readonly string[], rawIO: IO): Promise<number> {
  const io = withSafeStderr(rawIO);
  try {
    const program = buildProgram(io, argv[0]);
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
  if (isCareersError(error)) {
    io.stderr.write(`careers: ${error.message}\n`);
    if (error.hint) io.stderr.write(`${error.hint}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
    io.stderr.write('cancelled\n');
    return EXIT.cancelled;
  }
  const detail = io.env.CAREERS_DEBUG ? `\n${(error as Error)?.stack ?? String(error)}` : ' (set CAREERS_DEBUG=1 for details)';
  io.stderr.write(`careers: unexpected error: ${(error as Error)?.message ?? String(error)}${detail}\n`);
  return EXIT.failure;
}

/**
 * Everything on stderr is a message we never style, and many echo input: a
 * topic, an answers file's name, a guide file's path with ESC in its name, a
 * YAML error quoting the line. Control characters are removed here, once for
 * every message, so no caller can forget to.
 */
function withSafeStderr(io: IO): IO {
  // Copied by descriptor, not spread: a spread would call the lazy getters (stdin, prompt) and create streams no command asked for.
  const safe = Object.defineProperties({}, Object.getOwnPropertyDescriptors(io)) as IO;
  safe.stderr = { write: (text) => io.stderr.write(stripControls(text)) };
  return safe;
}
