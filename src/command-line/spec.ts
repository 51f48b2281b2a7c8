import type { Command, Option } from 'commander';

/** What the quick parser needs to know of one option, read from Commander's own definition. */
export interface OptionSpec {
  /** The long flag, e.g. `--format` or `--no-pager`. */
  flag: string;
  /** The key in the options object, e.g. `format`, `pager`. */
  key: string;
  /** `value`: takes the next word; `true`/`false`: sets the key to that. */
  kind: 'value' | boolean;
  /** Allowed values, when Commander checks them. */
  choices?: string[];
  /** Collects every value given into a list (our `collect` parser). */
  repeatable?: boolean;
}

export interface CommandSpec {
  options: OptionSpec[];
  /** The options object before any option is given: Commander's defaults (`--no-pager` makes `pager: true`). */
  defaults: Record<string, unknown>;
  /** The command's one variadic argument, if it has one (no other shape of arguments is taken quickly). */
  operands?: { required: boolean };
}

/**
 * The command lines the quick parser may take without Commander: each
 * command it knows, with the program's options (which Commander accepts
 * anywhere on the line) and the command's own. Read from the Commander
 * program at build time; anything in a definition the spec cannot describe
 * leaves that option, command or program to Commander.
 */
export interface QuickSpec {
  globals: OptionSpec[];
  globalDefaults: Record<string, unknown>;
  commands: Record<string, CommandSpec>;
}

/** What the spec needs to know that Commander's own fields do not say. */
export interface SpecKinds {
  /** Options whose argument parser collects every value into a list. */
  repeatable(option: Option): boolean;
  /** Options that act rather than set a value (`--version` prints and exits). */
  acts(option: Option): boolean;
  /** Commands whose action hands the parse to runCommand, which can run them. */
  runs(command: Command): boolean;
}

/** Commander's state that its typings do not declare: .conflicts(), .implies(), hooks, positional options, and that a Command is an EventEmitter. */
type OptionInternals = Option & { conflictsWith?: string[]; implied?: object };
type CommandInternals = Command & {
  _lifeCycleHooks?: Record<string, unknown[]>;
  _enablePositionalOptions?: boolean;
  _passThroughOptions?: boolean;
  listenerCount(event: string): number;
};

/** Options that change what a line means even when they are not on it: a value from the environment, a required option. */
const actsWhenAbsent = (option: Option) => Boolean(option.envVar || option.mandatory);

/** Hooks run around the action, and positional or pass-through options change where options are read: lines are left to Commander. */
function parsesPlainly(command: Command): boolean {
  const internals = command as CommandInternals;
  const hooks = Object.values(internals._lifeCycleHooks ?? {}).some((list) => list.length);
  return !hooks && !internals._enablePositionalOptions && !internals._passThroughOptions && !command.options.some(actsWhenAbsent);
}

/** Defaults that survive the spec's trip through JSON into the bundles unchanged. */
const plainDefaults = (values: Record<string, unknown>) =>
  Object.values(values).every((value) => typeof value === 'boolean' || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)));

/**
 * An option with any behaviour beyond setting a value (no long flag, an
 * optional or variadic value, a preset, conflicts, implications, a parser
 * other than .choices()' or our collecting one) is left to Commander: the
 * quick parser declines a line that uses it.
 */
function optionSpec(option: Option, owner: Command, kinds: SpecKinds): OptionSpec | undefined {
  const { conflictsWith, implied } = option as OptionInternals;
  if (!option.long || option.optional || option.variadic || option.presetArg !== undefined || conflictsWith?.length || implied || kinds.acts(option)) return undefined;
  // Commander sets the value in its one listener for the option; another (command.on('option:x')) may do more.
  if ((owner as CommandInternals).listenerCount(`option:${option.name()}`) !== 1) return undefined;
  const repeatable = kinds.repeatable(option);
  if (option.parseArg && !parsesOnlyChoices(option) && !repeatable) return undefined;
  // A default would be where a collected list starts; ours start empty.
  if (repeatable && option.defaultValue !== undefined) return undefined;
  return {
    flag: option.long,
    key: option.attributeName(),
    kind: option.required ? 'value' : !option.negate,
    ...(option.argChoices ? { choices: [...option.argChoices] } : {}),
    ...(repeatable ? { repeatable: true } : {}),
  };
}

/**
 * Whether the option's parser only checks its value against its choices,
 * as the one .choices() sets does: each choice parses to itself and any
 * other value is refused. (A parser set after .choices() replaces it.)
 */
function parsesOnlyChoices(option: Option): boolean {
  const { argChoices: choices, parseArg: parse } = option;
  if (!choices || !parse) return false;
  try {
    if (!choices.every((choice) => parse(choice, undefined) === choice)) return false;
    parse('\u0000 not one of the choices', undefined);
    return false;
  } catch {
    return true;
  }
}

const specsOf = (owner: Command, kinds: SpecKinds) =>
  owner.options.flatMap((option) => {
    const spec = optionSpec(option, owner, kinds);
    return spec ? [spec] : [];
  });

/** A command the quick parser may take: a leaf that runCommand runs, with no argument or one plain variadic one, and plain options. */
function commandSpec(command: Command, kinds: SpecKinds, globalKeys: ReadonlySet<string>): CommandSpec | undefined {
  const args = command.registeredArguments;
  const [arg] = args;
  if (command.commands.length || !kinds.runs(command) || !parsesPlainly(command)) return undefined;
  if (args.length > 1 || (arg && (!arg.variadic || arg.argChoices || arg.parseArg || arg.defaultValue !== undefined))) return undefined;
  const defaults = { ...command.opts() };
  // An option of the command and one of the program with the same key would make the order of merging matter.
  if (!plainDefaults(defaults) || command.options.some((option) => globalKeys.has(option.attributeName()))) return undefined;
  return { options: specsOf(command, kinds), defaults, ...(arg ? { operands: { required: arg.required } } : {}) };
}

/** The quick parser's view of `program`, built with every command. */
export function specOf(program: Command, kinds: SpecKinds): QuickSpec {
  const globalDefaults = { ...program.opts() };
  const globals = specsOf(program, kinds);
  const commands: Record<string, CommandSpec> = {};
  if (parsesPlainly(program) && plainDefaults(globalDefaults)) {
    const globalKeys = new Set(program.options.map((option) => option.attributeName()));
    for (const command of program.commands) {
      const spec = commandSpec(command, kinds, globalKeys);
      if (spec) commands[command.name()] = spec;
    }
  }
  return { globals, globalDefaults, commands };
}
