import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import { usageError } from '../../errors.js';
import { withOutputs } from '../../terminal/io.js';
import { ID_PATTERN } from '../../guide/types.js';
import { loadGuideFor } from '../guide-context.js';
import type definition from '../definitions/completion.js';
import type { ActionOf } from '../program.js';

export const run: ActionOf<typeof definition> = async (io, [shell], options, command) => {
  if (options.topics) {
    // Only ids, which are checked against the id pattern when loaded: nothing a guide's author wrote beyond that reaches the shell.
    const guide = await loadGuideFor(withOutputs(io, { stderr: { write: () => {} } }), command.optsWithGlobals().guide);
    io.stdout.write(guide.sections.map((s) => s.id).filter((id) => ID_PATTERN.test(id)).map((id) => `${id}\n`).join(''));
    return;
  }
  if (!shell || !(SHELLS as readonly string[]).includes(shell)) throw usageError(`completion is available for ${SHELLS.join(', ')} (got "${shell ?? ''}")`);
  io.stdout.write(SCRIPTS[shell as Shell](specsOf(command.parent)));
};

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

interface CommandSpec {
  name: string;
  options: string[];
  /** Takes topic ids as arguments. */
  topics: boolean;
  /** The values its first argument may take, when Commander checks them (check's document kinds). */
  choices: string[];
  /** Takes a file name as an argument. */
  file: boolean;
}

/** Commands whose arguments are topic ids. */
const TOPIC_COMMANDS = new Set(['read']);
/** Options whose values complete from a fixed list, from file names, or from folder names. */
const VALUES = {
  '--color': 'auto always never',
  '--format': 'terminal markdown json text ics',
  '--region': 'us uk other',
  '--target': 'phd fellowship residency',
  '--stage': 'undergrad masters industry phd-student phd-graduate other',
};
const FILE_OPTIONS = ['--answers'];
const FOLDER_OPTIONS = ['--guide'];

function specsOf(program: CommandUnknownOpts | null): CommandSpec[] {
  if (!program) return [];
  return program.commands
    .filter((c) => c.name() !== 'completion')
    .map((c) => ({
      name: c.name(),
      options: [...c.options, ...program.options].map((o) => o.long).filter((o): o is string => Boolean(o) && o !== '--version'),
      topics: TOPIC_COMMANDS.has(c.name()),
      choices: [...(c.registeredArguments[0]?.argChoices ?? [])],
      file: c.registeredArguments.some((a) => a.name() === 'file'),
    }));
}

/*
 * Candidates are read a line at a time into the reply, never passed through
 * `compgen -W` or `eval`, which would expand `$(...)` in them.
 */
const SCRIPTS: Record<Shell, (specs: CommandSpec[]) => string> = {
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
  case "$prev" in
${Object.entries(VALUES).map(([o, v]) => `    ${o}) COMPREPLY=( $(compgen -W "${v}" -- "$cur") ); return ;;`).join('\n')}
${FILE_OPTIONS.map((o) => `    ${o}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;`).join('\n')}
${FOLDER_OPTIONS.map((o) => `    ${o}) COMPREPLY=( $(compgen -d -- "$cur") ); return ;;`).join('\n')}
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${specs.map((s) => s.name).join(' ')} completion --help --version" -- "$cur") ); return
  fi
  case "\${COMP_WORDS[1]}" in
${specs.map((s) => `    ${s.name}) COMPREPLY=( $(compgen -W "${s.options.join(' ')} --help" -- "$cur") )${s.topics ? '; [[ "$cur" != -* ]] && _careers_topics "$cur"' : ''}${s.name === 'validate' ? '; [[ "$cur" != -* ]] && COMPREPLY+=( $(compgen -d -- "$cur") )' : ''}${s.choices.length ? `; [[ "$COMP_CWORD" -eq 2 ]] && COMPREPLY+=( $(compgen -W "${s.choices.join(' ')}" -- "$cur") )` : ''}${s.file ? '; [[ "$COMP_CWORD" -gt 2 && "$cur" != -* ]] && COMPREPLY+=( $(compgen -f -- "$cur") )' : ''} ;;`).join('\n')}
    completion) COMPREPLY=( $(compgen -W "${SHELLS.join(' ')}" -- "$cur") ) ;;
  esac
}
complete -F _careers careers
`,
  zsh: (specs) => `# careers completion for zsh: add to ~/.zshrc
#   source <(careers completion zsh)
autoload -U +X bashcompinit && bashcompinit
${SCRIPTS.bash(specs).split('\n').filter((l) => !l.startsWith('#')).join('\n')}`,
  fish: (specs) => `# careers completion for fish: save as ~/.config/fish/completions/careers.fish
#   careers completion fish > ~/.config/fish/completions/careers.fish
complete -c careers -f
${specs.map((s) => `complete -c careers -n __fish_use_subcommand -a ${s.name}`).join('\n')}
complete -c careers -n __fish_use_subcommand -a completion
complete -c careers -n "__fish_seen_subcommand_from completion" -a "${SHELLS.join(' ')}"
${specs.filter((s) => s.topics).map((s) => `complete -c careers -n "__fish_seen_subcommand_from ${s.name}" -a "(careers completion --topics 2>/dev/null)"`).join('\n')}
${specs.filter((s) => s.name === 'validate').map((s) => `complete -c careers -n "__fish_seen_subcommand_from ${s.name}" -a "(__fish_complete_directories)"`).join('\n')}
${specs.filter((s) => s.choices.length).map((s) => `complete -c careers -n "__fish_seen_subcommand_from ${s.name}; and not __fish_seen_subcommand_from ${s.choices.join(' ')}" -a "${s.choices.join(' ')}"`).join('\n')}
${specs.filter((s) => s.file).map((s) => `complete -c careers -n "__fish_seen_subcommand_from ${s.name}" -F`).join('\n')}
${specs.flatMap((s) => s.options.map((o) => `complete -c careers -n "__fish_seen_subcommand_from ${s.name}" -l ${o.slice(2)}${o in VALUES ? ` -xa "${VALUES[o as keyof typeof VALUES]}"` : FILE_OPTIONS.includes(o) ? ' -rF' : FOLDER_OPTIONS.includes(o) ? ' -xa "(__fish_complete_directories)"' : ''}`)).join('\n')}
`,
};
