import { Argument, Option, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { usageError } from '../../errors.js';
import { withOutputs } from '../../terminal/io.js';
import { ID_PATTERN } from '../../guide/types.js';
import { loadGuideFor } from '../guide-context.js';
import { defineCommand, examples } from '../program.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/** What a value completes from: a fixed list (Commander's `.choices()`), file names, folder names or the guide's topic ids. */
type Values = { words: readonly string[] } | 'files' | 'folders' | 'topics' | undefined;

/** Values without choices complete by their placeholder's name, as help shows it: `--answers <file>`, `[dirs...]`, `[topics...]`. */
const BY_PLACEHOLDER: Record<string, Values> = { file: 'files', dir: 'folders', dirs: 'folders', topics: 'topics' };

const valuesOf = (choices: readonly string[] | undefined, placeholder: string | undefined): Values =>
  choices?.length ? { words: choices } : placeholder ? BY_PLACEHOLDER[placeholder] : undefined;

interface OptionSpec {
  long: string;
  /** Undefined for a flag, or for a value nothing completes. */
  values: Values;
}

interface CommandSpec {
  name: string;
  options: OptionSpec[];
  /** Its arguments' values, in order. */
  args: Values[];
  /** Its first argument takes many words, so it completes at every position. */
  variadicFirst: boolean;
}

export default defineCommand('completion', (command, io) =>
  command
    .description('print a shell completion script for commands, options and topic ids')
    .addArgument(new Argument('[shell]', 'bash, zsh or fish').choices(SHELLS))
    .addOption(new Option('--topics', 'print the topic ids, one a line, for the completion scripts').hideHelp())
    .addHelpText('after', examples('source <(careers completion bash)', 'careers completion fish > ~/.config/fish/completions/careers.fish'))
    .action(async (shell, options, command) => {
      if (options.topics) {
        // Only ids, which are checked against the id pattern when loaded: nothing a guide's author wrote beyond that reaches the shell.
        const guide = await loadGuideFor(withOutputs(io, { stderr: { write: () => {} } }), command.optsWithGlobals().guide);
        io.stdout.write(
          guide.sections
            .map((s) => s.id)
            .filter((id) => ID_PATTERN.test(id))
            .map((id) => `${id}\n`)
            .join(''),
        );
        return;
      }
      if (!shell) throw usageError(`completion is available for ${SHELLS.join(', ')}: name one`);
      io.stdout.write(SCRIPTS[shell](command.parent ? specsOf(command.parent) : { globals: [], commands: [] }));
    }),
);

