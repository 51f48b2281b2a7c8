import { Command, CommanderError, Option } from 'commander';
import type { ParsedCommand } from './command-line/parsed-command.js';
import { reportError, withSafeStderr } from './command-line/report-error.js';
import { runCommand } from './command-line/run-command.js';
import { completionCommand } from './commands/completion.js';
import { EXIT } from './errors.js';
import type { IO } from './io.js';
import { VERSION } from './version.js';

/** Repeatable options collect every value given (no default, so help does not show an empty list). */
export const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Examples shown under each command's --help, as gh does. */
const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** What the actions do with the command line Commander parsed: run it (tests pass a function that records it). */
type Runner = (io: IO, parsed: ParsedCommand) => Promise<void>;

/**
 * Wires Commander to the commands; nothing here decides what a command does.
 * Every command but completion (which is small and needs the program) runs
 * through runCommand, which imports its module only then. Plain command
 * lines usually never get here: the quick parser takes them with a spec
 * made from this program (src/build-quick-spec.ts), and Commander is loaded for
 * help, errors and the rest.
 */
export function buildProgram(io: IO, firstWord?: string, runner: Runner = runCommand): Command {
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

  /** Every action hands Commander's parse to the runner: what the quick parser's results are held to. */
  const act = (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    // The command's own options over the program's (optsWithGlobals alone gives the program's precedence).
    return runner(io, { name: command.name(), args: command.processedArgs, options: { ...command.optsWithGlobals(), ...command.opts() } });
  };

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
      .action(act),
  );

  define('plan', (command) =>
    planOutput(command.description('print the result of your last assessment again'))
      .addHelpText('after', examples('careers plan', 'careers plan --format markdown >> notes.md', 'careers plan --format json | jq .roles[0]'))
      .action(act),
  );

  define('history', (command) =>
    command
      .description('list your past assessments')
      .option('--format <format>', 'text or json (default: text)')
      .addHelpText('after', examples('careers history', 'careers history --format json'))
      .action(act),
  );

  define('list', (command) =>
    command
      .description('list the topics of the guide')
      .option('--tag <tag>', 'only topics with this tag or role')
      .option('--tags', 'list every tag with how many topics carry it')
      .option('--format <format>', 'text or json (default: text)')
      .addHelpText('after', examples('careers list', 'careers list --tag phd', 'careers list --tags', 'careers list --format json | jq -r ".[].id"'))
      .action(act),
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
      .action(act),
  );

  define('search', (command) =>
    command
      .description('search the guide and print the passages that match')
      .argument('<words...>', 'what to look for (prefixes and small typos match too)')
      .option('--format <format>', 'text or json (default: text)')
      .option('--limit <n>', 'at most this many sections (default: 5)')
      .addHelpText('after', examples('careers search residency', 'careers search GPA', 'careers search recommendation letters --format json'))
      .action(act),
  );

  define('validate', (command) =>
    command
      .description('check guide folders: front-matter schema, duplicate ids, dangling related ids, unknown roles')
      .argument('[dirs...]', 'folders to check (default: the built-in guide)')
      .addHelpText('after', examples('careers validate', 'careers validate ~/my-careers-notes'))
      .action(act),
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
export async function run(argv: readonly string[], rawIO: IO, runner?: Runner): Promise<number> {
  const io = withSafeStderr(rawIO);
  try {
    const program = buildProgram(io, argv[0], runner);
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
