import type { Command } from 'commander';
import { usageError } from '../errors.js';
import type { IO } from '../io.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

interface CommandSpec {
  name: string;
  options: string[];
  /** Takes topic ids as arguments (completed from `careers list`). */
  topics: boolean;
}

/** Commands whose arguments are topic ids. */
const TOPIC_COMMANDS = new Set(['read']);
const VALUES = { '--color': 'auto always never', '--format': 'terminal markdown json text' };

/** `careers completion <shell>`: a completion script for commands, options and topic ids. */
export function completionCommand(io: IO, shell: string, program: Command): void {
  if (!(SHELLS as readonly string[]).includes(shell)) throw usageError(`completion is available for ${SHELLS.join(', ')} (got "${shell}")`);
  const specs: CommandSpec[] = program.commands.map((c) => ({
    name: c.name(),
    options: [...c.options, ...program.options].map((o) => o.long).filter((o): o is string => Boolean(o) && o !== '--version'),
    topics: TOPIC_COMMANDS.has(c.name()),
  }));
  io.stdout.write(SCRIPTS[shell as Shell](specs));
}

// Topic ids come from the CLI itself, so custom guide folders complete too.
const LIST_IDS = 'careers list 2>/dev/null | cut -f1';

const SCRIPTS: Record<Shell, (specs: CommandSpec[]) => string> = {
  bash: (specs) => `# careers completion for bash: add to ~/.bashrc
#   source <(careers completion bash)
_careers() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${Object.entries(VALUES).map(([o, v]) => `    ${o}) COMPREPLY=( $(compgen -W "${v}" -- "$cur") ); return ;;`).join('\n')}
    --guide) COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${specs.map((s) => s.name).join(' ')} --help --version" -- "$cur") ); return
  fi
  case "\${COMP_WORDS[1]}" in
${specs.map((s) => `    ${s.name}) COMPREPLY=( $(compgen -W "${s.options.join(' ')} --help${s.topics ? ` $(${LIST_IDS})` : ''}" -- "$cur") ) ;;`).join('\n')}
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
${specs.filter((s) => s.topics).map((s) => `complete -c careers -n "__fish_seen_subcommand_from ${s.name}" -a "(${LIST_IDS})"`).join('\n')}
${specs.flatMap((s) => s.options.map((o) => `complete -c careers -n "__fish_seen_subcommand_from ${s.name}" -l ${o.slice(2)}${o in VALUES ? ` -xa "${VALUES[o as keyof typeof VALUES]}"` : ''}`)).join('\n')}
`,
};
