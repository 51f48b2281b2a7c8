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
 * anywhere on the line) and the command's own. Derived from the Commander
 * program at build time, so it cannot drift from the definitions.
 */
export interface QuickSpec {
  globals: OptionSpec[];
  globalDefaults: Record<string, unknown>;
  commands: Record<string, CommandSpec>;
}

/** How to read the options Commander's own fields do not describe. */
export interface OptionKinds {
  /** Options whose argument parser collects every value into a list. */
  repeatable(option: Option): boolean;
  /** Options that act rather than set a value (`--version` prints and exits). */
  acts(option: Option): boolean;
}

/** An option with any behaviour beyond these (no long flag, env vars, conflicts, another parser...) is left to Commander. */
function optionSpec(option: Option, kinds: OptionKinds): OptionSpec | undefined {
  // .conflicts() and .implies() keep their state in fields the typings do not declare.
  const { conflictsWith, implied } = option as Option & { conflictsWith?: string[]; implied?: object };
  if (!option.long || option.hidden || option.optional || option.variadic || option.envVar || conflictsWith?.length || implied || option.mandatory) return undefined;
  // A parser is either the one .choices() sets, which checks the value against argChoices, or our collecting one.
  const repeatable = kinds.repeatable(option);
  if (kinds.acts(option) || (option.parseArg && !option.argChoices && !repeatable)) return undefined;
  const kind = option.required ? 'value' : !option.negate;
  return {
    flag: option.long,
    key: option.attributeName(),
    kind,
    ...(option.argChoices ? { choices: [...option.argChoices] } : {}),
    ...(repeatable ? { repeatable: true } : {}),
  };
}

const specsOf = (options: readonly Option[], kinds: OptionKinds) =>
  options.flatMap((option) => {
    const spec = optionSpec(option, kinds);
    return spec ? [spec] : [];
  });

function commandSpec(command: Command, kinds: OptionKinds): CommandSpec | undefined {
  const args = command.registeredArguments;
  if (command.commands.length || args.length > 1 || (args[0] && !args[0].variadic) || args.some((arg) => arg.argChoices || arg.parseArg)) return undefined;
  return {
    options: specsOf(command.options, kinds),
    defaults: { ...command.opts() },
    ...(args[0] ? { operands: { required: args[0].required } } : {}),
  };
}

/** The quick parser's view of `program`, built with every command. */
export function specOf(program: Command, kinds: OptionKinds): QuickSpec {
  const commands: Record<string, CommandSpec> = {};
  for (const command of program.commands) {
    const spec = commandSpec(command, kinds);
    if (spec) commands[command.name()] = spec;
  }
  return { globals: specsOf(program.options, kinds), globalDefaults: { ...program.opts() }, commands };
}