function optionSpecs(options: readonly Option[]): OptionSpec[] {
  return options
    .filter((o): o is Option & { long: string } => !o.hidden && o.long !== undefined && o.long !== '--version')
    .map((o) => ({ long: o.long, values: o.required || o.optional ? valuesOf(o.argChoices, /[<[]([\w-]+)/.exec(o.flags)?.[1]) : undefined }));
}

/** Every command of the program, walked from Commander's own definitions: a new option's choices complete with no edit here. */
function specsOf(program: CommandUnknownOpts): { globals: OptionSpec[]; commands: CommandSpec[] } {
  return {
    globals: optionSpecs(program.options),
    commands: program.commands.map((c) => ({
      name: c.name(),
      options: optionSpecs(c.options),
      args: c.registeredArguments.map((a) => valuesOf(a.argChoices, a.name())),
      variadicFirst: c.registeredArguments[0]?.variadic ?? false,
    })),
  };
}

type Specs = ReturnType<typeof specsOf>;

/*
 * Topic ids are read a line at a time into the reply, never passed through
 * `compgen -W` or `eval`, which would expand `$(...)` in them. Only the
 * program's own choices, which are plain words (a test holds them to it), go
 * through `compgen -W`.
 */
const BASH_VALUES = { files: 'COMPREPLY+=( $(compgen -f -- "$cur") )', folders: 'COMPREPLY+=( $(compgen -d -- "$cur") )', topics: '_careers_topics "$cur"' };
const bashValues = (values: Values): string | undefined =>
  typeof values === 'string' ? BASH_VALUES[values] : values && `COMPREPLY+=( $(compgen -W "${values.words.join(' ')}" -- "$cur") )`;

/** What a command's arguments complete: the first at the word after the command (or any word, when it takes many), the others after it. */
function bashArguments(args: readonly Values[], variadicFirst: boolean): string {
  return args
    .map((values, i) => {
      const complete = bashValues(values);
      if (!complete) return '';
      // A file may come after options (`view --width 60 notes.md`): only a fixed list of words keeps to its own position.
      const fixed = typeof values === 'object';
      const where = i > 0 ? '[[ "$COMP_CWORD" -gt 2 ]] && ' : variadicFirst || !fixed ? '' : '[[ "$COMP_CWORD" -eq 2 ]] && ';
      return `; [[ "$cur" != -* ]] && ${where}${complete}`;
    })
    .join('');
}

/** The values after an option: `case "<command> $prev"` in bash, so that each command's own --format completes its own formats. */
function bashOptionValues({ globals, commands }: Specs): string {
  const lines = (pattern: string, options: OptionSpec[]) =>
    options.flatMap(({ long, values }) => {
      const complete = bashValues(values);
      return complete ? [`    ${pattern}${long}") ${complete}; return ;;`] : [];
    });
  return [...commands.flatMap((c) => lines(`"${c.name} `, c.options)), ...lines('*" ', globals)].join('\n');
}

const SCRIPTS: Record<Shell, (specs: Specs) => string> = {
  bash: (specs) => `# careers completion for bash: add to ~/.bashrc
#   source <(careers completion bash)
_careers_topics() {
  local id
  while IFS= read -r id; do
    [[ "$id" == "$1"* ]] && COMPREPLY+=("$id")
  done < <(careers completion --topics 2>/dev/null)
}
_careers() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  COMPREPLY=()
  case "\${COMP_WORDS[1]} $prev" in
${bashOptionValues(specs)}
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${specs.commands.map((s) => s.name).join(' ')} --help --version" -- "$cur") ); return
  fi
  case "\${COMP_WORDS[1]}" in
${specs.commands
  .map(
    (s) =>
      `    ${s.name}) COMPREPLY=( $(compgen -W "${[...s.options, ...specs.globals].map((o) => o.long).join(' ')} --help" -- "$cur") )${bashArguments(s.args, s.variadicFirst)} ;;`,
  )
  .join('\n')}
  esac
}
complete -F _careers careers
`,
  zsh: (specs) => `# careers completion for zsh: add to ~/.zshrc
#   source <(careers completion zsh)
autoload -U +X bashcompinit && bashcompinit
${SCRIPTS.bash(specs)
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .join('\n')}`,
  fish: (specs) => `# careers completion for fish: save as ~/.config/fish/completions/careers.fish
#   careers completion fish > ~/.config/fish/completions/careers.fish
complete -c careers -f
${specs.commands.map((s) => `complete -c careers -n __fish_use_subcommand -a ${s.name}`).join('\n')}
${specs.commands.flatMap((s) => s.args.flatMap((values) => fishArgument(s.name, values))).join('\n')}
${specs.commands.flatMap((s) => [...s.options, ...specs.globals].map((o) => `complete -c careers -n "__fish_seen_subcommand_from ${s.name}" -l ${o.long.slice(2)}${fishOptionValues(o.values)}`)).join('\n')}
`,
};

/** Fish's arguments for values that are not a fixed list; an option's take -x (a value, and no file names) or -r (a file name). */
const FISH_VALUES = { files: '-F', folders: '-a "(__fish_complete_directories)"', topics: '-a "(careers completion --topics 2>/dev/null)"' };
const FISH_OPTION_VALUES = { files: ' -rF', folders: ' -xa "(__fish_complete_directories)"', topics: ' -xa "(careers completion --topics 2>/dev/null)"' };

/** A fish line for a command's argument: its choices until one is given, or its files, folders or topic ids. */
function fishArgument(command: string, values: Values): string[] {
  const when = `complete -c careers -n "__fish_seen_subcommand_from ${command}`;
  if (!values) return [];
  if (typeof values === 'string') return [`${when}" ${FISH_VALUES[values]}`];
  const words = values.words.join(' ');
  return [`${when}; and not __fish_seen_subcommand_from ${words}" -a "${words}"`];
}

/** What follows an option in fish: its choices, file names, folders or topic ids. */
const fishOptionValues = (values: Values): string =>
  typeof values === 'string' ? FISH_OPTION_VALUES[values] : values ? ` -xa "${values.words.join(' ')}"` : '';
