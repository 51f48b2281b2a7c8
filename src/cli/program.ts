import { Command, Option, type CommandUnknownOpts, type OptionValues } from '@commander-js/extra-typings';
import type { IO } from '../terminal/io.js';
import { COLOR_CHOICES } from '../terminal/color.js';
import { VERSION } from '../version.js';

/** Repeatable options collect every value given (no default, so help does not show an empty list). */
export const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Examples shown under each command's --help, as gh does. */
export const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** The program with its global options; each command is added to it by its own definition (see registry.ts). */
export function newProgram(io: IO) {
  return (
    new Command('careers')
      .description('Career advice for people who want to make AI beneficial, in your terminal.')
      .version(VERSION, '-V, --version')
      .addOption(new Option('--guide <dir>', 'also read sections from this folder (repeatable; later folders override)').argParser(collect))
      .addOption(new Option('--color <when>', 'when to colour output (auto: in a terminal, unless NO_COLOR is set)').choices(COLOR_CHOICES))
      // Our own `help` command (registry.ts) knows topics and refuses unknown names.
      .helpCommand(false)
      .showSuggestionAfterError(true)
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(`careers: ${s.replace(/^error: /, '')}`),
      })
      .exitOverride()
  );
}

export type Program = ReturnType<typeof newProgram>;
/** A command of the program, before its own arguments and options are added: the global options are typed. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is Commander's own type for "no options yet"
export type NewCommand = Command<[], {}, ReturnType<Program['opts']>>;

/**
 * A command's definition: its name, and how it sets up its command
 * (description, arguments, options, help). It holds no action: the registry
 * loads the command's action module only when the command runs.
 */
export interface CommandDefinition<C extends CommandUnknownOpts = CommandUnknownOpts> {
  name: string;
  define(command: NewCommand): C;
}

/** A definition module's default export: the command named `name`, set up by `define`, its types inferred by extra-typings. */
export const defineCommand = <C extends CommandUnknownOpts>(name: string, define: (command: NewCommand) => C): CommandDefinition<C> => ({ name, define });

/** The command a definition sets up, its arguments and options typed. */
export type CommandOf<D> = D extends CommandDefinition<infer C> ? C : never;

/** The options a command's action receives, the global ones included. */
export type OptionsOf<D> = ReturnType<CommandOf<D>['optsWithGlobals']>;

/**
 * What runs a command (each module of commands/ exports one as `run`): its
 * arguments and its options (the global ones included) typed from its
 * definition, so an option the action reads and the definition lacks fails tsc.
 */
export type CommandAction<A extends unknown[], O extends OptionValues, G extends OptionValues> = (
  io: IO,
  args: A,
  options: ReturnType<Command<A, O, G>['optsWithGlobals']>,
  command: Command<A, O, G>,
) => Promise<void> | void;

/** The action that fits a definition: `export const run: ActionOf<typeof read> = ...`. */
export type ActionOf<D> = D extends CommandDefinition<Command<infer A, infer O, infer G>> ? CommandAction<A, O, G> : never;

/** The --format option: the values a command prints, checked by Commander. */
export const formatOption = <F extends string>(formats: readonly F[], defaults: string) =>
  new Option('--format <format>', `${formats.join(', ')} (default: ${defaults})`).choices(formats);

/** How rendered text is laid out and paged: every command that renders markdown in a terminal. */
export const addLayoutOptions = <A extends unknown[], O extends Record<string, unknown>, G extends Record<string, unknown>>(command: Command<A, O, G>) =>
  command
    .option('--width <columns>', 'wrap rendered text at this width (default: terminal width, at most 100)')
    .option('--no-pager', 'print straight to the terminal instead of through $PAGER (default: less -FRX)');

/** Layout, and whether markdown starts with a header: shared by `read`, `assess` and `plan`, whose markdown may be a note of its own. */
export const addPageOptions = <A extends unknown[], O extends Record<string, unknown>, G extends Record<string, unknown>>(command: Command<A, O, G>) =>
  addLayoutOptions(command)
    .option('--front-matter', 'start markdown with a YAML header, for a note of its own (never when appending)')
    // Before 0.2 the header came by default; scripts that turned it off still work.
    .addOption(new Option('--no-front-matter').hideHelp());

/** What `assess` and `plan` print: the plan as text, as a markdown note, or as JSON. */
const PLAN_FORMATS = ['text', 'markdown', 'json'] as const;

/** The output options `assess` and `plan` share: both print a plan. */
export const addPlanOutputOptions = <A extends unknown[], O extends Record<string, unknown>, G extends Record<string, unknown>>(command: Command<A, O, G>) =>
  addPageOptions(
    command
      .addOption(formatOption(PLAN_FORMATS, 'text in a terminal, else markdown'))
      .option('--full', 'print the matching sections in full after the summary'),
  );
